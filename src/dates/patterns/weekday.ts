/**
 * Pattern: a weekday without a date. "Monday", "this Friday", "next Tuesday",
 * "last Tuesday", "this coming Monday", "this past Sunday", "Monday morning",
 * "late Monday", "Friday night".
 *
 * A bare weekday takes the clause tense: future → the nearest such day on or after the
 * publication day; past or no marker → the most recent on or before it.
 * Holiday and newspaper names ("Good Friday", "Sunday Times", "Mail on Sunday") are skipped.
 */

import { dayRange } from '../calendar.js';
import { candidate, type Candidate, type DatePattern } from '../context.js';
import { TIMES_OF_DAY, WEEKDAY_NAME_PREFIXES, WEEKDAY_NAME_SUFFIXES } from '../lexicon.js';
import { directionOfTense, resolveWeekday, type WeekdayDirection } from '../resolve.js';
import { isCapitalized, isOneOf, isWord, lowerAt, readWeekday } from './shared.js';

/** Modifier words (one or two) before a weekday and the direction they give. */
const MODIFIERS: readonly (readonly [readonly string[], WeekdayDirection])[] = [
  [['this', 'coming'], 'coming'],
  [['this', 'past'], 'last'],
  [['this'], 'this'],
  [['next'], 'next'],
  [['last'], 'last'],
  [['coming'], 'coming'],
];

const EDGE_WORDS: ReadonlySet<string> = new Set(['early', 'late']);

/** The weekday pattern: precision `'day'`. */
export const weekdayPattern: DatePattern = (ctx, i): Candidate | null => {
  let j = i;
  let direction: WeekdayDirection | null = null;
  for (const [words, dir] of MODIFIERS) {
    if (words.every((w, k) => isWord(ctx, i + k, w))) {
      direction = dir;
      j = i + words.length;
      break;
    }
  }
  if (direction === null && isOneOf(ctx, j, EDGE_WORDS)) j++;
  const weekday = readWeekday(ctx, j, false);
  if (!weekday) return null;
  const before = ctx.tokens[j - 1];
  if (j === i && isCapitalized(before) && before && WEEKDAY_NAME_PREFIXES.has(before.lower)) return null;
  const after = ctx.tokens[j + 1];
  if (isCapitalized(after) && after && WEEKDAY_NAME_SUFFIXES.has(after.lower)) return null;
  if (isWord(ctx, j - 1, 'on') && lowerAt(ctx, j - 2) === 'mail' && isCapitalized(ctx.tokens[j - 2])) return null;
  const end = isOneOf(ctx, j + 1, TIMES_OF_DAY) ? j + 2 : j + 1;
  if (ctx.pub === null) return null;
  const dir = direction ?? directionOfTense(ctx.tense(i, end));
  return candidate(i, end, dayRange(resolveWeekday(ctx.pub, weekday.weekday, dir)), 'day');
};
