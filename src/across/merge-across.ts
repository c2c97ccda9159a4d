import { InvalidArgumentError } from '../errors.js';
import { EventMerger } from './merger.js';
import type { ArticleResult, MergedEvent } from './types.js';

/**
 * Merges the events of many articles into one record per real-world event. Two reports are one
 * event when they have the same type (a call is never a meeting), the same parties (the same
 * states, and the same person wherever both name one for a state: a country stands for its
 * leader), compatible dates (overlapping ranges; a report with no date, or a plan and the contact
 * that followed it within 45 days, only when no other event competes) and places that agree where
 * both give one. Reports are bucketed by type and states, so the work grows with the reports of
 * each pair of states, not with all pairs.
 *
 * @throws {InvalidArgumentError} when `items` is not iterable.
 */
export function mergeAcross(items: Iterable<ArticleResult>): MergedEvent[] {
  if (items === null || items === undefined || typeof (items as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw new InvalidArgumentError('items', 'an iterable of { id, result } objects', items);
  }
  const merger = new EventMerger();
  for (const item of items) merger.add(item);
  return merger.finish();
}

