/**
 * Pattern: a count of units before the publication day. "two days ago" → that day,
 * "a week ago" → 7 days before (`'day'`); "three months ago" → that calendar month
 * (`'month'`); "two years ago" → that calendar year (`'year'`).
 */

import { addDays, addMonths, dayRange, monthOf, monthRange, yearOf, yearRange } from '../calendar.js';
import { candidate, type Candidate, type DatePattern } from '../context.js';
import { isWord } from './shared.js';
import { readQuantity } from './units.js';

/** The ago pattern. */
export const agoPattern: DatePattern = (ctx, i): Candidate | null => {
  const pub = ctx.pub;
  if (pub === null) return null;
  const q = readQuantity(ctx, i);
  if (!q || q.value.count === null || !isWord(ctx, q.next, 'ago')) return null;
  const { count, unit } = q.value;
  const end = q.next + 1;
  switch (unit) {
    case 'day':
      return candidate(i, end, dayRange(addDays(pub, -count)), 'day');
    case 'week':
      return candidate(i, end, dayRange(addDays(pub, -7 * count)), 'day');
    case 'month': {
      const d = addMonths(pub, -count);
      return candidate(i, end, monthRange(yearOf(d), monthOf(d)), 'month');
    }
    case 'year':
      return candidate(i, end, yearRange(yearOf(pub) - count), 'year');
  }
};
