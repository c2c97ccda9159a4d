/**
 * Pattern: a stretch between two dates, precision `'range'`.
 * - Days: "January 18 to 21", "January 18-21", "18-21 January", "18 to 21 January 2019",
 *   "from March 3 to March 5", "between May 1 and May 3", "January 30 to February 2".
 * - Months: "from March to May", "between June and August 2019".
 * - Years: "2003-2005", "in 2003-2005", "from 2003 to 2005", "between 2003 and 2005".
 * Without a written year the first date's year follows {@link inferYear}; the second date
 * takes the same year, or the next when it would otherwise come first.
 */

import { daysInMonth, isValidDate, monthRange, toIso, type DayRange } from '../calendar.js';
import { candidate, type Candidate, type DatePattern, type MatchContext } from '../context.js';
import { directionOfTense, inferYear, monthYear } from '../resolve.js';
import { readExplicitDate, type ExplicitDate } from './explicit-date.js';
import { isDash, isPunct, isWord, lowerAt, readDay, readMonth, readYear } from './shared.js';

const TO_WORDS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through', 'thru']);

/** Reads the connector at `i`; `and` only after "between", dashes not after "between". */
function readConnector(ctx: MatchContext, i: number, between: boolean): number | null {
  if (between) return isWord(ctx, i, 'and') ? i + 1 : null;
  if (isDash(ctx, i)) return i + 1;
  const w = lowerAt(ctx, i);
  return w !== undefined && TO_WORDS.has(w) && ctx.tokens[i]?.kind === 'word' ? i + 1 : null;
}

interface Side {
  month: number;
  day: number;
  year: number | null;
}

function resolveDays(ctx: MatchContext, a: Side, b: Side, from: number, to: number): DayRange | null {
  let ya = a.year;
  let yb = b.year;
  const aFirst = a.month < b.month || (a.month === b.month && a.day <= b.day);
  if (ya === null && yb !== null) ya = aFirst ? yb : yb - 1;
  if (ya === null) {
    if (ctx.pub === null) return null;
    ya = inferYear(ctx.pub, a.month, a.day, ctx.tense(from, to));
    if (ya === null) return null;
  }
  if (yb === null) yb = aFirst ? ya : ya + 1;
  if (!isValidDate(ya, a.month, a.day) || !isValidDate(yb, b.month, b.day)) return null;
  const start = toIso(ya, a.month, a.day);
  const end = toIso(yb, b.month, b.day);
  return start < end ? { start, end } : null;
}

function readYearAfter(ctx: MatchContext, i: number): { year: number | null; next: number } {
  const y = readYear(ctx, i) ?? (isPunct(ctx, i, ',') ? readYear(ctx, i + 1) : null);
  return y ? { year: y.value, next: y.next } : { year: null, next: i };
}

function dayRangeAt(ctx: MatchContext, i: number, j: number, between: boolean): Candidate | null {
  // First side is a full date: "January 18 to 21", "from March 3 to March 5".
  const a: ExplicitDate | null = readExplicitDate(ctx, j);
  if (a) {
    const k = readConnector(ctx, a.next, between);
    if (k === null) return null;
    const b = readExplicitDate(ctx, k);
    if (b) {
      const range = resolveDays(ctx, a, b, j, b.next);
      return range ? candidate(i, b.next, range, 'range') : null;
    }
    const d = readDay(ctx, k);
    if (!d || a.year !== null) return null;
    if (readMonth(ctx, d.next, 'date') !== null) return null;
    const y = readYearAfter(ctx, d.next);
    const range = resolveDays(ctx, a, { month: a.month, day: d.value, year: y.year }, j, y.next);
    return range ? candidate(i, y.next, range, 'range') : null;
  }
  // First side is a bare day: "18-21 January", "18 to 21 January 2019".
  const d = readDay(ctx, j);
  if (!d) return null;
  const k = readConnector(ctx, d.next, between);
  if (k === null) return null;
  const b = readExplicitDate(ctx, k);
  if (!b || ctx.tokens[k]?.kind !== 'number') return null;
  const range = resolveDays(ctx, { month: b.month, day: d.value, year: null }, b, j, b.next);
  return range ? candidate(i, b.next, range, 'range') : null;
}

function monthRangeAt(ctx: MatchContext, i: number, j: number, between: boolean): Candidate | null {
  const ma = readMonth(ctx, j, 'trigger');
  if (ma === null) return null;
  const k = readConnector(ctx, j + 1, between);
  if (k === null) return null;
  const mb = readMonth(ctx, k, 'trigger');
  if (mb === null) return null;
  const y = readYearAfter(ctx, k + 1);
  let ya: number;
  if (y.year !== null) ya = ma <= mb ? y.year : y.year - 1;
  else if (ctx.pub !== null) ya = monthYear(ctx.pub, ma, directionOfTense(ctx.tense(i, k + 1)));
  else return null;
  const yb = ma <= mb ? ya : ya + 1;
  if (ma === mb && ya === yb) return null;
  return candidate(i, y.next, { start: monthRange(ya, ma).start, end: toIso(yb, mb, daysInMonth(yb, mb)) }, 'range');
}

function yearRangeAt(ctx: MatchContext, i: number, j: number, between: boolean, prefix: boolean): Candidate | null {
  const ya = readYear(ctx, j);
  if (!ya) return null;
  if (!prefix && !isDash(ctx, ya.next)) return null;
  const k = readConnector(ctx, ya.next, between);
  if (k === null) return null;
  const yb = readYear(ctx, k);
  if (!yb || yb.value <= ya.value) return null;
  if (isDash(ctx, yb.next) && ctx.tokens[yb.next + 1]?.kind === 'number') return null;
  return candidate(i, yb.next, { start: toIso(ya.value, 1, 1), end: toIso(yb.value, 12, 31) }, 'range');
}

/** The range pattern. */
export const rangePattern: DatePattern = (ctx, i): Candidate | null => {
  const w = lowerAt(ctx, i);
  const between = w === 'between';
  const prefix = between || w === 'from';
  const j = prefix ? i + 1 : i;
  return dayRangeAt(ctx, i, j, between) ?? (prefix ? monthRangeAt(ctx, i, j, between) : null) ?? yearRangeAt(ctx, i, j, between, prefix);
};
