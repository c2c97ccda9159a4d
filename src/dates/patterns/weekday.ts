/**
 * Pattern: a weekday without a date. "Monday", "this Friday", "next Tuesday",
 * "last Tuesday", "this coming Monday", "this past Sunday", "Monday morning",
 * "late Monday", "Friday night".
 *
 * A bare weekday takes the clause tense: future → the nearest such day on or after the
 * publication day; past or no marker → the most recent on or before it.
 * Holiday and newspaper names ("Good Friday", "Sunday Times", "Mail on Sunday") are skipped.
 *
 * Coordinated weekdays are one range (precision `'range'`): "Sunday and Monday",
 * "Monday, Tuesday and Wednesday", "Monday, Tuesday, and Wednesday" — each day must come
 * after the one before within the same seven days (first to last at most six days), else
 * only the first weekday is read. A modifier ("next Sunday and Monday") places the first
 * day; otherwise a future clause puts the first day on or after the publication day, and a
 * past or tenseless clause puts the last day on or before it. A time of day may follow the
 * last weekday ("Sunday and Monday evening").
 */

import { addDays, dayRange } from '../calendar.js';
import { candidate, type Candidate, type DatePattern, type MatchContext } from '../context.js';
import { TIMES_OF_DAY, WEEKDAY_NAME_PREFIXES, WEEKDAY_NAME_SUFFIXES } from '../lexicon.js';
import { directionOfTense, resolveWeekday, type WeekdayDirection } from '../resolve.js';
import { isCapitalized, isOneOf, isPhrase, isWord, lowerAt, readListSeparator, readWeekday } from './shared.js';

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
    if (isPhrase(ctx, i, words)) {
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
  if (isNameSuffix(ctx, j + 1)) return null;
  if (isWord(ctx, j - 1, 'on') && lowerAt(ctx, j - 2) === 'mail' && isCapitalized(ctx.tokens[j - 2])) return null;
  if (ctx.pub === null) return null;
  const list = readCoordinated(ctx, j, weekday.weekday);
  if (list) {
    const end = isOneOf(ctx, list.last + 1, TIMES_OF_DAY) ? list.last + 2 : list.last + 1;
    let first: string;
    if (direction !== null) {
      first = resolveWeekday(ctx.pub, weekday.weekday, direction);
    } else if (directionOfTense(ctx.tense(i, end)) === 'future') {
      first = resolveWeekday(ctx.pub, weekday.weekday, 'future');
    } else {
      first = addDays(resolveWeekday(ctx.pub, list.lastWeekday, 'past'), -list.span);
    }
    return candidate(i, end, { start: first, end: addDays(first, list.span) }, 'range');
  }
  const end = isOneOf(ctx, j + 1, TIMES_OF_DAY) ? j + 2 : j + 1;
  const dir = direction ?? directionOfTense(ctx.tense(i, end));
  return candidate(i, end, dayRange(resolveWeekday(ctx.pub, weekday.weekday, dir)), 'day');
};

/** Whether token `i` is a capitalised newspaper-title word ("Times" in "Sunday Times"). */
function isNameSuffix(ctx: MatchContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && isCapitalized(t) && WEEKDAY_NAME_SUFFIXES.has(t.lower);
}

/** Weekdays coordinated after a first one: the last one's index and weekday, and days from first to last. */
interface Coordinated {
  last: number;
  lastWeekday: number;
  span: number;
}

/**
 * Reads `(", " Weekday)* [","] "and" Weekday` after the weekday at token `j` (at most seven
 * weekdays in all). `null` when there is none, when a day does not come after the one
 * before, or when the list covers more than seven days.
 */
function readCoordinated(ctx: MatchContext, j: number, firstWeekday: number): Coordinated | null {
  let k = j + 1;
  let previous = firstWeekday;
  let span = 0;
  for (let n = 1; n < 7; n++) {
    const sep = readListSeparator(ctx, k);
    if (!sep) return null;
    const m = sep.next;
    const and = sep.and;
    const w = readWeekday(ctx, m, false);
    if (!w) return null;
    const step = (w.weekday - previous + 7) % 7;
    span += step;
    if (step === 0 || span > 6) return null;
    previous = w.weekday;
    if (and) return isNameSuffix(ctx, m + 1) ? null : { last: m, lastWeekday: w.weekday, span };
    k = m + 1;
  }
  return null;
}
