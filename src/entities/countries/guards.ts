/**
 * Context rules that reject a country phrase the lexicon matched. Each rule is general
 * (a list of words or a position pattern), looks at a bounded number of neighbouring
 * tokens, and is documented where it is defined.
 */

import { isAllCaps, isCapitalised } from './normalize.js';
import type { CountryEntry, LexiconEntry } from './lexicon.js';
import { keyOfPhrase, type PhraseIndex, type PhraseMatch } from './phrase-index.js';
import { US_STATES } from './place-data.js';
import { isHyphen, type TokenList } from './tokenize.js';
import { isKnownFirstName, isKnownNamePart } from '../people/name-lexicon.js';
import { isKnownSurname } from '../people/known-people-index.js';
import { TITLE_WORDS } from '../people/titles.js';
import { ORDINAL_WORDS } from '../../lexicon/numbers.js';

/** Everything a guard may look at. */
export interface GuardContext {
  /** All tokens of the input (and the input text, `tokens.text`). */
  tokens: TokenList;
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
  'jordan', 'chad', 'israel', 'kenya', 'georgia', 'india', 'china', 'jamaica', 'cuba', 'ireland', 'holland', 'montenegro',
  'england', 'america', 'washington', 'paris', 'london', 'sofia', 'santiago', 'berlin', 'hague', 'wellington', 'turk',
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

/** True when words `a` and `a + 1` are separated by exactly one space. */
function singleSpace(tokens: TokenList, a: number): boolean {
  const from = tokens.fullEnd[a]!;
  return a + 1 < tokens.length && tokens.start[a + 1]! - from === 1 && tokens.text.charCodeAt(from) === 32;
}

/** The raw text between words `a` and `a + 1`, or `null` when there is no next word. */
function gapText(tokens: TokenList, a: number): string | null {
  return a + 1 < tokens.length ? tokens.text.slice(tokens.fullEnd[a]!, tokens.start[a + 1]!) : null;
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
  const { tokens, index } = ctx;
  if (!PERSON_AMBIGUOUS.has(tokens.key(i))) return false;
  const word = tokens.raw(i);
  if (word.length > 1 && isAllCaps(word)) return false; // datelines and headlines in capitals
  const prev = i - 1;
  // "the Minister of Foreign Affairs of Georgia Maia Panjikidze", "the King of Jordan Abdullah II": the country of a title
  if (prev >= 1 && tokens.key(prev) === 'of' && isCapitalised(tokens.raw(prev - 1))) return false;
  if (prev >= 0 && !tokens.isPossessive(prev) && tokens.abbreviation[prev] === 0 && singleSpace(tokens, prev)) {
    const p = tokens.raw(prev);
    const key = tokens.key(prev);
    if (isCapitalised(p) && !isAllCaps(p) && !PRECEDER_OK.has(key) && !/(ing|ed)$/.test(key) && !index.isOneWordPhrase(key)) {
      return true;
    }
  }
  const next = i + 1;
  if (!tokens.isPossessive(i) && singleSpace(tokens, i) && tokens.abbreviation[next] === 0) {
    const key = tokens.key(next);
    if (isCapitalised(tokens.raw(next)) && !FOLLOWER_OK.has(key) && !index.startsPhrase(key)) return true;
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
  const { tokens } = ctx;
  if (tokens.key(i) !== 'georgia') return false;
  if (i >= 2 && tokens.key(i - 1) === 'of' && tokens.key(i - 2) === 'state') return true;
  const gap = gapText(tokens, i);
  if (gap !== null && gap.length <= 2) {
    const next = tokens.key(i + 1);
    if (GEORGIA_US_NEXT.has(next)) return true;
    if (gap.trim() === ',' && (next === 'us' || next === 'usa') && isAllCaps(tokens.raw(i + 1))) return true;
  }
  const from = Math.max(0, i - GEORGIA_WINDOW);
  const to = Math.min(tokens.length - 1, i + GEORGIA_WINDOW);
  for (let k = from; k <= to; k++) {
    if (GEORGIA_US_CUES.has(tokens.key(k)) && isCapitalised(tokens.raw(k))) return true;
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
  if (singleSpace(tokens, last)) {
    const next = tokens.key(last + 1);
    if ((next === 'sea' || next === 'ocean') && isCapitalised(tokens.raw(last + 1))) return true;
  }
  return first >= 2 && tokens.key(first - 1) === 'of' && WATER_WORDS.has(tokens.key(first - 2));
}

const WATER_WORDS = new Set(['sea', 'gulf', 'bay', 'strait', 'straits']);

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
  const { tokens } = ctx;
  const gap = gapText(tokens, last);
  if (gap === null) return false;
  const next = tokens.key(last + 1);
  if (next === 'county' && gap === ' ') return true;
  if (gap.trim() !== ',') return false;
  const keys = usStateKeys();
  if (keys.has(next)) return true;
  return singleSpace(tokens, last + 1) && keys.has(`${next} ${tokens.key(last + 2)}`);
}

/** Capitalised words that may stand right before a place's name without joining it ("Downtown"), besides {@link PRECEDER_OK}, titles and ordinals. */
const PLACE_PRECEDER_OK = new Set(['downtown', 'old', 'metropolitan', 'suburban', 'rural', 'coastal', 'occupied', 'capital', 'city']);

/**
 * Capitalised words that may follow a place's name without making it part of a longer name,
 * besides {@link FOLLOWER_OK} and the offices of the title lexicon ("Kyiv Mayor"): its divisions ("Lagos State",
 * "Quebec City") and venues in it ("the Bangkok Convention Centre"), which still place an event there.
 */
const PLACE_FOLLOWER_OK = new Set([
  'city', 'state', 'province', 'region', 'district', 'oblast', 'governorate', 'prefecture',
  'airport', 'stadium', 'hotel', 'palace', 'centre', 'center', 'hall', 'arena', 'station', 'port', 'conference',
  'forum', 'meeting', 'process', 'format', 'residents', 'authorities', 'officials', 'office', 'time', 'ground', 'square',
  'park', 'oval', 'house', 'building', 'museum', 'bay', 'area', 'metro', 'valley', 'peninsula', 'harbour', 'harbor', 'river',
]);

/**
 * "Real Madrid", "AC Milan", "Manchester United", "the Paris Agreement", "the New York Times": a
 * capital or town inside a longer proper name (a club, a treaty, a newspaper, a university) names
 * no place. The name is a capitalised neighbour, one space away, that is no function word, title,
 * place qualifier, date or gazetteer word, in a sentence not written in title case (the word on the
 * neighbour's far side is not capitalised too: "Xi Visits Moscow" is a headline).
 */
export function insideLongerName(ctx: GuardContext, first: number, last: number): boolean {
  const { tokens, index } = ctx;
  const word = tokens.raw(first);
  if (word.length > 1 && isAllCaps(word)) return false; // datelines and headlines in capitals
  // a capitalised word that is no gazetteer word (not an acronym: "ANI New Delhi" is an agency's credit before its dateline)
  const joins = (k: number): boolean => {
    const raw = k >= 0 && k < tokens.length && tokens.abbreviation[k] === 0 ? tokens.raw(k) : '';
    return isCapitalised(raw) && !isAllCaps(raw) && !index.isOneWordPhrase(tokens.key(k));
  };
  // title case: the word is capitalised and no sentence-opening function word ("The New York Times" is no headline)
  const titleCase = (k: number): boolean => k >= 0 && singleSpace(tokens, k) && isCapitalised(tokens.raw(k)) && !PRECEDER_OK.has(tokens.key(k));
  const prev = first - 1;
  if (prev >= 0 && !tokens.isPossessive(prev) && singleSpace(tokens, prev) && joins(prev) && !personBefore(ctx, prev, last)) {
    const key = tokens.key(prev);
    if (!PRECEDER_OK.has(key) && !PLACE_PRECEDER_OK.has(key) && !ORDINAL_WORDS.has(key) && !TITLE_WORDS.has(key) && !/(ing|ed)$/.test(key) && !titleCase(prev - 1)) return true;
  }
  if (tokens.isPossessive(last) || !singleSpace(tokens, last) || !joins(last + 1) || titleCase(first - 1)) return false;
  // the capitalised words after it, up to three: a venue's head among them keeps the place ("the Bangkok Convention Centre")
  for (let k = last + 1; k <= last + 3 && k < tokens.length && isCapitalised(tokens.raw(k)); k++) {
    const key = tokens.key(k);
    // an office of the place ("Kyiv Mayor", "the Bratislava Rabbi"), a venue or a division in it, a gazetteer phrase
    if (FOLLOWER_OK.has(key) || PLACE_FOLLOWER_OK.has(key) || TITLE_WORDS.get(key)?.kind === 'office' || index.matchAt(tokens, k)) return false;
    // a person's name after the place ("ambassador to Kyiv Mikhail Zurabov")
    if (k === last + 1 && isKnownNamePart(tokens.raw(k))) return false;
    if (!singleSpace(tokens, k)) break;
  }
  return true;
}

/**
 * "Sheikh Hasina Dhaka talks", "a Modi Beijing visit": the capitalised word before the place ends a
 * person's name (a known family name, or the place heads a visit or talks), and the place is the
 * second part of a compound, not part of a longer name.
 */
function personBefore(ctx: GuardContext, prev: number, last: number): boolean {
  const { tokens } = ctx;
  const name = tokens.raw(prev);
  // after a given name, the place is a family name ("Joseph Muscat"): part of a longer name after all
  if (isKnownFirstName(name)) return false;
  if (isKnownNamePart(name) || isKnownSurname(name)) return true;
  return singleSpace(tokens, last) && VISIT_NOUNS.has(tokens.key(last + 1));
}

/** Nouns a place may modify as the second of two names ("a Modi Dhaka visit"). */
const VISIT_NOUNS = new Set(['visit', 'visits', 'trip', 'talks', 'meeting', 'meetings', 'summit', 'tour', 'stop', 'leg', 'stay', 'meet']);

/** Words after "Washington" that make it something other than the US capital ("Washington state", "Washington State University"). */
const WASHINGTON_NOT_CAPITAL = new Set(['state', 'university']);

/** Decide whether a matched country phrase is kept. */
export function keepCountryMatch(ctx: GuardContext, match: PhraseMatch<LexiconEntry>, entry: CountryEntry): boolean {
  const { tokens } = ctx;
  const { first, last } = match;

  if (entry.combining) {
    // "Franco-German": only before a hyphen.
    const gap = gapText(tokens, last);
    return gap !== null && gap.length === 1 && isHyphen(gap.charCodeAt(0));
  }
  if (entry.onlyWhenBare && ctx.previousCountryLast === first - 1) return false;
  if (entry.kind === 'metonym') return true;

  // "US$5": a currency, not a country reference.
  if (tokens.text.charCodeAt(tokens.end[last]!) === 36 /* $ */) return false;

  if (first === last) {
    if (tokens.key(first) === 'washington' && singleSpace(tokens, first) && WASHINGTON_NOT_CAPITAL.has(tokens.key(first + 1))) {
      return false;
    }
    if (isUsStateGeorgia(ctx, first)) return false;
    if (looksLikePersonName(ctx, first)) return false;
  }
  if ((entry.kind === 'name' || entry.kind === 'demonym') && isWaterBody(ctx, first, last)) return false;
  if ((entry.kind === 'name' || entry.kind === 'capital') && isUsPlace(ctx, last)) return false;
  if (entry.kind === 'capital' && (insideLongerName(ctx, first, last) || teamInResults(ctx, last))) return false;
  return true;
}

/** Words after a number that make it a count or a date, not a score ("Paris 12 December", "Kabul 3 km"). */
const NOT_SCORE_NEXT = new Set([...WEEKDAYS_MONTHS, 'percent', 'pct', 'km', 'kilometres', 'kilometers', 'miles', 'people', 'dead', 'killed', 'degrees']);

/**
 * "OTTAWA 7 11 6 62 72", "Liverpool 0 Sheffield Wednesday 1": a city right before a score in a
 * results table is a team, no reference to a place (a date or a count after the number is no score).
 */
export function teamInResults(ctx: GuardContext, last: number): boolean {
  const { tokens } = ctx;
  const next = last + 1;
  if (next >= tokens.length || !/^\d{1,3}$/.test(tokens.raw(next)) || tokens.text.slice(tokens.fullEnd[last]!, tokens.start[next]!).trim() !== '') return false;
  // ("Chicago 78,056", "Vancouver 5.2"): a figure with thousands or decimals is a quantity, not a score
  if (/^[,.]\d/.test(tokens.text.slice(tokens.end[next]!, tokens.end[next]! + 2))) return false;
  return next + 1 >= tokens.length || !NOT_SCORE_NEXT.has(tokens.key(next + 1));
}
