/**
 * A longest-match phrase index over {@link WordToken}s.
 *
 * Phrases are tokenised with the same scanner as the text, so a phrase key is the word keys
 * joined by their normalised separators ("guinea-bissau", "washington, dc"). Lookup at a
 * token builds at most `maxWords` keys and does that many Map lookups: O(1) per token.
 */

import { isAllCaps, isCapitalised } from './normalize.js';
import { gapKey, tokenize, type WordToken } from './tokenize.js';

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

const FUNCTION_WORDS = new Set([
  'of', 'the', 'and', 'de', 'da', 'do', 'del', 'des', 'du', 'la', 'le', 'el', 'es', 'et', 'au', 'al', 'y', 'og', 'in', 'for', 'on',
]);

/** The casing rule for one word of a table phrase. */
function wordCase(raw: string, token: WordToken, anyCase: boolean): WordCase {
  if (anyCase) return 'any';
  if (/^[0-9]+$/.test(raw)) return 'any';
  if (FUNCTION_WORDS.has(token.key)) return 'any';
  const letters = raw.replace(/[^\p{L}]/gu, '');
  if (isAllCaps(raw) && (letters.length >= 2 || token.abbreviation || raw.length === 1 || /[0-9]/.test(raw))) {
    return 'acronym';
  }
  return isCapitalised(raw) ? 'capital' : 'any';
}

/** True when the text word `raw` satisfies the rule `rule`. */
function fitsCase(raw: string, rule: WordCase): boolean {
  if (rule === 'any') return true;
  if (rule === 'acronym') return isAllCaps(raw);
  return isCapitalised(raw);
}

/** The key of a sequence of tokens, or `null` when a separator breaks it. */
function phraseKey(text: string, tokens: readonly WordToken[]): string | null {
  let key = '';
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    if (k > 0) {
      const gap = gapKey(text, tokens[k - 1]!, tok);
      if (gap === null) return null;
      key += gap;
    }
    key += tok.key;
  }
  return key;
}

/** The lookup key of a whole phrase ("Guinea–Bissau" → "guinea-bissau"), or `null` when it has no words. */
export function keyOfPhrase(phrase: string): string | null {
  const tokens = tokenize(phrase);
  return tokens.length === 0 ? null : phraseKey(phrase, tokens);
}

/** A phrase table with longest-match lookup over a token stream. */
export class PhraseIndex<T> {
  private readonly byKey = new Map<string, IndexedPhrase<T>[]>();
  private readonly firstWords = new Map<string, number>();

  /** Add a phrase; returns false (and adds nothing) when it has no words. */
  add(phrase: string, payload: T, rank: number, options: AddOptions = {}): boolean {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return false;
    const key = phraseKey(phrase, tokens);
    if (key === null) return false;
    const cases = tokens.map((t) => wordCase(phrase.slice(t.start, t.end), t, options.anyCase === true));
    const entry: IndexedPhrase<T> = { phrase, payload, rank, words: tokens.length, cases };
    const list = this.byKey.get(key);
    if (list) {
      list.push(entry);
      list.sort((a, b) => a.rank - b.rank);
    } else {
      this.byKey.set(key, [entry]);
    }
    const first = tokens[0]!.key;
    this.firstWords.set(first, Math.max(this.firstWords.get(first) ?? 0, tokens.length));
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
  matchAt(text: string, tokens: readonly WordToken[], i: number, ignoreCase = false): PhraseMatch<T> | null {
    const firstTok = tokens[i];
    if (!firstTok) return null;
    const max = this.firstWords.get(firstTok.key);
    if (max === undefined) return null;
    const keys: string[] = [firstTok.key];
    let key = firstTok.key;
    for (let n = 2; n <= max && i + n - 1 < tokens.length; n++) {
      const prev = tokens[i + n - 2]!;
      const next = tokens[i + n - 1]!;
      const gap = gapKey(text, prev, next);
      if (gap === null) break;
      key += gap + next.key;
      keys.push(key);
    }
    for (let n = keys.length; n >= 1; n--) {
      const list = this.byKey.get(keys[n - 1]!);
      if (!list) continue;
      for (const entry of list) {
        if (this.casingFits(text, tokens, i, entry, ignoreCase)) {
          return { entry, first: i, last: i + n - 1 };
        }
      }
    }
    return null;
  }

  /** Every phrase stored under exactly the key of `phrase` whose casing fits (acronyms only when `ignoreCase`). */
  lookup(phrase: string, ignoreCase = true): IndexedPhrase<T>[] {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return [];
    const key = phraseKey(phrase, tokens);
    if (key === null) return [];
    const list = this.byKey.get(key) ?? [];
    return list.filter((e) => e.words === tokens.length && this.casingFits(phrase, tokens, 0, e, ignoreCase));
  }

  private casingFits(text: string, tokens: readonly WordToken[], i: number, entry: IndexedPhrase<T>, ignoreCase: boolean): boolean {
    for (let k = 0; k < entry.words; k++) {
      const rule = entry.cases[k]!;
      if (rule === 'any' || (ignoreCase && rule === 'capital')) continue;
      const tok = tokens[i + k]!;
      if (!fitsCase(text.slice(tok.start, tok.end), rule)) return false;
    }
    return true;
  }
}
