/**
 * The one phrase index every finder scans with: countries (names, demonyms, capitals,
 * metonyms), organisations, non-country phrases and non-capital places. Scanning all of
 * them together is what makes "longest match wins" work across tables: "European Union"
 * is consumed as an organisation, "New Mexico" as a place, "South China Sea" as nothing.
 */

import type { CountryMentionKind } from '../../types.js';
import { allCountries } from './gazetteer.js';
import { METONYMS } from './metonyms.js';
import { COMBINING_FORMS } from './news-names.js';
import { NON_COUNTRY_PHRASES } from './non-country-phrases.js';
import { ORGANISATIONS } from './organisation-data.js';
import { PLACES_BY_COUNTRY } from './place-data.js';
import { REGIONS } from './region-data.js';
import { PhraseIndex } from './phrase-index.js';

/** A country reference phrase. */
export interface CountryEntry {
  /** Discriminant. */
  type: 'country';
  /** ISO alpha-3 code. */
  code: string;
  /** How the phrase refers to the country. */
  kind: CountryMentionKind;
  /** A combining form ("Franco") that counts only before a hyphen. */
  combining?: boolean;
  /** A generic office name that counts only when no country reference directly precedes it. */
  onlyWhenBare?: boolean;
  /** Other states whose own office has this name (see {@link Metonym.alsoOf}). */
  alsoOf?: readonly string[];
}

/** An organisation phrase. */
export interface OrganisationEntry {
  /** Discriminant. */
  type: 'organisation';
  /** Organisation id ("NATO"). */
  id: string;
  /** Organisation name. */
  name: string;
}

/** A non-capital place phrase. */
export interface PlaceEntry {
  /** Discriminant. */
  type: 'place';
  /** Canonical place name ("St Petersburg"). */
  name: string;
  /** ISO alpha-3 code of the country the place is in. */
  country: string;
}

/** A world region, continent, sea or ocean ("Europe", "the Pacific"): a place in no country. */
export interface RegionEntry {
  /** Discriminant. */
  type: 'region';
  /** Canonical name ("Middle East" for "Mideast"). */
  name: string;
}

/** A phrase that refers to no country ("Latin American"); matched only to be skipped. */
export interface OtherEntry {
  /** Discriminant. */
  type: 'other';
}

/** What a phrase of the lexicon stands for. */
export type LexiconEntry = CountryEntry | OrganisationEntry | PlaceEntry | RegionEntry | OtherEntry;

/** Rank of each table when two phrases share a key (lower wins). */
const RANK = { country: 0, organisation: 1, other: 2, region: 2, place: 3 } as const;

/**
 * Spelling variants of a table phrase: "Guinea-Bissau" → "Guinea Bissau",
 * "Saint Lucia" → "St Lucia" (and "St. Lucia", which shares the key),
 * "Republic of the Congo" → "Republic of Congo".
 */
export function phraseVariants(phrase: string): string[] {
  const out = new Set<string>([phrase]);
  for (const p of [...out]) {
    if (/\p{L}{2}-\p{L}{2}/u.test(p)) out.add(p.replace(/(\p{L}{2})-(?=\p{L}{2})/gu, '$1 '));
  }
  for (const p of [...out]) {
    if (/\bSaint\b/.test(p)) out.add(p.replace(/\bSaint\b/g, 'St'));
    if (/\bSt\.? /.test(p)) out.add(p.replace(/\bSt\.? /g, 'Saint '));
  }
  for (const p of [...out]) {
    if (p.includes(' of the ')) out.add(p.replace(' of the ', ' of '));
  }
  return [...out];
}

function build(): PhraseIndex<LexiconEntry> {
  const index = new PhraseIndex<LexiconEntry>();
  const addAll = (phrase: string, entry: LexiconEntry, anyCase = false): void => {
    for (const v of phraseVariants(phrase)) index.add(v, entry, RANK[entry.type], { anyCase });
  };
  const countries = allCountries();
  // Insertion order matters for equal keys of one country: name, then demonym, then capital.
  for (const c of countries) {
    for (const n of c.names) addAll(n, { type: 'country', code: c.code, kind: 'name' });
    for (const n of c.anyCaseNames) addAll(n, { type: 'country', code: c.code, kind: 'name' }, true);
  }
  for (const c of countries) {
    for (const d of c.demonyms) addAll(d, { type: 'country', code: c.code, kind: 'demonym' });
  }
  for (const [form, code] of Object.entries(COMBINING_FORMS)) {
    addAll(form, { type: 'country', code, kind: 'demonym', combining: true });
  }
  for (const c of countries) {
    for (const cap of c.capitals) addAll(cap, { type: 'country', code: c.code, kind: 'capital' });
  }
  for (const m of METONYMS) {
    addAll(m.phrase, { type: 'country', code: m.code, kind: 'metonym', ...(m.onlyWhenBare ? { onlyWhenBare: true } : {}), ...(m.alsoOf ? { alsoOf: m.alsoOf } : {}) });
  }
  for (const org of ORGANISATIONS) {
    for (const form of org.forms) addAll(form, { type: 'organisation', id: org.id, name: org.name });
  }
  for (const phrase of NON_COUNTRY_PHRASES) addAll(phrase, { type: 'other' });
  for (const region of REGIONS) {
    const forms = region.split('|');
    for (const form of forms) addAll(form, { type: 'region', name: forms[0]! });
  }
  for (const [country, places] of Object.entries(PLACES_BY_COUNTRY)) {
    for (const place of places) {
      const forms = place.split('|');
      const name = forms[0]!;
      for (const form of forms) addAll(form, { type: 'place', name, country });
    }
  }
  return index;
}

let lexicon: PhraseIndex<LexiconEntry> | undefined;

/** The shared phrase index, built on first use (a few milliseconds) and then reused. */
export function getLexicon(): PhraseIndex<LexiconEntry> {
  lexicon ??= build();
  return lexicon;
}
