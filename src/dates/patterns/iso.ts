/**
 * Pattern: an ISO calendar date, "2019-03-05". Numeric dates with slashes ("30/10/17")
 * are ambiguous between day-first and month-first orders and are not read.
 */

import { isValidDate, toIso } from '../calendar.js';
import { candidate, type Candidate, type DatePattern } from '../context.js';
import { isPunct, readYear, touches } from './shared.js';

function twoDigits(text: string | undefined): boolean {
  return text !== undefined && text.length === 2 && text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57 && text.charCodeAt(1) >= 48 && text.charCodeAt(1) <= 57;
}

/** The ISO pattern: `YYYY-MM-DD`, all five tokens touching; precision `'day'`. */
export const isoPattern: DatePattern = (ctx, i): Candidate | null => {
  const year = readYear(ctx, i);
  if (!year && !(ctx.tokens[i]?.text.length === 4 && ctx.tokens[i]?.kind === 'number')) return null;
  const t = ctx.tokens;
  if (!isPunct(ctx, i + 1, '-') || !isPunct(ctx, i + 3, '-')) return null;
  if (!touches(ctx, i) || !touches(ctx, i + 1) || !touches(ctx, i + 2) || !touches(ctx, i + 3)) return null;
  const m = t[i + 2];
  const d = t[i + 4];
  if (!twoDigits(m?.text) || !twoDigits(d?.text) || !m || !d) return null;
  const y = t[i]?.value ?? Number.NaN;
  if (!isValidDate(y, m.value, d.value)) return null;
  const next = t[i + 5];
  if (next && next.start === d.end && (next.kind === 'number' || next.text === '-')) return null;
  const iso = toIso(y, m.value, d.value);
  return candidate(i, i + 5, { start: iso, end: iso }, 'day');
};
