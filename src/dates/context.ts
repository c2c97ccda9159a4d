/**
 * What every pattern sees (tokens, sentence ids, publication day, clause tense)
 * and what it returns (a {@link Candidate}).
 */

import type { DatePrecision } from '../types.js';
import type { DayRange } from './calendar.js';
import { tenseOfTokens, type Tense } from './tense.js';
import type { DateToken } from './tokenize.js';

/** A resolved match over tokens `[from, to)`. */
export interface Candidate extends DayRange {
  /** First token of the expression. */
  from: number;
  /** One past its last token. */
  to: number;
  /** How exact the expression is. */
  precision: DatePrecision;
}

/** Read-only input of the patterns. */
export interface MatchContext {
  /** Tokens of the whole text. */
  readonly tokens: readonly DateToken[];
  /** Sentence number of each token. */
  readonly sentenceIds: readonly number[];
  /** Publication day, or `null` (then only expressions carrying their own year resolve). */
  readonly pub: string | null;
  /** Tense of the clause around tokens `[from, to)`. */
  tense(from: number, to: number): Tense;
}

/**
 * A pattern: tries to recognise one kind of expression starting exactly at token `i`
 * and returns its longest resolved reading, or `null`. Patterns read a bounded number
 * of tokens, so running all of them at every token is linear in the text length.
 */
export type DatePattern = (ctx: MatchContext, i: number) => Candidate | null;

/** Builds a {@link MatchContext}. */
export function createContext(
  tokens: readonly DateToken[],
  sentenceIds: readonly number[],
  pub: string | null,
): MatchContext {
  return {
    tokens,
    sentenceIds,
    pub,
    tense: (from, to) => tenseOfTokens(tokens, sentenceIds, from, to),
  };
}

/** Shorthand to build a {@link Candidate}. */
export function candidate(from: number, to: number, range: DayRange, precision: DatePrecision): Candidate {
  return { from, to, start: range.start, end: range.end, precision };
}
