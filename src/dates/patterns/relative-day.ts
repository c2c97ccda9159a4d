/**
 * Pattern: a day named relative to the publication day.
 * "today", "tonight", "this morning", "this evening", "earlier today", "later today",
 * "earlier in the day", "later in the day" → the publication day; "yesterday",
 * "last night", "last evening" → the day before; "tomorrow" → the day after;
 * "the day before yesterday" → two days before; "the day after tomorrow" → two days after.
 * A following time of day is included ("yesterday afternoon", "tomorrow morning").
 */

import { addDays, dayRange } from '../calendar.js';
import { candidate, type Candidate, type DatePattern } from '../context.js';
import { TIMES_OF_DAY } from '../lexicon.js';
import { isOneOf, isPhrase, lowerAt } from './shared.js';

/** Single words and their offset from the publication day. */
const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['tonight', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);

/** Fixed multi-word phrases and their offset. */
const PHRASES: readonly (readonly [readonly string[], number])[] = [
  [['the', 'day', 'before', 'yesterday'], -2],
  [['the', 'day', 'after', 'tomorrow'], 2],
  [['earlier', 'in', 'the', 'day'], 0],
  [['later', 'in', 'the', 'day'], 0],
  [['this', 'morning'], 0],
  [['this', 'afternoon'], 0],
  [['this', 'evening'], 0],
  [['last', 'night'], -1],
  [['last', 'evening'], -1],
];

const EDGE_WORDS: ReadonlySet<string> = new Set(['earlier', 'later']);

/** The relative-day pattern: precision `'day'`. */
export const relativeDayPattern: DatePattern = (ctx, i): Candidate | null => {
  const pub = ctx.pub;
  if (pub === null) return null;
  for (const [words, offset] of PHRASES) {
    if (isPhrase(ctx, i, words)) {
      return candidate(i, i + words.length, dayRange(addDays(pub, offset)), 'day');
    }
  }
  const j = isOneOf(ctx, i, EDGE_WORDS) ? i + 1 : i;
  const offset = DAY_WORDS.get(lowerAt(ctx, j) ?? '');
  if (offset === undefined || ctx.tokens[j]?.kind !== 'word') return null;
  const end = isOneOf(ctx, j + 1, TIMES_OF_DAY) && lowerAt(ctx, j) !== 'tonight' ? j + 2 : j + 1;
  return candidate(i, end, dayRange(addDays(pub, offset)), 'day');
};
