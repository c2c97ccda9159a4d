import type { CountryMention, Span } from '../../types.js';
import { startsLine } from '../../text/lines.js';

/** The place an article is written from, as its dateline gives it ("MOSCOW –", "Nairobi —", "KYIV (Reuters) –"). */
export interface Dateline {
  /** The place as the text writes it. */
  text: string;
  /** Its country (alpha-3). */
  country: string;
  /** Offsets of the place in the text. */
  start: number;
  end: number;
}

/**
 * The dateline of a text: a capital (or a known city) standing first on its line and followed by
 * a dash, colon, comma or parenthesis; undefined when there is none.
 */
export function findDateline(text: string, capitals: readonly CountryMention[], places: ReadonlyArray<Span & { country?: string }> = []): Dateline | undefined {
  const followed = (end: number): boolean => /^\s*[—–―\-:,(]/.test(text.slice(end, end + 3));
  const capital = capitals.find((m) => m.kind === 'capital' && startsLine(text, m.start) && followed(m.end));
  if (capital) return { text: text.slice(capital.start, capital.end), country: capital.code, start: capital.start, end: capital.end };
  const place = places.find((p) => p.country && startsLine(text, p.start) && followed(p.end));
  return place?.country ? { text: text.slice(place.start, place.end), country: place.country, start: place.start, end: place.end } : undefined;
}
