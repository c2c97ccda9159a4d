import type { DateRef, ExtractionWarning, Span } from '../types.js';
import { findDates } from '../dates/index.js';

/** A day to resolve relative dates against when counting them: any day will do, only their number and words are used. */
const ANY_DAY = '2000-01-05';

/** How many of the unresolved expressions a warning quotes. */
const QUOTED = 3;

/**
 * The warning for a text read with no publication date: its relative dates ("on Thursday", "last
 * week") found no day to resolve against and were left out. Counted by reading the dates again
 * against an arbitrary day (only for undated calls, so dated ones pay nothing).
 *
 * @param found What the dates stage found in the text with no publication date (the dates kept).
 */
export function unresolvedDateWarnings(text: string, sentences: Span[], found: readonly DateRef[]): ExtractionWarning[] {
  const kept = new Set(found.map((d) => d.span.start));
  const unresolved = findDates(text, { publishedAt: ANY_DAY, sentences }).filter((d) => !kept.has(d.span.start));
  const missing = unresolved.length;
  if (missing === 0) return [];
  const quoted = unresolved.slice(0, QUOTED).map((d) => JSON.stringify(d.text));
  const more = missing > QUOTED ? ', …' : '';
  return [
    {
      code: 'unresolved-relative-dates',
      message: `no publication date: ${missing} relative date${missing === 1 ? '' : 's'} (${quoted.join(', ')}${more}) left unresolved; give publishedAt (YYYY-MM-DD)`,
    },
  ];
}
