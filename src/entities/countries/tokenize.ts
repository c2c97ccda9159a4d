/**
 * A small, linear, non-backtracking word scanner for gazetteer matching.
 *
 * A word is a run of letters, combining marks and digits, optionally joined by an inner
 * apostrophe ("People's", "d’Ivoire", "Sana'a"). Dotted abbreviations of single letters
 * ("U.S.", "U.K.", "D.C.", "U.N.") are one word. A trailing possessive ("Hungary's",
 * "Hungary’s") is kept out of the word's span, so the span text is "Hungary".
 * Every character is looked at a bounded number of times, so the scan is O(n); words are
 * stored in typed arrays and their lookup keys are computed only when asked for.
 */

import { wordKey } from './normalize.js';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;

/** 1 for ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
}

/** True when the code unit at `i` belongs to a word (handles surrogate pairs). */
function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code] === 1;
  if (Number.isNaN(code)) return false;
  if (code >= 0xdc00 && code <= 0xdfff) {
    // Low surrogate: a word character when its pair is.
    const cp = text.codePointAt(i - 1);
    return cp !== undefined && cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp));
  }
  const cp = text.codePointAt(i) ?? code;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** True when the code unit at `i` is a letter (not a digit). */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (Number.isNaN(code)) return false;
  return LETTER.test(text.charAt(i));
}

/** True for the apostrophe-like code units that may join two parts of one word. */
export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 0x02bc;
}

/** True for hyphen-like code units that join compounds ("India-US", "Guinea–Bissau"); not the em dash. */
export function isHyphen(code: number): boolean {
  return code === 45 || (code >= 0x2010 && code <= 0x2013);
}

/** End of a single-letter dotted abbreviation starting at `i` ("U.S.", "D.C."), or -1. */
function abbreviationEnd(text: string, i: number): number {
  // Pattern: L . L (. L)* .?  where every L is one letter not followed by another word char.
  if (text.charCodeAt(i + 1) !== 46 || !isLetterAt(text, i) || !isLetterAt(text, i + 2) || isWordAt(text, i + 3)) return -1;
  let j = i + 2;
  while (text.charCodeAt(j + 1) === 46 && isLetterAt(text, j + 2) && !isWordAt(text, j + 3)) {
    j += 2;
  }
  // j is the last letter; include a trailing dot if there is one.
  return text.charCodeAt(j + 1) === 46 ? j + 2 : j + 1;
}

/** The words of one text, in order. Token `i` is described by the i-th entry of each array. */
export class TokenList {
  /** The text the offsets point into. */
  readonly text: string;
  /** Number of words. */
  length = 0;
  /** Offset of the first code unit of each word. */
  start: Int32Array;
  /** Offset one past each word, without a possessive `'s`. */
  end: Int32Array;
  /** Offset one past each word including a possessive `'s` (equal to `end` otherwise). */
  fullEnd: Int32Array;
  /** 1 for a dotted abbreviation such as "U.S.". */
  abbreviation: Uint8Array;
  private keys: (string | undefined)[] = [];

  /** Scan `text` into words in one left-to-right pass. */
  constructor(text: string) {
    this.text = text;
    const capacity = (text.length >> 3) + 16;
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.fullEnd = new Int32Array(capacity);
    this.abbreviation = new Uint8Array(capacity);
    this.scan();
    this.keys = new Array<string | undefined>(this.length);
  }

  /** Lookup key of word `i`: lower case, no diacritics, abbreviation dots removed ("U.S." → "us"). */
  key(i: number): string {
    let k = this.keys[i];
    if (k === undefined) {
      const raw = this.text.slice(this.start[i]!, this.end[i]!);
      k = this.abbreviation[i] === 1 ? wordKey(raw.replace(/\./g, '')) : wordKey(raw);
      this.keys[i] = k;
    }
    return k;
  }

  /** The text of word `i` as written, without a possessive. */
  raw(i: number): string {
    return this.text.slice(this.start[i]!, this.end[i]!);
  }

  /** True when word `i` carries a possessive `'s`. */
  isPossessive(i: number): boolean {
    return this.end[i] !== this.fullEnd[i];
  }

  private push(start: number, end: number, fullEnd: number, abbreviation: boolean): void {
    if (this.length === this.start.length) {
      const grow = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.start = grow(this.start, (n) => new Int32Array(n));
      this.end = grow(this.end, (n) => new Int32Array(n));
      this.fullEnd = grow(this.fullEnd, (n) => new Int32Array(n));
      this.abbreviation = grow(this.abbreviation, (n) => new Uint8Array(n));
    }
    const k = this.length++;
    this.start[k] = start;
    this.end[k] = end;
    this.fullEnd[k] = fullEnd;
    this.abbreviation[k] = abbreviation ? 1 : 0;
  }

  private scan(): void {
    const text = this.text;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128 ? ASCII_WORD[c] === 0 : !isWordAt(text, i)) {
        i++;
        continue;
      }
      const start = i;
      const abbrevEnd = abbreviationEnd(text, i);
      if (abbrevEnd > 0) {
        this.push(start, abbrevEnd, abbrevEnd, true);
        i = abbrevEnd;
        continue;
      }
      let j = i + 1;
      for (;;) {
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d < 128 ? ASCII_WORD[d] === 1 : isWordAt(text, j)) j++;
          else break;
        }
        if (j + 1 < n && isApostrophe(text.charCodeAt(j)) && isWordAt(text, j + 1)) {
          j += 1;
          continue;
        }
        break;
      }
      let end = j;
      const last = text.charCodeAt(j - 1);
      if (j - start >= 3 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(j - 2))) {
        end = j - 2;
      }
      this.push(start, end, j, false);
      i = j;
    }
  }
}

/** Split `text` into words (see {@link TokenList}). */
export function tokenize(text: string): TokenList {
  return new TokenList(text);
}

/**
 * The normalised separator between words `a` and `a + 1`, or `null` when a phrase may not
 * run across it (a line break, or more than a few characters of punctuation).
 *
 * Whitespace becomes one space, hyphens and en dashes become "-", and the dot after a short
 * abbreviation ("St.", "No.") is dropped, so "St. Petersburg" and "St Petersburg" share a key.
 */
export function gapKey(tokens: TokenList, a: number): string | null {
  const text = tokens.text;
  const from = tokens.fullEnd[a]!;
  const to = tokens.start[a + 1]!;
  const len = to - from;
  if (len === 1) {
    const code = text.charCodeAt(from);
    if (code === 32) return ' ';
    if (isHyphen(code)) return '-';
  }
  if (len <= 0) return '';
  if (len > 4) return null;
  const shortPrev = tokens.end[a]! - tokens.start[a]! <= 3;
  let out = '';
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 13) return null;
    if (code === 32 || code === 9 || code === 160 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f) {
      if (!out.endsWith(' ')) out += ' ';
    } else if (isHyphen(code)) {
      out += '-';
    } else if (code === 46) {
      if (!shortPrev) out += '.';
    } else if (isApostrophe(code)) {
      out += "'";
    } else {
      out += text.charAt(k);
    }
  }
  return out;
}
