/**
 * A small, linear, non-backtracking word scanner for gazetteer matching.
 *
 * A word is a run of letters, combining marks and digits, optionally joined by an inner
 * apostrophe ("People's", "d’Ivoire", "Sana'a"). Dotted abbreviations of single letters
 * ("U.S.", "U.K.", "D.C.", "U.N.") are one word. A trailing possessive ("Hungary's",
 * "Hungary’s") is kept out of the word's span, so the span text is "Hungary".
 * Every character is looked at a bounded number of times, so the scan is O(n).
 */

import { wordKey } from './normalize.js';

/** One word of the input, with UTF-16 offsets into it. */
export interface WordToken {
  /** Offset of the first code unit. */
  start: number;
  /** Offset one past the word, without a possessive `'s`. */
  end: number;
  /** Offset one past the word including a possessive `'s` (equal to `end` otherwise). */
  fullEnd: number;
  /** Lookup key: lower case, no diacritics, abbreviation dots removed ("U.S." → "us"). */
  key: string;
  /** True for a dotted abbreviation such as "U.S." */
  abbreviation: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /[\p{L}]/u;

/** True when the code unit at `i` belongs to a word (handles surrogate pairs). */
function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  if (Number.isNaN(code)) return false;
  if (code >= 0xdc00 && code <= 0xdfff) {
    // Low surrogate: part of the pair that started one unit earlier.
    return i > 0 && isWordAt(text, i - 1);
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

/** True for a single-letter dotted abbreviation starting at `i` ("U.S.", "D.C.", "e.g."). */
function abbreviationEnd(text: string, i: number): number {
  // Pattern: L . L (. L)* .?  where every L is one letter not followed by another word char.
  if (!isLetterAt(text, i) || text.charCodeAt(i + 1) !== 46) return -1;
  if (!isLetterAt(text, i + 2) || isWordAt(text, i + 3)) return -1;
  let j = i + 2;
  while (text.charCodeAt(j + 1) === 46 && isLetterAt(text, j + 2) && !isWordAt(text, j + 3)) {
    j += 2;
  }
  // j is the last letter; include a trailing dot if there is one.
  return text.charCodeAt(j + 1) === 46 ? j + 2 : j + 1;
}

/** Split `text` into words in one left-to-right pass. */
export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    const abbrevEnd = abbreviationEnd(text, i);
    if (abbrevEnd > 0) {
      const raw = text.slice(start, abbrevEnd);
      tokens.push({ start, end: abbrevEnd, fullEnd: abbrevEnd, key: wordKey(raw.replace(/\./g, '')), abbreviation: true });
      i = abbrevEnd;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < n && isWordAt(text, j)) j++;
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
    tokens.push({ start, end, fullEnd: j, key: wordKey(text.slice(start, end)), abbreviation: false });
    i = j;
  }
  return tokens;
}

/**
 * The normalised separator between two consecutive words, or `null` when a phrase may not
 * run across it (a line break, or more than a few characters of punctuation).
 *
 * Whitespace becomes one space, hyphens and en dashes become "-", and the dot after a short
 * abbreviation ("St.", "No.") is dropped, so "St. Petersburg" and "St Petersburg" share a key.
 */
export function gapKey(text: string, prev: WordToken, next: WordToken): string | null {
  const from = prev.fullEnd;
  const to = next.start;
  const len = to - from;
  if (len === 1) {
    const code = text.charCodeAt(from);
    if (code === 32) return ' ';
    if (isHyphen(code)) return '-';
  }
  if (len <= 0) return '';
  if (len > 4) return null;
  let out = '';
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 13) return null;
    if (code === 32 || code === 9 || code === 160 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f) {
      if (!out.endsWith(' ')) out += ' ';
    } else if (isHyphen(code)) {
      out += '-';
    } else if (code === 46) {
      if (prev.end - prev.start > 3) out += '.';
    } else if (isApostrophe(code)) {
      out += "'";
    } else {
      out += text.charAt(k);
    }
  }
  return out;
}
