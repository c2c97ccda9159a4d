/**
 * Towns the text itself places, that the GeoNames gazetteer knows as towns of 15,000 people or
 * more: a capitalised name right after a preposition of place ("talks in Kanpur", "a village near
 * Bukavu"), or a dateline in capitals opening a line ("KANPUR, India —", "WINNIPEG 2024-03-01").
 * Every town's name is also a word or a surname somewhere, so a name alone is never a place; the
 * preposition or the dateline's form says it is one here.
 */

import { cityCountry } from './cities.js';
import type { PlaceEntry } from './lexicon.js';
import { isAllCaps, isCapitalised } from './normalize.js';
import type { TokenList } from './tokenize.js';
import { isKnownFirstName } from '../people/name-lexicon.js';
import { MONTHS, WEEKDAYS } from '../../dates/lexicon.js';
import { DATELINE_FOLLOWER } from './dateline.js';

/** Prepositions after which a town's name names the place ("in", "near"), not a person or a company ("at", "from"). */
const TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'around', 'across']);

/** Names of continents and regions that the gazetteer also knows as some town ("Asia", a town in the Philippines). */
const REGION_NAMES: ReadonlySet<string> = new Set(['asia', 'europe', 'africa', 'america', 'oceania', 'arabia', 'scandinavia', 'siberia', 'patagonia', 'balkans']);

/** Longest town name the gazetteer knows, in words. */
const MAX_WORDS = 3;

/** The town named from token `i` after a preposition of place, and its last token; null when there is none. */
export function townAfterPreposition(tokens: TokenList, i: number): { entry: PlaceEntry; last: number } | null {
  if (i === 0 || !TOWN_PREPOSITIONS.has(tokens.key(i - 1)) || !townWord(tokens, i)) return null;
  const prepositionCase = tokens.raw(i - 1);
  if (isAllCaps(prepositionCase) && prepositionCase.length > 1) return null; // a headline in capitals
  for (let last = runEnd(tokens, i, townWord); last >= i; last--) {
    const name = tokens.text.slice(tokens.start[i]!, tokens.end[last]!);
    if (REGION_NAMES.has(name.toLowerCase())) return null;
    const country = cityCountry(name);
    if (country) return ambiguous(tokens, i, last) ? null : { entry: { type: 'place', name, country }, last };
  }
  return null;
}

/**
 * A one-word town that is also a month, a given name or a verb's "-ing" form ("in March", "in
 * Victoria", "in Reading"), or a town followed by another capitalised word ("in Victoria Beckham's
 * …"): the preposition does not settle that a town is meant. (The common-word list cannot tell:
 * it holds many towns' names.)
 */
function ambiguous(tokens: TokenList, i: number, last: number): boolean {
  const word = tokens.key(i);
  if (last === i && (MONTHS.has(word) || isKnownFirstName(word) || /ing$/.test(word))) return true;
  return last + 1 < tokens.length && oneSpace(tokens, last) && isCapitalised(tokens.raw(last + 1)) && !WEEKDAYS.has(tokens.key(last + 1));
}

/** A capitalised word (not an abbreviation such as "U.S."). */
function townWord(tokens: TokenList, k: number): boolean {
  return tokens.abbreviation[k] === 0 && isCapitalised(tokens.raw(k));
}

/** The last token of the run of at most {@link MAX_WORDS} words from `i` that pass `word`, one character apart; the town is sought in it longest first. */
function runEnd(tokens: TokenList, i: number, word: (tokens: TokenList, k: number) => boolean): number {
  let last = i;
  while (last + 1 < tokens.length && last - i + 1 < MAX_WORDS && word(tokens, last + 1) && oneSpace(tokens, last)) last++;
  return last;
}

/** Whether tokens `k` and `k + 1` stand one character apart (a space, or the hyphen of "WINSTON-SALEM"). */
function oneSpace(tokens: TokenList, k: number): boolean {
  return tokens.start[k + 1]! - tokens.fullEnd[k]! === 1;
}

/**
 * "KANPUR, India —", "DES MOINES (Reuters) -", "WINNIPEG 2024-03-01": a town in capitals opening a
 * line and followed by a comma, a dash, a bracket or a date, and its last token; null otherwise.
 */
export function townOpeningLine(tokens: TokenList, i: number): { entry: PlaceEntry; last: number } | null {
  if (!opensLine(tokens, i) || !capitalsWord(tokens, i)) return null;
  for (let last = runEnd(tokens, i, capitalsWord); last >= i; last--) {
    if (!datelineAfter(tokens, last)) continue;
    const name = tokens.text.slice(tokens.start[i]!, tokens.end[last]!);
    const country = cityCountry(name);
    if (country) return { entry: { type: 'place', name: titleCased(name), country }, last };
  }
  return null;
}

function opensLine(tokens: TokenList, i: number): boolean {
  const before = tokens.text.slice(i > 0 ? tokens.fullEnd[i - 1]! : 0, tokens.start[i]!);
  const lineStart = before.lastIndexOf('\n');
  return (i === 0 || lineStart >= 0) && before.slice(lineStart + 1).trim() === '';
}

/** A word in capitals of two letters or more ("KANPUR", "DES"). */
function capitalsWord(tokens: TokenList, k: number): boolean {
  const raw = tokens.raw(k);
  return raw.length > 1 && isAllCaps(raw);
}

/** After the name: a comma, a dash or a bracket, or a date in figures ("1996-12-06", "12/06/2024"). */
function datelineAfter(tokens: TokenList, last: number): boolean {
  const after = tokens.text.slice(tokens.fullEnd[last]!, tokens.fullEnd[last]! + 12);
  return DATELINE_FOLLOWER.test(after);
}

/** "DES MOINES" → "Des Moines". */
function titleCased(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
