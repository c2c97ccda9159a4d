/**
 * Pattern: a stretch between two dates, precision `'range'`.
 * - Days: "January 18 to 21", "January 18-21", "18-21 January", "18 to 21 January 2019",
 *   "from March 3 to March 5", "between May 1 and May 3", "January 30 to February 2".
 * - Months: "from March to May", "between June and August 2019".
 * - Years: "2003-2005", "in 2003-2005", "from 2003 to 2005", "between 2003 and 2005".
 * - Coordinated days of one month: "September 9 and 10", "9 and 10 September",
 *   "on March 3 and 4, 2019", "September 9, 10 and 11", "9, 10, and 11 September" → first to
 *   last day, when the days rise and the last is at most six days after the first (else only
 *   "September 9" is read). At most seven days; a month-first list is not read when a count
 *   noun follows it ("on May 5 and 6 people died").
 * Without a written year the first date's year follows {@link inferYear}; the second date
 * takes the same year, or the next when it would otherwise come first.
 */

import { daysInMonth, isValidDate, monthRange, toIso, type DayRange } from '../calendar.js';
import { candidate, type Candidate, type DatePattern, type MatchContext } from '../context.js';
import { directionOfTense, inferYear, monthYear } from '../resolve.js';
import { readExplicitDate, type ExplicitDate } from './explicit-date.js';
import { isDash, isOneOf, isPunct, isWord, lowerAt, readDay, readListSeparator, readMonth, readYear } from './shared.js';
import { UNIT_WORDS } from './units.js';

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

/** Most days in a coordinated list ("9, 10 and 11 September"). */
const MAX_LIST_DAYS = 7;

/** Most days from the first to the last of a coordinated list. */
const MAX_LIST_SPAN = 6;

/** Words after "May 5 and 6" that make the last number a count, not a day. */
const COUNT_NOUNS: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(), 'people', 'others', 'of', 'more', 'percent', 'per', 'times', 'hours', 'minutes',
]);

/** Coordinated day numbers: the last one's value and the index of its first token. */
interface DayList {
  last: number;
  at: number;
}

/**
 * Reads `(", " day)* [","] "and" day` after a first day `first` that ends before token `i`.
 * The days must rise, the last at most {@link MAX_LIST_SPAN} after the first.
 */
function readDayList(ctx: MatchContext, i: number, first: number): DayList | null {
  let k = i;
  let previous = first;
  for (let n = 1; n < MAX_LIST_DAYS; n++) {
    const sep = readListSeparator(ctx, k);
    if (!sep) return null;
    const m = sep.next;
    const and = sep.and;
    const d = readDay(ctx, m);
    if (!d || d.value <= previous || d.value - first > MAX_LIST_SPAN) return null;
    if (and) return { last: d.value, at: m };
    previous = d.value;
    k = d.next;
  }
  return null;
}

/** "September 9 and 10", "on March 3 and 4, 2019": a month-first date and more days of its month. */
function monthFirstList(ctx: MatchContext, i: number, j: number, a: ExplicitDate): Candidate | null {
  if (a.year !== null || readMonth(ctx, a.from, 'date') === null) return null;
  const list = readDayList(ctx, a.next, a.day);
  if (!list) return null;
  const d = readDay(ctx, list.at);
  if (!d || readMonth(ctx, d.next, 'date') !== null) return null;
  const y = readYearAfter(ctx, d.next);
  if (y.year === null && isOneOf(ctx, d.next, COUNT_NOUNS)) return null;
  const range = resolveDays(ctx, a, { month: a.month, day: list.last, year: y.year }, j, y.next);
  return range ? candidate(i, y.next, range, 'range') : null;
}

/** "9 and 10 September", "9, 10 and 11 September 2019": days before a day-first date. */
function dayFirstList(ctx: MatchContext, i: number, j: number): Candidate | null {
  const d = readDay(ctx, j);
  if (!d) return null;
  const list = readDayList(ctx, d.next, d.value);
  if (!list) return null;
  const b = readExplicitDate(ctx, list.at);
  if (!b || b.from !== list.at || ctx.tokens[list.at]?.kind !== 'number') return null;
  const range = resolveDays(ctx, { month: b.month, day: d.value, year: null }, b, j, b.next);
  return range ? candidate(i, b.next, range, 'range') : null;
}

function dayRangeAt(ctx: MatchContext, i: number, j: number, between: boolean): Candidate | null {
  // First side is a full date: "January 18 to 21", "from March 3 to March 5".
  const a: ExplicitDate | null = readExplicitDate(ctx, j);
  if (a && !between) {
    const list = monthFirstList(ctx, i, j, a);
    if (list) return list;
  }
  if (!a && !between) {
    const list = dayFirstList(ctx, i, j);
    if (list) return list;
  }
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
