/**
 * Pattern: a part of a month, year or week.
 * "early December", "mid-December", "mid December", "late December", "the end of December",
 * "the beginning of March", "late this month", "end of this month", "early next month",
 * "early 2019", "mid-2019", "the end of the year", "late last year", "early next week".
 *
 * Months: early = days 1–10, mid = 11–20, late/end = 20–last. Years: early = January–April,
 * mid = May–August, late/end = September–December. Weeks: early = Monday–Wednesday,
 * mid = Tuesday–Thursday, late/end = Friday–Sunday.
 */

import { addDays, addMonths, monthOf, yearOf } from '../calendar.js';
import { candidate, type Candidate, type DatePattern, type MatchContext } from '../context.js';
import { PART_NOUNS, PART_WORDS } from '../lexicon.js';
import { directionOfTense, monthPartRange, monthYear, weekRange, yearPartRange, type Part } from '../resolve.js';
import type { DayRange } from '../calendar.js';
import { isDash, isPunct, isWord, lowerAt, readMonth, readYear } from './shared.js';

const RELATIVE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['this', 0],
  ['the', 0],
  ['next', 1],
  ['last', -1],
]);

const WEEK_PART_DAYS: Readonly<Record<Part, readonly [number, number]>> = {
  early: [0, 2],
  mid: [1, 3],
  late: [4, 6],
};

interface Target {
  range: DayRange;
  next: number;
}

/** Reads what a part word applies to, starting at `i`. */
function readTarget(ctx: MatchContext, i: number, part: Part, from: number): Target | null {
  const pub = ctx.pub;
  // A month, with or without a year.
  const month = readMonth(ctx, i, 'trigger');
  if (month !== null) {
    const year = readYear(ctx, i + 1) ?? (isPunct(ctx, i + 1, ',') ? readYear(ctx, i + 2) : null);
    if (year) return { range: monthPartRange(year.value, month, part), next: year.next };
    if (pub === null) return null;
    const y = monthYear(pub, month, directionOfTense(ctx.tense(from, i + 1)));
    return { range: monthPartRange(y, month, part), next: i + 1 };
  }
  // A year: "early 2019".
  const year = readYear(ctx, i);
  if (year) return { range: yearPartRange(year.value, part), next: year.next };
  // "this month", "next year", "the week".
  const offset = RELATIVE_OFFSETS.get(lowerAt(ctx, i) ?? '');
  if (offset === undefined || pub === null) return null;
  const unit = lowerAt(ctx, i + 1);
  if (unit === 'month') {
    const first = addMonths(`${pub.slice(0, 8)}01`, offset);
    return { range: monthPartRange(yearOf(first), monthOf(first), part), next: i + 2 };
  }
  if (unit === 'year') return { range: yearPartRange(yearOf(pub) + offset, part), next: i + 2 };
  if (unit === 'week') {
    const week = weekRange(pub, offset);
    const [a, b] = WEEK_PART_DAYS[part];
    return { range: { start: addDays(week.start, a), end: addDays(week.start, b) }, next: i + 2 };
  }
  return null;
}

/** The part-of-period pattern: precision `'range'`. */
export const monthPartPattern: DatePattern = (ctx, i): Candidate | null => {
  // "early December", "mid-December", "late this month".
  const part = PART_WORDS.get(lowerAt(ctx, i) ?? '');
  if (part && ctx.tokens[i]?.kind === 'word') {
    const j = isDash(ctx, i + 1) ? i + 2 : i + 1;
    if (j === i + 2 && part !== 'mid') return null;
    // "the" would read "late the month"; only "this/next/last" after a part word.
    if (isWord(ctx, j, 'the')) return null;
    const target = readTarget(ctx, j, part, i);
    return target ? candidate(i, target.next, target.range, 'range') : null;
  }
  // "[the] end of December", "the beginning of next month".
  const j = isWord(ctx, i, 'the') ? i + 1 : i;
  const noun = PART_NOUNS.get(lowerAt(ctx, j) ?? '');
  if (!noun || !isWord(ctx, j + 1, 'of')) return null;
  const target = readTarget(ctx, j + 2, noun, i);
  return target ? candidate(i, target.next, target.range, 'range') : null;
};
