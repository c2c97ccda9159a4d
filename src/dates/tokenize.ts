/**
 * A small linear-time tokeniser for date matching.
 *
 * Tokens are runs of digits ("2019", "3.5", "1,000"), words (letters with inner
 * apostrophes or periods: "won't", "U.S", "a.m."), the possessive "'s" on its own,
 * and single punctuation characters. A word keeps a trailing period only when it is
 * a known abbreviation ("Sept.", "Mr.") or has inner periods ("a.m."); otherwise the
 * period is its own token (a sentence end).
 */

import { ABBREVIATIONS } from './lexicon.js';

/** Kind of a {@link DateToken}. */
export type TokenKind = 'number' | 'word' | 'punct';

/** One token of the input, with offsets into the original string. */
export interface DateToken {
  /** The token as written. */
  text: string;
  /** Lower-case text without a trailing period ("Sept." → "sept"). */
  lower: string;
  /** Offset of the first code unit (inclusive). */
  start: number;
  /** Offset one past the last code unit. */
  end: number;
  /** Digits, word or punctuation. */
  kind: TokenKind;
  /** Integer value of a pure digit run ("07" → 7); `NaN` otherwise. */
  value: number;
  /** Whether a line break stands between this token and the previous one. */
  newlineBefore: boolean;
}

const LETTER = /\p{L}/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  const cp = text.codePointAt(i);
  return cp !== undefined && LETTER.test(String.fromCodePoint(cp));
}

function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === '\u2019';
}

function isPossessiveAt(text: string, i: number, end: number): boolean {
  const s = text[i + 1];
  return isApostrophe(text[i]) && (s === 's' || s === 'S') && !isLetterAt(text, i + 2, end);
}

/** End of the number at `i` ("2024", "1,500", "3.5"), and whether it is digits alone. */
function numberEnd(text: string, i: number, to: number): { end: number; pure: boolean } {
  let j = i;
  let pure = true;
  while (j < to && isDigit(text.charCodeAt(j))) {
    j++;
    const sep = text[j];
    if ((sep === '.' || sep === ',') && j + 1 < to && isDigit(text.charCodeAt(j + 1))) {
      pure = false;
      j++;
    }
  }
  return { end: j, pure };
}

/** End of the word at `i`: letters, inner dots ("U.S") and apostrophes ("O'Neill"), with the final dot of an abbreviation ("Sept."). */
function wordEnd(text: string, i: number, to: number): number {
  let j = i + charLength(text, i);
  let innerDot = false;
  for (;;) {
    if (isLetterAt(text, j, to)) j += charLength(text, j);
    else if (text[j] === '.' && isLetterAt(text, j + 1, to)) {
      innerDot = true;
      j += 1;
    } else if (isApostrophe(text[j]) && isLetterAt(text, j + 1, to) && !isPossessiveAt(text, j, to)) j += 1;
    else break;
  }
  const lower = text.slice(i, j).toLowerCase();
  const first = text[i] ?? '';
  if (text[j] === '.' && j < to && (innerDot || (ABBREVIATIONS.has(lower) && first !== first.toLowerCase()))) j += 1;
  return j;
}

/**
 * Splits `text[from, to)` into tokens, in one left-to-right pass.
 *
 * @param text - The whole input (offsets are into it).
 * @param from - First offset to read (default 0).
 * @param to - Offset to stop at (default `text.length`).
 */
export function tokenize(text: string, from = 0, to = text.length): DateToken[] {
  const tokens: DateToken[] = [];
  let newline = false;
  let i = from;
  const push = (start: number, end: number, kind: TokenKind, lower: string, value = Number.NaN): void => {
    tokens.push({ text: text.slice(start, end), lower, start, end, kind, value, newlineBefore: newline });
    newline = false;
  };
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      newline = true;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      const { end, pure } = numberEnd(text, i, to);
      const raw = text.slice(i, end);
      push(i, end, 'number', raw, pure ? Number(raw) : Number.NaN);
      i = end;
      continue;
    }
    if (isLetterAt(text, i, to)) {
      const end = wordEnd(text, i, to);
      push(i, end, 'word', text.slice(i, end).replace(/\.$/, '').toLowerCase().replace(/\u2019/g, "'"));
      i = end;
      continue;
    }
    if (isPossessiveAt(text, i, to)) {
      push(i, i + 2, 'word', "'s");
      i += 2;
      continue;
    }
    const len = charLength(text, i);
    push(i, i + len, 'punct', text.slice(i, i + len));
    i += len;
  }
  return tokens;
}
