/**
 * One left-to-right pass of the lexicon over a text: tokenise, take the longest phrase at
 * each token, apply the country guards, skip past the phrase. Linear in the text length
 * (each token starts at most one lookup of at most a few words).
 */

import type { CountryEntry, LexiconEntry, OrganisationEntry, PlaceEntry, RegionEntry } from './lexicon.js';
import { getLexicon } from './lexicon.js';
import { insideLongerName, keepCountryMatch, teamInResults, type GuardContext } from './guards.js';
import { tokenize } from './tokenize.js';
import { townAfterPreposition, townOpeningLine } from './town-in-context.js';
import { agencyCountry } from './news-agencies.js';

/** One accepted phrase of the text. */
export interface ScanHit<E extends LexiconEntry = LexiconEntry> {
  /** Offset of the first code unit (UTF-16). */
  start: number;
  /** Offset one past the last code unit, without a trailing possessive. */
  end: number;
  /** What the phrase stands for. */
  entry: E;
}

/** Everything one pass found, by table. */
export interface ScanResult {
  /** Country references that passed the guards. */
  countries: ScanHit<CountryEntry>[];
  /** Organisation names. */
  organisations: ScanHit<OrganisationEntry>[];
  /** Non-capital places. */
  places: ScanHit<PlaceEntry>[];
  /** World regions, seas and oceans. */
  regions: ScanHit<RegionEntry>[];
}

/** Scan `text` once and sort every accepted phrase into its table. */
export function scanText(text: string): ScanResult {
  const result: ScanResult = { countries: [], organisations: [], places: [], regions: [] };
  const tokens = tokenize(text);
  const index = getLexicon();
  const ctx: GuardContext = { tokens, index, previousCountryLast: -1 };
  // "Foreign Office" in a story of Pakistan's national agency is Pakistan's
  const agency = agencyCountry(text);
  let i = 0;
  while (i < tokens.length) {
    const match = index.matchAt(tokens, i);
    if (!match) {
      const found = townAfterPreposition(tokens, i) ?? townOpeningLine(tokens, i);
      const town = found && !insideLongerName(ctx, i, found.last) ? found : null;
      if (town) result.places.push({ start: tokens.start[i]!, end: tokens.end[town.last]!, entry: town.entry });
      i = town ? town.last + 1 : i + 1;
      continue;
    }
    const entry = match.entry.payload;
    const start = tokens.start[match.first]!;
    const end = tokens.end[match.last]!;
    switch (entry.type) {
      case 'country':
        if (keepCountryMatch(ctx, match, entry)) {
          result.countries.push({ start, end, entry: agency && entry.alsoOf?.includes(agency) ? { ...entry, code: agency } : entry });
          ctx.previousCountryLast = match.last;
        }
        break;
      case 'organisation':
        result.organisations.push({ start, end, entry });
        break;
      case 'place':
        if (!insideLongerName(ctx, match.first, match.last) && !teamInResults(ctx, match.last)) result.places.push({ start, end, entry });
        break;
      case 'region':
        result.regions.push({ start, end, entry });
        break;
      case 'other':
        break;
    }
    i = match.last + 1;
  }
  return result;
}
