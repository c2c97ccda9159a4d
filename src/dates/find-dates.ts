/**
 * Entry point: find date expressions in English news text and resolve them to calendar days.
 */

import type { DateRef, Span } from '../types.js';
import { parseIso } from './calendar.js';
import { createContext, type Candidate } from './context.js';
import { agoPattern } from './patterns/ago.js';
import { comingPattern } from './patterns/coming.js';
import { explicitDatePattern } from './patterns/explicit-date.js';
import { isoPattern } from './patterns/iso.js';
import { monthPartPattern } from './patterns/month-part.js';
import { monthPattern } from './patterns/month.js';
import { rangePattern } from './patterns/range.js';
import { relativeDayPattern } from './patterns/relative-day.js';
import { relativePeriodPattern } from './patterns/relative-period.js';
import { seasonPattern } from './patterns/season.js';
import { weekdayDatePattern } from './patterns/weekday-date.js';
import { weekdayPattern } from './patterns/weekday.js';
import { withinPattern } from './patterns/within.js';
import { yearPattern } from './patterns/year.js';
import { attachPrepositions, selectLongest, sinceUntilNow } from './refine.js';
import { sentenceIdsFromPunctuation, sentenceIdsFromSpans } from './sentences.js';
import { tokenize } from './tokenize.js';
import type { DatePattern, MatchContext } from './context.js';

/** Options of {@link findDates}. */
export interface FindDatesOptions {
  /**
   * Publication day, `YYYY-MM-DD` (a longer ISO timestamp is cut to its first ten
   * characters, as written — no time-zone conversion). `null`: only expressions that carry
   * their own year are returned ("5 March 2019", "April 20, 2015", "2019-03-05", "in 2012");
   * relative ones ("on Monday", "in August", "last week", "October 17") are omitted.
   */
  publishedAt: string | null;
  /**
   * Sentence spans of the text. When given, clause tense is read within the sentence that
   * holds the expression; otherwise sentences end at `.`, `!`, `?` and line breaks.
   */
  sentences?: Span[];
}

/** Every pattern, tried at every token. */
export const DATE_PATTERNS: readonly DatePattern[] = [
  isoPattern,
  explicitDatePattern,
  weekdayDatePattern,
  rangePattern,
  monthPattern,
  monthPartPattern,
  weekdayPattern,
  relativeDayPattern,
  relativePeriodPattern,
  withinPattern,
  comingPattern,
  agoPattern,
  seasonPattern,
  yearPattern,
];

/**
 * Runs one pattern at token `i`. An expression that resolves outside the calendar's years
 * 1–9999 ("last week" published on 0001-01-03, "next month" on 9999-12-15) makes the calendar
 * throw a `RangeError`; such an expression names no ISO day, so it is left out.
 */
function tryPattern(pattern: DatePattern, ctx: MatchContext, i: number): Candidate | null {
  try {
    return pattern(ctx, i);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * Normalises a publication date to `YYYY-MM-DD` (`null` stays `null`).
 * Throws a `RangeError` when it does not start with a valid ISO day.
 */
export function normalizePublishedAt(publishedAt: string | null): string | null {
  if (publishedAt === null) return null;
  const day = publishedAt.trim().slice(0, 10);
  if (!parseIso(day)) throw new RangeError(`publishedAt must start with an ISO YYYY-MM-DD date, got ${JSON.stringify(publishedAt)}`);
  return day;
}

/**
 * Finds all date expressions in `text`, in text order, non-overlapping (the longest
 * wins), each resolved against the publication day the way a careful news reader would
 * (see `src/dates/README.md` and the pattern files for the rules). A preposition right
 * before an expression is part of its span ("on Wednesday", "in August").
 *
 * Runs in time linear in the text length.
 *
 * @param text - The text to search.
 * @param options - Publication day (or `null`) and optional sentence spans.
 * @returns The expressions; `text.slice(d.span.start, d.span.end) === d.text` for each.
 *
 * @example
 * findDates('The two leaders spoke on Monday.', { publishedAt: '2019-01-09' })
 * // [{ text: 'on Monday', start: '2019-01-07', end: '2019-01-07', precision: 'day', span: { start: 21, end: 30, text: 'on Monday' } }]
 */
export function findDates(text: string, options: FindDatesOptions): DateRef[] {
  const pub = normalizePublishedAt(options.publishedAt);
  const tokens = tokenize(text);
  const sentenceIds = options.sentences ? sentenceIdsFromSpans(tokens, options.sentences) : sentenceIdsFromPunctuation(tokens);
  const ctx = createContext(tokens, sentenceIds, pub);
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind === 'punct') continue;
    for (const pattern of DATE_PATTERNS) {
      const c = tryPattern(pattern, ctx, i);
      if (c && c.to > c.from && sentenceIds[c.from] === sentenceIds[c.to - 1]) candidates.push(c);
    }
  }
  const chosen = attachPrepositions(selectLongest(candidates, tokens), tokens, sentenceIds);
  // A plain loop, not `chosen.map`: an article without dates hands V8 an empty array of another
  // elements kind, and the inlined `map` then deoptimised findDates again and again.
  const found: DateRef[] = [];
  for (const chosenOne of chosen) {
    const c = sinceUntilNow(chosenOne, tokens, sentenceIds, pub);
    const start = tokens[c.from]?.start ?? 0;
    const end = tokens[c.to - 1]?.end ?? start;
    const slice = text.slice(start, end);
    found.push({ text: slice, start: c.start, end: c.end, precision: c.precision, span: { start, end, text: slice } });
  }
  return found;
}
