/**
 * Country references in English news text.
 */

import type { CountryMention } from '../../types.js';
import { scanText, type ScanResult } from './scan.js';

/**
 * Every reference to a country in `text`, in text order: names ("Hungary", "the US"),
 * demonyms ("Hungarian", "Israelis", the "Franco" of "Franco-German"), capitals
 * ("Budapest", "MOSCOW" in a dateline) and metonyms ("the Kremlin", "Downing Street").
 *
 * Spans are exact UTF-16 offsets: `text.slice(m.start, m.end) === m.text`; a possessive is
 * left out ("Hungary's" gives "Hungary"). The longest phrase wins ("South Sudan" is SSD,
 * "Papua New Guinea" is PNG); organisations ("European Union"), regions ("Latin America")
 * and non-capital places ("New Mexico") are consumed without giving a country. The
 * guards are described in guards.ts. Linear in the length of `text`.
 */
export function findCountryMentions(text: string): CountryMention[] {
  return countryMentionsOf(text, scanText(text));
}

/** The country mentions of a scan of `text`. */
export function countryMentionsOf(text: string, scan: ScanResult): CountryMention[] {
  return scan.countries.map((hit) => ({
    start: hit.start,
    end: hit.end,
    text: text.slice(hit.start, hit.end),
    code: hit.entry.code,
    kind: hit.entry.kind,
  }));
}
