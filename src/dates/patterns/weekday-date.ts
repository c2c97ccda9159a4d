/**
 * Pattern: a weekday followed by an explicit date. "Thursday March 26",
 * "Wednesday 12 July", "Monday, September 25", "Thu, 13 Jul 2023".
 * The explicit date wins over the weekday; without a written year the weekday helps pick it.
 */

import { dayRange } from '../calendar.js';
import { candidate, type Candidate, type DatePattern } from '../context.js';
import { readExplicitDate, resolveExplicitDate } from './explicit-date.js';
import { isPunct, readWeekday } from './shared.js';

/** The weekday-and-date pattern: precision `'day'`. */
export const weekdayDatePattern: DatePattern = (ctx, i): Candidate | null => {
  const weekday = readWeekday(ctx, i, true);
  if (!weekday) return null;
  const j = isPunct(ctx, i + 1, ',') ? i + 2 : i + 1;
  const date = readExplicitDate(ctx, j);
  if (!date) return null;
  const iso = resolveExplicitDate(ctx, date, weekday.weekday);
  return iso === null ? null : candidate(i, date.next, dayRange(iso), 'day');
};
