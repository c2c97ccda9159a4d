/**
 * Context rules that reject a country phrase the lexicon matched. Each rule is general
 * (a list of words or a position pattern), looks at a bounded number of neighbouring
 * tokens, and is documented where it is defined.
 */

import { isAllCaps, isCapitalised } from './normalize.js';
import type { CountryEntry, LexiconEntry } from './lexicon.js';
import type { PhraseIndex, PhraseMatch } from './phrase-index.js';
import { US_STATES } from './place-data.js';
import { keyOfPhrase } from './phrase-index.js';
import { isHyphen, type WordToken } from './tokenize.js';

/** Everything a guard may look at. */
export interface GuardContext {
  /** The input text. */
  text: string;
  /** All tokens of the input. */
  tokens: readonly WordToken[];
  /** The lexicon (to ask whether a neighbour is itself a gazetteer word). */
  index: PhraseIndex<LexiconEntry>;
  /** Index of the last token of the previous accepted country mention (-1 when none). */
  previousCountryLast: number;
}

/**
 * Country words that are also common personal names. A single-word match of one of these is
 * dropped when it looks like part of a person's name (see {@link looksLikePersonName}).
 */
const PERSON_AMBIGUOUS = new Set([
  'jordan', 'chad', 'israel', 'kenya', 'georgia', 'india', 'china', 'jamaica', 'cuba', 'ireland', 'holland',
  'england', 'america', 'washington', 'paris', 'london', 'sofia', 'santiago',
]);

const WEEKDAYS_MONTHS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/**
 * Capitalised words that may directly follow a country name without making it a person's
 * name: titles, offices and institutions ("Jordan King Abdullah", "Israel Defense Forces",
 * "Chad President …", "Kenya Airways"), armed groups often paired with a country, dates.
 */
const FOLLOWER_OK = new Set([
  'president', 'presidents', 'presidential', 'prime', 'premier', 'pm', 'foreign', 'defense', 'defence', 'interior',
  'finance', 'trade', 'economy', 'energy', 'health', 'justice', 'security', 'intelligence', 'minister', 'ministers',
  'ministry', 'king', 'queen', 'crown', 'prince', 'princess', 'emir', 'sheikh', 'sultan', 'monarch', 'chancellor',
  'vice', 'deputy', 'government', 'govt', 'embassy', 'ambassador', 'envoy', 'consul', 'consulate', 'army', 'navy',
  'air', 'armed', 'military', 'forces', 'police', 'coast', 'border', 'parliament', 'senate', 'congress', 'national',
  'central', 'supreme', 'high', 'federal', 'cabinet', 'council', 'mission', 'delegation', 'officials', 'airlines',
  'airways', 'cup', 'olympic', 'olympics', 'election', 'elections', 'talks', 'summit', 'visit', 'and', 'or', 'the',
  'hamas', 'hezbollah', 'houthi', 'houthis', 'taliban', 'isis', 'said', 'says', 'on', 'in', 'at', 'to', 'with', 'for',
  ...WEEKDAYS_MONTHS,
]);

/**
 * Capitalised words that may directly precede a country name without being a first name:
 * function words at the start of a sentence, titles, compass and other place qualifiers,
 * dates. Words ending in "-ing" or "-ed" ("Visiting", "Landlocked") are treated the same.
 */
const PRECEDER_OK = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'from', 'to', 'for', 'with', 'and', 'but', 'or', 'nor', 'of', 'by', 'as', 'if',
  'when', 'while', 'after', 'before', 'since', 'until', 'during', 'between', 'both', 'neither', 'either', 'unlike',
  'like', 'against', 'across', 'into', 'over', 'under', 'near', 'outside', 'inside', 'within', 'without', 'through',
  'throughout', 'toward', 'towards', 'via', 'per', 'than', 'that', 'this', 'these', 'those', 'its', 'their', 'his',
  'her', 'our', 'your', 'my', 'not', 'only', 'even', 'also', 'meanwhile', 'however', 'yet', 'so', 'then', 'now',
  'today', 'why', 'how', 'what', 'where', 'who', 'whom', 'whose', 'which', 'whether', 'although', 'though', 'because',
  'once', 'later', 'earlier', 'last', 'next', 'all', 'every', 'each', 'some', 'many', 'most', 'several', 'such',
  'beyond', 'behind', 'upon', 'among', 'amid', 'about', 'around', 'above', 'below', 'along', 'beside', 'besides',
  'despite', 'except', 'versus', 'vs', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'can',
  'could', 'should', 'may', 'might', 'must', 'has', 'have', 'had', 'let', 'visit', 'welcome', 'says', 'said', 'no',
  'yes', 'here', 'there', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'one', 'two', 'three', 'more', 'less', 'few',
  // Titles and offices.
  'president', 'king', 'queen', 'prince', 'princess', 'minister', 'premier', 'chancellor', 'ambassador', 'envoy',
  'secretary', 'senator', 'sen', 'gov', 'governor', 'general', 'gen', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady',
  'emir', 'sheikh', 'pope', 'spokesman', 'spokeswoman',
  // Place qualifiers.
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower',
  'greater', 'mainland', 'inner', 'outer', 'communist', 'imperial', 'soviet', 'modern', 'ancient', 'independent',
  'neighbour', 'neighbor', 'rival', 'ally', 'allied', 'tiny', 'small', 'big', 'poor', 'rich', 'democratic',
  'socialist', 'nationalist', 'colonial', 'postwar', 'wartime',
  ...WEEKDAYS_MONTHS,
]);

/** True when the raw text between two tokens is exactly one space. */
function singleSpace(text: string, from: number, to: number): boolean {
  return to - from === 1 && text.charCodeAt(from) === 32;
}

/** The raw text of a token (without a possessive). */
function raw(text: string, tok: WordToken): string {
  return text.slice(tok.start, tok.end);
}

/**
 * Person-name rule for {@link PERSON_AMBIGUOUS} words written in ordinary case:
 * - preceded (one space apart) by a capitalised word that is not a sentence-starting function
 *   word, title, qualifier, date or gazetteer word — a first name ("Michael Jordan",
 *   "Denzel Washington", "Tom Holland", "Air Jordan");
 * - or followed (one space apart) by a capitalised word that is not a title, office,
 *   institution, date or gazetteer word — a surname or a name part ("Chad Johnson",
 *   "Jordan Peterson", "Israel Katz", "Washington Post").
 */
export function looksLikePersonName(ctx: GuardContext, i: number): boolean {
  const { text, tokens, index } = ctx;
  const tok = tokens[i]!;
  if (!PERSON_AMBIGUOUS.has(tok.key)) return false;
  const word = raw(text, tok);
  if (word.length > 1 && isAllCaps(word)) return false; // datelines and headlines in capitals
  const prev = tokens[i - 1];
  if (prev && prev.end === prev.fullEnd && !prev.abbreviation && singleSpace(text, prev.fullEnd, tok.start)) {
    const p = raw(text, prev);
    if (isCapitalised(p) && !isAllCaps(p) && !PRECEDER_OK.has(prev.key) && !/(ing|ed)$/.test(prev.key) && !index.isOneWordPhrase(prev.key)) {
      return true;
    }
  }
  const next = tokens[i + 1];
  if (next && tok.end === tok.fullEnd && singleSpace(text, tok.fullEnd, next.start)) {
    const n = raw(text, next);
    if (isCapitalised(n) && !next.abbreviation && !FOLLOWER_OK.has(next.key) && !index.startsPhrase(next.key)) {
      return true;
    }
  }
  return false;
}

/** Words right after "Georgia" that make it the US state ("Georgia governor", "Georgia Republicans"). */
const GEORGIA_US_NEXT = new Set([
  'state', 'governor', 'gov', 'senator', 'senators', 'senate', 'legislature', 'lawmakers', 'republican', 'republicans',
  'democrat', 'democrats', 'democratic', 'voters', 'primary', 'runoff', 'county', 'tech', 'bulldogs', 'election',
]);

/** Words within {@link GEORGIA_WINDOW} tokens that signal the US state ("Atlanta", "R-Ga."). */
const GEORGIA_US_CUES = new Set(['atlanta', 'savannah', 'ga']);

/** How many tokens on each side of "Georgia" are searched for {@link GEORGIA_US_CUES}. */
const GEORGIA_WINDOW = 30;

/**
 * "Georgia" is the country (GEO) unless US-state context is nearby:
 * "state of Georgia"; "Georgia" followed by a US-politics word (governor, senator, Republicans,
 * voters, state, county …, also after a possessive: "Georgia's governor"); "Georgia, U.S.";
 * or "Atlanta", "Savannah" or "Ga." (as in "R-Ga.") within 30 tokens either side.
 */
export function isUsStateGeorgia(ctx: GuardContext, i: number): boolean {
  const { text, tokens } = ctx;
  const tok = tokens[i]!;
  if (tok.key !== 'georgia') return false;
  const p1 = tokens[i - 1];
  const p2 = tokens[i - 2];
  if (p1?.key === 'of' && p2?.key === 'state') return true;
  const next = tokens[i + 1];
  if (next && next.start - tok.fullEnd <= 2) {
    if (GEORGIA_US_NEXT.has(next.key)) return true;
    const gap = text.slice(tok.fullEnd, next.start);
    if (gap.trim() === ',' && (next.key === 'us' || next.key === 'usa') && isAllCaps(raw(text, next))) return true;
  }
  const from = Math.max(0, i - GEORGIA_WINDOW);
  const to = Math.min(tokens.length - 1, i + GEORGIA_WINDOW);
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (GEORGIA_US_CUES.has(t.key) && isCapitalised(raw(text, t))) return true;
  }
  return false;
}

/**
 * Seas, oceans and gulfs named after a country are no reference to it:
 * a name or demonym followed by "Sea"/"Ocean" ("Indian Ocean", "South China Sea" —
 * the latter is also consumed whole as a non-country phrase), or preceded by
 * "Sea of", "Gulf of", "Bay of", "Strait(s) of" ("Gulf of Mexico", "Sea of Japan").
 */
export function isWaterBody(ctx: GuardContext, first: number, last: number): boolean {
  const { tokens } = ctx;
  const next = tokens[last + 1];
  if (next && (next.key === 'sea' || next.key === 'ocean') && isCapitalised(ctx.text.slice(next.start, next.end))) return true;
  const p1 = tokens[first - 1];
  const p2 = tokens[first - 2];
  return p1?.key === 'of' && p2 !== undefined && ['sea', 'gulf', 'bay', 'strait', 'straits'].includes(p2.key);
}

let stateKeys: Set<string> | undefined;

/** Keys of US state names ("new mexico"), for the ", <state>" rule. */
function usStateKeys(): Set<string> {
  if (!stateKeys) {
    stateKeys = new Set();
    for (const s of US_STATES) {
      for (const form of s.split('|')) {
        const k = keyOfPhrase(form);
        if (k) stateKeys.add(k);
      }
    }
  }
  return stateKeys;
}

/**
 * A name or capital followed by "County" ("Nassau County") or by a comma and a US state
 * ("Paris, Texas", "Moscow, Idaho", "Lebanon, Pennsylvania") is a US place.
 */
export function isUsPlace(ctx: GuardContext, last: number): boolean {
  const { text, tokens } = ctx;
  const tok = tokens[last]!;
  const next = tokens[last + 1];
  if (!next) return false;
  if (next.key === 'county' && singleSpace(text, tok.fullEnd, next.start)) return true;
  if (text.slice(tok.fullEnd, next.start).trim() !== ',') return false;
  const keys = usStateKeys();
  if (keys.has(next.key)) return true;
  const next2 = tokens[last + 2];
  return next2 !== undefined && singleSpace(text, next.fullEnd, next2.start) && keys.has(`${next.key} ${next2.key}`);
}

/** Words after "Washington" that make it something other than the US capital ("Washington state", "Washington State University"). */
const WASHINGTON_NOT_CAPITAL = new Set(['state', 'university']);

/** Decide whether a matched country phrase is kept. */
export function keepCountryMatch(ctx: GuardContext, match: PhraseMatch<LexiconEntry>, entry: CountryEntry): boolean {
  const { text, tokens } = ctx;
  const { first, last } = match;
  const firstTok = tokens[first]!;
  const lastTok = tokens[last]!;
  const next = tokens[last + 1];

  if (entry.combining) {
    // "Franco-German": only before a hyphen.
    return next !== undefined && next.start - lastTok.fullEnd === 1 && isHyphen(text.charCodeAt(lastTok.fullEnd));
  }
  if (entry.onlyWhenBare && ctx.previousCountryLast === first - 1) return false;
  if (entry.kind === 'metonym') return true;

  // "US$5": a currency, not a country reference.
  if (text.charCodeAt(lastTok.end) === 36 /* $ */) return false;

  if (first === last) {
    if (firstTok.key === 'washington' && next && WASHINGTON_NOT_CAPITAL.has(next.key) && singleSpace(text, lastTok.fullEnd, next.start)) {
      return false;
    }
    if (isUsStateGeorgia(ctx, first)) return false;
    if (looksLikePersonName(ctx, first)) return false;
  }
  if ((entry.kind === 'name' || entry.kind === 'demonym') && isWaterBody(ctx, first, last)) return false;
  if ((entry.kind === 'name' || entry.kind === 'capital') && isUsPlace(ctx, last)) return false;
  return true;
}
