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
  const direction = modifier ?? directionOfTense(ctx.tense(i, at + 1));
  return candidate(i, at + 1, resolveMonth(ctx.pub, month, direction), 'month');
};
