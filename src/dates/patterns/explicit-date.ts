/**
 * Pattern: a day and month, with or without a year.
 * "October 17", "Sept. 25", "April 20, 2015", "17 October", "5 March 2019", "09 Jan, 2019",
 * "17th of October", "the 17th of October", "the first of March".
 */

import { toIso, weekdayOf, isValidDate } from '../calendar.js';
import { candidate, type Candidate, type DatePattern, type MatchContext } from '../context.js';
import { inferYear } from '../resolve.js';
import { isPunct, isWord, readDay, readMonth, readOrdinalWord, readYear, type Read } from './shared.js';

/** A day and month read from tokens `[from, next)`, with the year when written. */
export interface ExplicitDate {
  from: number;
  next: number;
  month: number;
  day: number;
  year: number | null;
}

function readOptionalYear(ctx: MatchContext, i: number): Read<number> | null {
  const direct = readYear(ctx, i);
  if (direct) return direct;
  if (isPunct(ctx, i, ',')) return readYear(ctx, i + 1);
  return null;
}

function finish(ctx: MatchContext, from: number, monthAt: number, day: number, after: number): ExplicitDate | null {
  const month = readMonth(ctx, monthAt, 'date');
  if (month === null) return null;
  const year = readOptionalYear(ctx, after);
  if (year && !isValidDate(year.value, month, day)) return null;
  if (!year && day > 29 && month === 2) return null;
  return { from, next: year ? year.next : after, month, day, year: year ? year.value : null };
}

/**
 * Reads a day-and-month date starting at token `i` (month first, day first, or
 * "[the] Nth of Month"); does not resolve it.
 */
export function readExplicitDate(ctx: MatchContext, i: number): ExplicitDate | null {
  // Month first: "October 17", "Sept. 25, 2017".
  const afterMonth = readDay(ctx, i + 1);
  if (afterMonth && readMonth(ctx, i, 'date') !== null) {
    const date = finish(ctx, i, i, afterMonth.value, afterMonth.next);
    if (date) return date;
  }
  // "the 17th of October", "the first of March".
  let j = i;
  if (isWord(ctx, j, 'the')) j++;
  const ordinal = readOrdinalWord(ctx, j) ?? readOrdinalDigits(ctx, j);
  if (ordinal && isWord(ctx, ordinal.next, 'of')) {
    const date = finish(ctx, i, ordinal.next + 1, ordinal.value, ordinal.next + 2);
    if (date) return date;
  }
  if (j !== i) return null;
  // Day first: "17 October", "5 March 2019", "17th October".
  const day = readDay(ctx, i);
  if (day) return finish(ctx, i, day.next, day.value, day.next + 1);
  return null;
}

function readOrdinalDigits(ctx: MatchContext, i: number): Read<number> | null {
  const day = readDay(ctx, i);
  return day && day.next === i + 2 ? day : null;
}

/**
 * Resolves an {@link ExplicitDate} to its day. Without a written year the year comes from
 * {@link inferYear}; when `weekday` is given (as in "Thursday March 26") and the inferred
 * year does not match it, the neighbouring year that does is used. `null` when there is
 * no year and no publication day.
 */
export function resolveExplicitDate(ctx: MatchContext, date: ExplicitDate, weekday: number | null): string | null {
  if (date.year !== null) return toIso(date.year, date.month, date.day);
  if (ctx.pub === null) return null;
  const year = inferYear(ctx.pub, date.month, date.day, ctx.tense(date.from, date.next));
  if (year === null) return null;
  if (weekday !== null && weekdayOf(toIso(year, date.month, date.day)) !== weekday) {
    for (const y of [year - 1, year + 1]) {
      if (isValidDate(y, date.month, date.day) && weekdayOf(toIso(y, date.month, date.day)) === weekday) {
        return toIso(y, date.month, date.day);
      }
    }
  }
  return toIso(year, date.month, date.day);
}

/** The explicit-date pattern: precision `'day'`. */
export const explicitDatePattern: DatePattern = (ctx, i): Candidate | null => {
  const date = readExplicitDate(ctx, i);
  if (!date) return null;
  const iso = resolveExplicitDate(ctx, date, null);
  return iso === null ? null : candidate(date.from, date.next, { start: iso, end: iso }, 'day');
};
