/**
 * Pattern: "within" a number of days, weeks or months, counted from the publication day.
 * "within two weeks" → publication day … +14, "within 10 days" → +10, "within a month"
 * → +30 days, "within the next few days" → +7. Hours and years are not dates here
 * ("within 24 hours" is a duration).
 */

import { addDays } from '../calendar.js';
import { candidate, type Candidate, type DatePattern } from '../context.js';
import { isWord } from './shared.js';
import { readQuantity, UNIT_DAYS, VAGUE_SPAN_DAYS } from './units.js';

/** The within pattern: precision `'range'`. */
export const withinPattern: DatePattern = (ctx, i): Candidate | null => {
  if (!isWord(ctx, i, 'within') || ctx.pub === null) return null;
  let j = i + 1;
  if (isWord(ctx, j, 'the') && (isWord(ctx, j + 1, 'next') || isWord(ctx, j + 1, 'coming'))) j += 2;
  const q = readQuantity(ctx, j);
  if (!q || q.value.unit === 'year') return null;
  const { count, unit } = q.value;
  const days = count === null ? VAGUE_SPAN_DAYS[unit] : count * UNIT_DAYS[unit];
  return candidate(i, q.next, { start: ctx.pub, end: addDays(ctx.pub, days) }, 'range');
};
