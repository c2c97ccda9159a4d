/**
 * Pattern: a week, month, year or weekend named relative to the publication day.
 * - "this week" / "last week" / "next week" → that Monday–Sunday week (`'week'`).
 * - "this month" / "last month" / "next month" → that calendar month (`'month'`).
 * - "this year" / "last year" / "next year" → that calendar year (`'year'`).
 * - "earlier this week" → Monday of the week … the day before publication; "later this week"
 *   → publication day … Sunday; likewise for month and year, and "earlier/later in the week".
 * - "this weekend", "the coming weekend" → Saturday–Sunday of the publication week;
 *   "next weekend" → the first weekend starting after publication; "last weekend",
 *   "this past weekend" → the most recent weekend ended before publication;
 *   "the weekend" → by clause tense (`'range'`).
 */

import {
  addDays,
  addMonths,
  maxIso,
  monthOf,
  monthRange,
  startOfMonth,
  yearOf,
  yearRange,
  type DayRange,
} from '../calendar.js';
import { candidate, type Candidate, type DatePattern, type MatchContext } from '../context.js';
import { resolveWeekend, weekRange } from '../resolve.js';
import { isPhrase, isWord, lowerAt } from './shared.js';

const OFFSETS: ReadonlyMap<string, number> = new Map([
  ['this', 0],
  ['last', -1],
  ['next', 1],
]);

function unitRange(pub: string, unit: string, offset: number): [DayRange, 'week' | 'month' | 'year'] | null {
  switch (unit) {
    case 'week':
      return [weekRange(pub, offset), 'week'];
    case 'month': {
      const first = addMonths(startOfMonth(pub), offset);
      return [monthRange(yearOf(first), monthOf(first)), 'month'];
    }
    case 'year':
      return [yearRange(yearOf(pub) + offset), 'year'];
    default:
      return null;
  }
}

/** "earlier/later this week|month|year", "earlier/later in the week|month|year". */
function edgeOfPeriod(ctx: MatchContext, pub: string, i: number): Candidate | null {
  const edge = lowerAt(ctx, i);
  if (edge !== 'earlier' && edge !== 'later') return null;
  let j = i + 1;
  if (isWord(ctx, j, 'this')) j += 1;
  else if (isWord(ctx, j, 'in') && isWord(ctx, j + 1, 'the')) j += 2;
  else return null;
  const period = unitRange(pub, lowerAt(ctx, j) ?? '', 0);
  if (!period) return null;
  const [whole] = period;
  if (edge === 'later') return candidate(i, j + 1, { start: pub, end: whole.end }, 'range');
  const end = maxIso(whole.start, addDays(pub, -1));
  return candidate(i, j + 1, { start: whole.start, end }, 'range');
}

/** Weekend phrases, longest first, with their direction (`null`: by tense). */
const WEEKENDS: readonly (readonly [readonly string[], 'this' | 'next' | 'last' | null])[] = [
  [['this', 'coming', 'weekend'], 'this'],
  [['the', 'coming', 'weekend'], 'this'],
  [['this', 'past', 'weekend'], 'last'],
  [['the', 'past', 'weekend'], 'last'],
  [['the', 'previous', 'weekend'], 'last'],
  [['coming', 'weekend'], 'this'],
  [['this', 'weekend'], 'this'],
  [['next', 'weekend'], 'next'],
  [['last', 'weekend'], 'last'],
  [['the', 'weekend'], null],
];

/** The relative-period pattern. */
export const relativePeriodPattern: DatePattern = (ctx, i): Candidate | null => {
  const pub = ctx.pub;
  if (pub === null) return null;
  const edge = edgeOfPeriod(ctx, pub, i);
  if (edge) return edge;
  for (const [words, direction] of WEEKENDS) {
    if (isPhrase(ctx, i, words)) {
      const end = i + words.length;
      const dir = direction ?? (ctx.tense(i, end) === 'future' ? 'future' : 'past');
      return candidate(i, end, resolveWeekend(pub, dir), 'range');
    }
  }
  const offset = OFFSETS.get(lowerAt(ctx, i) ?? '');
  if (offset === undefined) return null;
  const period = unitRange(pub, lowerAt(ctx, i + 1) ?? '', offset);
  if (!period) return null;
  return candidate(i, i + 2, period[0], period[1]);
};

