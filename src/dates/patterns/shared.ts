/**
 * Token readers shared by the patterns: day numbers, years, counts, month and weekday words.
 * Each reader looks at a fixed, small number of tokens and returns the index after what it read.
 */

import type { MatchContext } from '../context.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  MONTH_DETERMINERS,
  MONTHS,
  NUMBER_WORDS,
  ORDINAL_SUFFIXES,
  ORDINAL_WORDS,
  TENS_WORDS,
  WEEKDAYS,
  type MonthWord,
  type WeekdayWord,
} from '../lexicon.js';
import type { DateToken } from '../tokenize.js';

/** A value read from tokens, and the index of the first token after it. */
export interface Read<T> {
  value: T;
  next: number;
}

/** Lower-case text of token `i` (no trailing period), or `undefined` past the end. */
export function lowerAt(ctx: MatchContext, i: number): string | undefined {
  return ctx.tokens[i]?.lower;
}

/** Whether token `i` is the word `word` (case-insensitive). */
export function isWord(ctx: MatchContext, i: number, word: string): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'word' && t.lower === word;
}

/** Whether tokens `i`, `i + 1`, … are the words of `phrase` (case-insensitive). */
export function isPhrase(ctx: MatchContext, i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (!isWord(ctx, i + k, phrase[k] ?? '')) return false;
  return true;
}

/** Whether token `i` is one of `words` (case-insensitive). */
export function isOneOf(ctx: MatchContext, i: number, words: ReadonlySet<string>): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'word' && words.has(t.lower);
}

/** Whether token `i` is the punctuation `mark`. */
export function isPunct(ctx: MatchContext, i: number, mark: string): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'punct' && t.text === mark;
}

/** Whether token `i` is a hyphen or dash ("-", "–", "—"). */
export function isDash(ctx: MatchContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'punct' && (t.text === '-' || t.text === '\u2013' || t.text === '\u2014');
}

/** Whether tokens `a` and `a + 1` touch (no space between). */
export function touches(ctx: MatchContext, a: number): boolean {
  const x = ctx.tokens[a];
  const y = ctx.tokens[a + 1];
  return x !== undefined && y !== undefined && x.end === y.start;
}

/** Whether the token starts with an upper-case letter. */
export function isCapitalized(token: DateToken | undefined): boolean {
  if (!token) return false;
  const c = token.text[0] ?? '';
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Whether the token starts with a lower-case letter. */
export function isLowerInitial(token: DateToken | undefined): boolean {
  if (!token) return false;
  const c = token.text[0] ?? '';
  return c !== c.toUpperCase();
}

/** Whether token `i` is the first of its sentence. */
export function isSentenceStart(ctx: MatchContext, i: number): boolean {
  return i === 0 || ctx.sentenceIds[i - 1] !== ctx.sentenceIds[i];
}

/**
 * A day of the month written with digits: "17", "07", "17th", "1st" (1–31).
 * A digit run glued to a letter other than an ordinal suffix ("15km") is not a day.
 */
export function readDay(ctx: MatchContext, i: number): Read<number> | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'number' || t.text.length > 2 || !(t.value >= 1 && t.value <= 31)) return null;
  const prev = ctx.tokens[i - 1];
  if (prev && prev.end === t.start && (prev.kind === 'number' || prev.text === '.' || prev.text === ',' || prev.text === ':' || prev.text === '/' || prev.kind === 'word')) {
    return null;
  }
  const after = ctx.tokens[i + 1];
  if (after && after.start === t.end) {
    if (after.kind === 'word' && ORDINAL_SUFFIXES.has(after.lower)) return { value: t.value, next: i + 2 };
    if (after.kind === 'word' || after.text === '/' || after.text === ':' || after.text === '%' || after.text === '+') {
      return null;
    }
  }
  return { value: t.value, next: i + 1 };
}

/** A day written as an ordinal word: "first", "twenty-first", "thirtieth" (1–31). */
export function readOrdinalWord(ctx: MatchContext, i: number): Read<number> | null {
  const w = lowerAt(ctx, i);
  if (w === undefined) return null;
  const simple = ORDINAL_WORDS.get(w);
  if (simple !== undefined) return { value: simple, next: i + 1 };
  const tens = TENS_WORDS.get(w);
  if (tens !== undefined && isDash(ctx, i + 1) && touches(ctx, i) && touches(ctx, i + 1)) {
    const unit = ORDINAL_WORDS.get(lowerAt(ctx, i + 2) ?? '');
    if (unit !== undefined && unit < 10 && tens + unit <= 31) return { value: tens + unit, next: i + 3 };
  }
  return null;
}

/** A four-digit year between {@link MIN_YEAR} and {@link MAX_YEAR}. */
export function readYear(ctx: MatchContext, i: number): Read<number> | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'number' || t.text.length !== 4 || !(t.value >= MIN_YEAR && t.value <= MAX_YEAR)) return null;
  const after = ctx.tokens[i + 1];
  if (after && after.start === t.end && (after.kind === 'word' || after.text === '%')) return null;
  return { value: t.value, next: i + 1 };
}

/** A count: digits ("10") or a number word ("two", "a", "twenty-one"). */
export function readCount(ctx: MatchContext, i: number): Read<number> | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  if (t.kind === 'number') return t.value >= 0 && t.value <= 999 ? { value: t.value, next: i + 1 } : null;
  if (t.kind !== 'word') return null;
  const tens = TENS_WORDS.get(t.lower);
  if (tens !== undefined && isDash(ctx, i + 1) && touches(ctx, i) && touches(ctx, i + 1)) {
    const unit = NUMBER_WORDS.get(lowerAt(ctx, i + 2) ?? '');
    if (unit !== undefined && unit < 10 && unit > 0 && lowerAt(ctx, i + 2) !== 'a' && lowerAt(ctx, i + 2) !== 'an') {
      return { value: tens + unit, next: i + 3 };
    }
  }
  const n = NUMBER_WORDS.get(t.lower);
  return n === undefined ? null : { value: n, next: i + 1 };
}

/** The month word at `i` if it is capitalised ("January", "Sept."), without context checks. */
export function monthWordAt(ctx: MatchContext, i: number): MonthWord | undefined {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || !isCapitalized(t)) return undefined;
  return MONTHS.get(t.lower);
}

/**
 * How sure the surrounding words make a month reading:
 * - `date`: a day number or year stands next to it ("May 5", "March 2019");
 * - `trigger`: a trigger word precedes it ("in May", "early March");
 * - `none`: nothing (a full, unambiguous name is still accepted).
 */
export type MonthEvidence = 'date' | 'trigger' | 'none';

/**
 * The month (1–12) at token `i`, if the word is a month given the evidence:
 * abbreviations need a day or year next to them; "May" needs a day, a year or a trigger;
 * "March" without them needs a lower-case word or determiner before it ("a March meeting").
 */
export function readMonth(ctx: MatchContext, i: number, evidence: MonthEvidence): number | null {
  const word = monthWordAt(ctx, i);
  if (!word) return null;
  if (word.abbreviation && evidence !== 'date') return null;
  if (word.ambiguous && evidence === 'none') {
    if (lowerAt(ctx, i) === 'may') return null;
    const prev = ctx.tokens[i - 1];
    if (!prev || isSentenceStart(ctx, i) || prev.kind !== 'word') return null;
    if (!(MONTH_DETERMINERS.has(prev.lower) || (isLowerInitial(prev) && prev.lower !== "'s"))) return null;
  }
  return word.month;
}

/** The weekday word at `i` if capitalised; abbreviations only when `allowAbbreviation`. */
export function readWeekday(ctx: MatchContext, i: number, allowAbbreviation: boolean): WeekdayWord | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || !isCapitalized(t)) return null;
  const w = WEEKDAYS.get(t.lower);
  if (!w || (w.abbreviation && !allowAbbreviation)) return null;
  if (!w.abbreviation && t.text.endsWith('.')) return null;
  return w;
}

/**
 * Reads the separator between two items of a list at `i`: ",", "and" or ", and".
 * Returns where the next item starts and whether "and" closed the list, or `null`.
 */
export function readListSeparator(ctx: MatchContext, i: number): { next: number; and: boolean } | null {
  let m = i;
  const comma = isPunct(ctx, m, ',');
  if (comma) m++;
  const and = isWord(ctx, m, 'and');
  if (and) m++;
  return comma || and ? { next: m, and } : null;
}
