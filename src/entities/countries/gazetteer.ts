/**
 * The country gazetteer: one record per country or territory, built from the
 * `world-countries` dataset and corrected by the hand-kept tables in news-names.ts.
 *
 * Every word (name, demonym, capital) belongs to at most one country: when the dataset
 * gives one word to several countries ("Dominican", "Congolese", "Channel Islander"), a
 * hand-kept entry decides, otherwise an independent country wins over a territory, and a
 * word still shared is dropped as ambiguous.
 */

import countries from 'world-countries';
import {
  ALT_SPELLING_ALLOW,
  ANY_CASE_NAMES,
  CAPITAL_ADD_BACK,
  CAPITAL_EXCLUSIONS,
  CODE_REMAP,
  COMMON_NAME_OVERRIDES,
  EXCLUDED_CODES,
  EXTRA_CAPITALS,
  EXTRA_DEMONYMS,
  EXTRA_NAMES,
  NAME_EXCLUSIONS,
  NO_PLURAL,
} from './news-names.js';
import { keyOfPhrase } from './phrase-index.js';

/** One country or territory with the English words that refer to it. */
export interface CountryRecord {
  /** ISO 3166-1 alpha-3 code ("XKX" for Kosovo). */
  code: string;
  /** Common English news name ("United States", "Turkey"). */
  name: string;
  /** Official name ("United States of America"). */
  officialName: string;
  /** False for dependent territories (Greenland, Hong Kong, Puerto Rico …). */
  independent: boolean;
  /** Names and short forms ("United States", "US", "America"). */
  names: readonly string[];
  /** Demonyms and adjectives, singular and plural ("American", "Americans"). */
  demonyms: readonly string[];
  /** Capitals and seats of government ("Washington", "Washington, D.C."). */
  capitals: readonly string[];
  /** Names to be matched in any case ("Côte d'Ivoire"). */
  anyCaseNames: readonly string[];
}

/** Which list of a {@link CountryRecord} a word belongs to. */
type WordKind = 'name' | 'demonym' | 'capital' | 'anyCaseName';

interface Word {
  code: string;
  kind: WordKind;
  phrase: string;
  hand: boolean;
}

const STATE_FORM =
  /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Union|Principality|Duchy|Sultanate|Confederation|Territory|Islands|Bailiwick|Collectivity)\b/;
const LATIN_ONLY = /^[\p{Script=Latin}\s'’.-]+$/u;
const FOREIGN_WORDS = /\b(des|du|de|del|della|di|do|da|der|og|und|et|y|la|le)\b/;

/** True for a dataset alternative spelling that is a real English form. */
function usableAltSpelling(alt: string): boolean {
  if (ALT_SPELLING_ALLOW.has(alt)) return true;
  return STATE_FORM.test(alt) && LATIN_ONLY.test(alt) && !alt.includes(',') && !FOREIGN_WORDS.test(alt);
}

/** "The Netherlands" → "Netherlands": a leading article is optional in text anyway. */
function withoutArticle(phrase: string): string {
  return phrase.replace(/^The\s+/, '');
}

/** The plural of a demonym ("Israeli" → "Israelis"), or `null` when it takes none. */
export function demonymPlural(demonym: string): string | null {
  if (NO_PLURAL.has(demonym)) return null;
  if (/(s|x|z|sh|ch|ese|y|men)$/.test(demonym)) return null;
  return `${demonym}s`;
}

/** Split a dataset demonym field ("Bosnian, Herzegovinian", "Kittitian or Nevisian"). */
function splitDemonyms(field: string | undefined): string[] {
  if (!field) return [];
  // `,` or ` or `, then trim: linear (`\s+or` would rescan a run of spaces from each of its positions)
  return field.split(/,|\sor\s/).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Every word of every country, before conflicts are resolved. */
function collectWords(): { words: Word[]; meta: Map<string, { name: string; official: string; independent: boolean }> } {
  const words: Word[] = [];
  const meta = new Map<string, { name: string; official: string; independent: boolean }>();
  const add = (code: string, kind: WordKind, phrases: readonly string[], hand: boolean): void => {
    for (const phrase of phrases) words.push({ code, kind, phrase, hand });
  };

  for (const c of countries) {
    if (EXCLUDED_CODES.has(c.cca3)) continue;
    const code = CODE_REMAP[c.cca3] ?? c.cca3;
    meta.set(code, {
      name: COMMON_NAME_OVERRIDES[code] ?? c.name.common,
      official: c.name.official,
      independent: c.independent,
    });
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter(usableAltSpelling)]
      .filter((n) => !n.includes('(') && !NAME_EXCLUSIONS.has(n))
      .map(withoutArticle);
    add(code, 'name', names, false);
    const eng = c.demonyms['eng'];
    const demonyms = [...new Set([...splitDemonyms(eng?.m), ...splitDemonyms(eng?.f)])];
    add(code, 'demonym', demonyms, false);
    add(code, 'capital', c.capital.filter((cap) => CAPITAL_EXCLUSIONS[cap] === undefined), false);
  }

  for (const [code, list] of Object.entries(EXTRA_NAMES)) add(code, 'name', list, true);
  for (const [code, list] of Object.entries(ANY_CASE_NAMES)) add(code, 'anyCaseName', list, true);
  for (const [code, list] of Object.entries(EXTRA_DEMONYMS)) add(code, 'demonym', list, true);
  for (const [code, list] of Object.entries(EXTRA_CAPITALS)) add(code, 'capital', list, true);
  for (const [code, list] of Object.entries(CAPITAL_ADD_BACK)) add(code, 'capital', list, true);

  // Plurals of every demonym, owned like the singular; none for a demonym that is also
  // the name ("Djibouti", "Gibraltar", "Vatican").
  const names = new Set(words.filter((w) => w.kind === 'name').map((w) => `${w.code}|${w.phrase}`));
  for (const w of [...words]) {
    if (w.kind !== 'demonym' || names.has(`${w.code}|${w.phrase}`)) continue;
    const plural = demonymPlural(w.phrase);
    if (plural) words.push({ ...w, phrase: plural });
  }
  return { words, meta };
}

/** Resolve words claimed by several countries; returns the words kept. */
function resolveConflicts(words: readonly Word[], independent: (code: string) => boolean): Word[] {
  const byKey = new Map<string, Word[]>();
  for (const w of words) {
    const key = keyOfPhrase(w.phrase);
    if (key === null) continue;
    const list = byKey.get(key);
    if (list) list.push(w);
    else byKey.set(key, [w]);
  }
  const kept: Word[] = [];
  for (const list of byKey.values()) {
    let candidates = list;
    const handCodes = new Set(candidates.filter((w) => w.hand).map((w) => w.code));
    if (handCodes.size > 0) candidates = candidates.filter((w) => handCodes.has(w.code));
    let codes = new Set(candidates.map((w) => w.code));
    if (codes.size > 1) {
      const indep = candidates.filter((w) => independent(w.code));
      if (indep.length > 0) candidates = indep;
      codes = new Set(candidates.map((w) => w.code));
    }
    if (codes.size > 1) continue; // still ambiguous ("Channel Islander", "Virgin Islander")
    kept.push(...candidates);
  }
  return kept;
}

/** Build the records (called once, on first use). */
function buildCountries(): CountryRecord[] {
  const { words, meta } = collectWords();
  const kept = resolveConflicts(words, (code) => meta.get(code)?.independent ?? false);
  const lists = new Map<string, Record<WordKind, string[]>>();
  for (const w of kept) {
    let rec = lists.get(w.code);
    if (!rec) {
      rec = { name: [], demonym: [], capital: [], anyCaseName: [] };
      lists.set(w.code, rec);
    }
    if (!rec[w.kind].includes(w.phrase)) rec[w.kind].push(w.phrase);
  }
  const records: CountryRecord[] = [];
  for (const [code, m] of meta) {
    const l = lists.get(code) ?? { name: [], demonym: [], capital: [], anyCaseName: [] };
    records.push({
      code,
      name: m.name,
      officialName: m.official,
      independent: m.independent,
      names: l.name,
      demonyms: l.demonym,
      capitals: l.capital,
      anyCaseNames: l.anyCaseName,
    });
  }
  records.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return records;
}

let cache: { list: readonly CountryRecord[]; byCode: ReadonlyMap<string, CountryRecord> } | undefined;

/** All countries and territories, sorted by code (built on first call, then cached). */
export function allCountries(): readonly CountryRecord[] {
  return load().list;
}

/** The record of one alpha-3 code (case-insensitive), or `undefined`. */
export function getCountry(code: string): CountryRecord | undefined {
  return load().byCode.get(code.toUpperCase());
}

function load(): { list: readonly CountryRecord[]; byCode: ReadonlyMap<string, CountryRecord> } {
  if (!cache) {
    const list = buildCountries();
    cache = { list, byCode: new Map(list.map((r) => [r.code, r])) };
  }
  return cache;
}
