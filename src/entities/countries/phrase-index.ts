/**
 * A longest-match phrase index over the words of a {@link TokenList}.
 *
 * Phrases are tokenised with the same scanner as the text, so a phrase key is the word keys
 * joined by their normalised separators ("guinea-bissau", "washington, dc"). Lookup at a
 * token extends the key word by word only while it is a prefix of some phrase, so each
 * token costs a few Map lookups at most: O(1) per token, O(n) per text.
 */

import { isAllCaps, isCapitalised } from './normalize.js';
import { gapKey, tokenize, type TokenList } from './tokenize.js';

/**
 * How a word of a phrase must be written in the text:
 * - `acronym`: in capitals, as in the phrase ("US" matches "US"/"U.S.", never "us" or "Us");
 * - `capital`: starting with a capital ("Hungary", "HUNGARY", not "hungary");
 * - `any`: any case (function words such as "of", "the", "and"; digits).
 */
export type WordCase = 'acronym' | 'capital' | 'any';

/** One phrase stored in the index. */
export interface IndexedPhrase<T> {
  /** The phrase as written in the table. */
  phrase: string;
  /** What the phrase stands for. */
  payload: T;
  /** Lower ranks win when two phrases share a key and both fit the text's casing. */
  rank: number;
  /** Number of words. */
  words: number;
  /** Required casing of each word. */
  cases: WordCase[];
}

/** A phrase found at some token. */
export interface PhraseMatch<T> {
  /** The winning phrase. */
  entry: IndexedPhrase<T>;
  /** Index of the first token. */
  first: number;
  /** Index of the last token (inclusive). */
  last: number;
}

/** Options of {@link PhraseIndex.add}. */
export interface AddOptions {
  /** Ignore casing entirely (e.g. "côte d'ivoire" in any case). */
  anyCase?: boolean;
}

/** Words of table phrases that match in any case ("Republic of the Congo", "Dar es Salaam"). */
const FUNCTION_WORDS = new Set([
  'of', 'the', 'and', 'de', 'da', 'do', 'del', 'des', 'du', 'la', 'le', 'el', 'es', 'et', 'au', 'al', 'y', 'og', 'in', 'for', 'on',
]);

/** The casing rule for word `k` of a table phrase. */
function wordCase(tokens: TokenList, k: number, anyCase: boolean): WordCase {
  const raw = tokens.raw(k);
  if (anyCase || /^[0-9]+$/.test(raw) || FUNCTION_WORDS.has(tokens.key(k))) return 'any';
  if (isAllCaps(raw)) return 'acronym';
  return isCapitalised(raw) ? 'capital' : 'any';
}

/** True when the text word `raw` satisfies the rule `rule`. */
function fitsCase(raw: string, rule: WordCase): boolean {
  if (rule === 'any') return true;
  if (rule === 'acronym') return isAllCaps(raw);
  return isCapitalised(raw);
}

/** The key of a whole token list, or `null` when a separator breaks it. */
function phraseKey(tokens: TokenList): string | null {
  let key = '';
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0) {
      const gap = gapKey(tokens, k - 1);
      if (gap === null) return null;
      key += gap;
    }
    key += tokens.key(k);
  }
  return key;
}

/** The lookup key of a whole phrase ("Guinea–Bissau" → "guinea-bissau"), or `null` when it has no words. */
export function keyOfPhrase(phrase: string): string | null {
  const tokens = tokenize(phrase);
  return tokens.length === 0 ? null : phraseKey(tokens);
}

/** A phrase table with longest-match lookup over a token stream. */
export class PhraseIndex<T> {
  private readonly byKey = new Map<string, IndexedPhrase<T>[]>();
  private readonly firstWords = new Set<string>();
  private readonly prefixes = new Set<string>();
  /** First code units (ASCII lower case) of first words that may be written in lower case. */
  private readonly lowerStarts = new Set<number>();

  /** Add a phrase; returns false (and adds nothing) when it has no words. */
  add(phrase: string, payload: T, rank: number, options: AddOptions = {}): boolean {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return false;
    const key = phraseKey(tokens);
    if (key === null) return false;
    const cases: WordCase[] = [];
    for (let k = 0; k < tokens.length; k++) cases.push(wordCase(tokens, k, options.anyCase === true));
    if (cases[0] === 'any') this.lowerStarts.add(tokens.key(0).charCodeAt(0));
    const entry: IndexedPhrase<T> = { phrase, payload, rank, words: tokens.length, cases };
    const list = this.byKey.get(key);
    if (list) {
      list.push(entry);
      list.sort((a, b) => a.rank - b.rank);
    } else {
      this.byKey.set(key, [entry]);
    }
    // Remember every proper prefix, so a lookup stops extending as soon as no phrase can follow.
    let prefix = tokens.key(0);
    this.firstWords.add(prefix);
    for (let k = 1; k < tokens.length; k++) {
      this.prefixes.add(prefix);
      prefix += (gapKey(tokens, k - 1) ?? '') + tokens.key(k);
    }
    return true;
  }

  /** True when some phrase starts with the word whose key is `key`. */
  startsPhrase(key: string): boolean {
    return this.firstWords.has(key);
  }

  /** True when some phrase consists of exactly the one word whose key is `key`. */
  isOneWordPhrase(key: string): boolean {
    return this.byKey.has(key);
  }

  /**
   * The longest phrase starting at token `i` whose casing fits the text, or `null`.
   * With `ignoreCase`, only acronym words keep their casing rule (used for lookups of names).
   */
  matchAt(tokens: TokenList, i: number, ignoreCase = false): PhraseMatch<T> | null {
    if (i >= tokens.length) return null;
    // Fast path: a word in ASCII lower case can only start an any-case phrase.
    const c = tokens.text.charCodeAt(tokens.start[i]!);
    if (c >= 97 && c <= 122 && !ignoreCase && !this.lowerStarts.has(c)) return null;
    let key = tokens.key(i);
    if (!this.firstWords.has(key)) return null;
    let best: PhraseMatch<T> | null = null;
    for (let last = i; ; ) {
      const list = this.byKey.get(key);
      if (list) {
        for (const entry of list) {
          if (this.casingFits(tokens, i, entry, ignoreCase)) {
            best = { entry, first: i, last };
            break;
          }
        }
      }
      if (last + 1 >= tokens.length || !this.prefixes.has(key)) break;
      const gap = gapKey(tokens, last);
      if (gap === null) break;
      last++;
      key += gap + tokens.key(last);
    }
    return best;
  }

  /** Every phrase stored under exactly the key of `phrase` whose casing fits (acronyms only when `ignoreCase`). */
  lookup(phrase: string, ignoreCase = true): IndexedPhrase<T>[] {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return [];
    const key = phraseKey(tokens);
    if (key === null) return [];
    const list = this.byKey.get(key) ?? [];
    return list.filter((e) => e.words === tokens.length && this.casingFits(tokens, 0, e, ignoreCase));
  }

  private casingFits(tokens: TokenList, i: number, entry: IndexedPhrase<T>, ignoreCase: boolean): boolean {
    for (let k = 0; k < entry.words; k++) {
      const rule = entry.cases[k]!;
      if (rule === 'any' || (ignoreCase && rule === 'capital')) continue;
      if (!fitsCase(tokens.raw(i + k), rule)) return false;
    }
    return true;
  }
}
