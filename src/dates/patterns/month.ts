/**
 * Pattern: a month without a day. "August", "May 2014", "March, 2019", "this March",
 * "last November", "next May". Without a year the month's year comes from the clause tense
 * (see {@link resolveMonth}).
 */

import { monthRange } from '../calendar.js';
import { candidate, type Candidate, type DatePattern } from '../context.js';
import { MONTH_TRIGGERS } from '../lexicon.js';
import { directionOfTense, resolveMonth, type MonthDirection } from '../resolve.js';
import { isOneOf, isPunct, lowerAt, readMonth, readYear } from './shared.js';

const MODIFIERS: ReadonlyMap<string, MonthDirection> = new Map([
  ['this', 'this'],
  ['last', 'last'],
  ['next', 'next'],
]);

/** A year named relative to the publication year after a month ("November last year"). */
const YEAR_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['last year', -1],
  ['this year', 0],
  ['next year', 1],
]);

/** The month pattern: precision `'month'`. */
export const monthPattern: DatePattern = (ctx, i): Candidate | null => {
  const modifier = MODIFIERS.get(lowerAt(ctx, i) ?? '');
  const at = modifier ? i + 1 : i;
  // With a year: "May 2014", "March, 2019".
  const year = readYear(ctx, at + 1) ?? (isPunct(ctx, at + 1, ',') ? readYear(ctx, at + 2) : null);
  if (year && !modifier) {
    const month = readMonth(ctx, at, 'date');
    if (month !== null) return candidate(i, year.next, monthRange(year.value, month), 'month');
  }
  const evidence = modifier || isOneOf(ctx, at - 1, MONTH_TRIGGERS) ? 'trigger' : 'none';
  const month = readMonth(ctx, at, evidence);
  if (month === null || ctx.pub === null) return null;
  // "November last year", "May of next year", "March this year": the year said after the month
  const of = lowerAt(ctx, at + 1) === 'of' ? at + 2 : at + 1;
  const yearWord = modifier ? undefined : YEAR_OFFSETS.get(`${lowerAt(ctx, of) ?? ''} ${lowerAt(ctx, of + 1) ?? ''}`);
  if (yearWord !== undefined) return candidate(i, of + 2, monthRange(Number(ctx.pub.slice(0, 4)) + yearWord, month), 'month');
  const direction = modifier ?? directionOfTense(ctx.tense(i, at + 1));
  return candidate(i, at + 1, resolveMonth(ctx.pub, month, direction), 'month');
};
