/**
 * Pattern: a count of units before or after the publication day. "two days ago" → that day,
 * "a week ago" → 7 days before (`'day'`); "three months ago" → that calendar month
 * (`'month'`); "two years ago" → that calendar year (`'year'`). "A week from today" and
 * "ten days from now" count forward the same way.
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
  if (!q || q.value.count === null) return null;
  const forward = isWord(ctx, q.next, 'from') && (isWord(ctx, q.next + 1, 'today') || isWord(ctx, q.next + 1, 'now'));
  if (!forward && !isWord(ctx, q.next, 'ago')) return null;
  // units counted back from the publication day (negative: forward)
  const back = forward ? -q.value.count : q.value.count;
  const end = q.next + (forward ? 2 : 1);
  switch (q.value.unit) {
    case 'day':
      return candidate(i, end, dayRange(addDays(pub, -back)), 'day');
    case 'week':
      return candidate(i, end, dayRange(addDays(pub, -7 * back)), 'day');
    case 'month': {
      const d = addMonths(pub, -back);
      return candidate(i, end, monthRange(yearOf(d), monthOf(d)), 'month');
    }
    case 'year':
      return candidate(i, end, yearRange(yearOf(pub) - back), 'year');
  }
};
