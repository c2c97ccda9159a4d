/**
 * Non-capital places (venues such as "Geneva", "Camp David", "Sochi") and the country
 * they are in. Used to give an event location its country; never a country reference.
 */

import type { Span } from '../../types.js';
import { getLexicon } from './lexicon.js';
import { scanText, type ScanResult } from './scan.js';

/** One place where a known non-capital place is named. */
export interface PlaceMention extends Span {
  /** Canonical name of the place ("St Petersburg" for "Saint Petersburg"). */
  name: string;
  /** ISO alpha-3 code of the country the place is in. */
  country: string;
}

/**
 * Every known non-capital place named in `text`, in text order, with exact spans.
 * Capitals are not included (they are country mentions of kind "capital").
 */
export function findPlaceMentions(text: string): PlaceMention[] {
  return placeMentionsOf(text, scanText(text));
}

/** The place mentions of a scan of `text`. */
export function placeMentionsOf(text: string, scan: ScanResult): PlaceMention[] {
  return scan.places.map((hit) => ({
    start: hit.start,
    end: hit.end,
    text: text.slice(hit.start, hit.end),
    name: hit.entry.name,
    country: hit.entry.country,
  }));
}

/**
 * The country (alpha-3) of a named location, or `undefined`: a known non-capital place
 * ("Sochi" → "RUS", "Mar-a-Lago" → "USA"), else a capital or seat of government
 * ("Budapest" → "HUN"), a metonym ("Oval Office" → "USA") or a country name
 * ("Georgia" → "GEO"). Case-insensitive except for acronyms; a possessive is ignored.
 */
export function placeCountry(name: string): string | undefined {
  const entries = getLexicon().lookup(name.trim()).map((e) => e.payload);
  const place = entries.find((e) => e.type === 'place');
  if (place?.type === 'place') return place.country;
  for (const kind of ['capital', 'metonym', 'name'] as const) {
    const hit = entries.find((e) => e.type === 'country' && e.kind === kind);
    if (hit?.type === 'country') return hit.code;
  }
  return undefined;
}
