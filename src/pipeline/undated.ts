import type { DateRef, DiplomaticEvent, Span } from '../types.js';
import { findDates } from '../dates/index.js';

/**
 * A day to anchor relative dates to when the text has no publication date. Only where the
 * expressions stand is used (so that "met on Thursday with X" reads as a verb, a date and its
 * partner); the days they resolve to against it are never output.
 */
const ANY_DAY = '2000-01-05';

/** The date expressions of a text read with no publication date. */
export interface UndatedReading {
  /** Every date expression, relative ones anchored to an arbitrary day: for reading the syntax only. */
  expressions: DateRef[];
  /** The relative expressions among them, which no day resolves (the ones left out of the result). */
  unresolved: DateRef[];
}

/**
 * Reads the date expressions of a text with no publication date. The events stage needs to know
 * where "on Thursday" or "last week" stands even when no day can be given to it, or a date between
 * a verb and its partner would hide the partner.
 *
 * @param resolved What the dates stage found with no publication date (the dates kept).
 */
export function readUndated(text: string, sentences: Span[], resolved: readonly DateRef[]): UndatedReading {
  const kept = new Set(resolved.map((d) => d.span.start));
  const expressions = findDates(text, { publishedAt: ANY_DAY, sentences });
  return { expressions, unresolved: expressions.filter((d) => !kept.has(d.span.start)) };
}

/**
 * Drops from events the dates no day resolves (relative ones read with no publication date): the
 * event keeps its parties, place and status, and its date becomes unknown.
 */
export function withoutUnresolvedDates(events: DiplomaticEvent[], resolved: readonly DateRef[]): DiplomaticEvent[] {
  const key = (d: DateRef): string => `${d.span.start}:${d.start}:${d.end}`;
  const kept = new Set(resolved.map(key));
  return events.map((e) =>
    e.date === null || kept.has(key(e.date))
      ? e
      : { ...e, date: null, certainty: { ...e.certainty, date: null } },
  );
}
