/**
 * Calendar units as they appear after a count ("two weeks", "a month") and a reader for
 * "count + unit" or "vague count + unit" ("a few days", "several weeks").
 */

import type { MatchContext } from '../context.js';
import { lowerAt, readCount, type Read } from './shared.js';

/** A unit of calendar time. */
export type Unit = 'day' | 'week' | 'month' | 'year';

/** Unit words (singular and plural). Hours and minutes are deliberately absent. */
export const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map([
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
]);

/** Days a unit stands for in "within …" and "the next …" spans (a month counts 30 days). */
export const UNIT_DAYS: Readonly<Record<Unit, number>> = { day: 1, week: 7, month: 30, year: 365 };

/** Span in days of a vague count ("a few days", "coming weeks"): days 7, weeks 28, months 90. */
export const VAGUE_SPAN_DAYS: Readonly<Record<Unit, number>> = { day: 7, week: 28, month: 90, year: 365 };

const VAGUE_WORDS: ReadonlySet<string> = new Set(['few', 'several', 'couple']);

/** A count (or `null` for a vague count) followed by a unit. */
export interface Quantity {
  count: number | null;
  unit: Unit;
}

/** Reads "two weeks", "10 days", "a month", "a few days", "several weeks", "a couple of days". */
export function readQuantity(ctx: MatchContext, i: number): Read<Quantity> | null {
  let j = i;
  let count: number | null;
  if (lowerAt(ctx, j) === 'a' && VAGUE_WORDS.has(lowerAt(ctx, j + 1) ?? '')) j++;
  if (VAGUE_WORDS.has(lowerAt(ctx, j) ?? '')) {
    count = null;
    j += lowerAt(ctx, j) === 'couple' && lowerAt(ctx, j + 1) === 'of' ? 2 : 1;
  } else {
    const n = readCount(ctx, j);
    if (!n || n.value === 0) return null;
    count = n.value;
    j = n.next;
  }
  const unit = UNIT_WORDS.get(lowerAt(ctx, j) ?? '');
  if (!unit || ctx.tokens[j]?.kind !== 'word') return null;
  const plural = lowerAt(ctx, j)?.endsWith('s') ?? false;
  if (count === 1 && plural) return null;
  if (count !== null && count > 1 && !plural) return null;
  return { value: { count, unit }, next: j + 1 };
}
