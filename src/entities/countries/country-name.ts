/**
 * Lookups by code and by word, for later stages ("Russian President", "Hungary's prime
 * minister", "the Iranian president").
 */

import type { CountryMentionKind } from '../../types.js';
import { getCountry } from './gazetteer.js';
import { getLexicon } from './lexicon.js';

/** Common English news name of an alpha-3 code ("USA" → "United States", "TUR" → "Turkey"), or `undefined`. */
export function countryName(code: string): string | undefined {
  return getCountry(code)?.name;
}

/** True when `code` is an alpha-3 code of the gazetteer (countries, territories, "XKX" for Kosovo); case-insensitive. */
export function isCountryCode(code: string): boolean {
  return getCountry(code) !== undefined;
}

/** The code a single phrase refers to as the given kind, or `undefined`. */
function lookupKind(phrase: string, kinds: readonly CountryMentionKind[]): string | undefined {
  const entries = getLexicon().lookup(phrase.trim());
  for (const kind of kinds) {
    for (const e of entries) {
      if (e.payload.type === 'country' && e.payload.kind === kind && !e.payload.combining) return e.payload.code;
    }
  }
  return undefined;
}

/**
 * The country of a demonym or national adjective ("Russian" → "RUS", "Israelis" → "ISR",
 * "North Korean" → "PRK", "Emirati" → "ARE"), or `undefined`. Case-insensitive.
 */
export function demonymToCountry(word: string): string | undefined {
  return lookupKind(word, ['demonym']);
}

/**
 * The country of a capital or seat of government ("Budapest" → "HUN", "Kiev" → "UKR",
 * "New Delhi" → "IND"), or `undefined`. Case-insensitive; excluded capitals such as
 * "Victoria" or "Kingston" give `undefined`.
 */
export function capitalToCountry(name: string): string | undefined {
  return lookupKind(name, ['capital']);
}

/**
 * The country of any single reference phrase — name, demonym, capital or metonym
 * ("Hungary's" → "HUN", "U.S." → "USA", "Kremlin" → "RUS"), or `undefined`.
 * Case-insensitive except for acronyms ("us" is not "US").
 */
export function referenceToCountry(phrase: string): { code: string; kind: CountryMentionKind } | undefined {
  const entries = getLexicon().lookup(phrase.trim());
  for (const e of entries) {
    if (e.payload.type === 'country' && !e.payload.combining) return { code: e.payload.code, kind: e.payload.kind };
  }
  return undefined;
}
