/**
 * Sentence membership of tokens: the window within which clause tense is read
 * and which no date expression may cross.
 */

import type { Span } from '../types.js';
import type { DateToken } from './tokenize.js';

const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '\u2026']);

/**
 * Sentence number of every token, from punctuation: a sentence ends after `.`, `!`, `?`
 * or `…` (abbreviations such as "Sept." and "a.m." are single tokens, so they do not end
 * one) and at every line break.
 */
export function sentenceIdsFromPunctuation(tokens: readonly DateToken[]): number[] {
  const ids: number[] = new Array<number>(tokens.length);
  let id = 0;
  let endPending = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (i > 0 && (endPending || t.newlineBefore)) id++;
    endPending = t.kind === 'punct' && SENTENCE_END.has(t.text);
    ids[i] = id;
  }
  return ids;
}

/**
 * Sentence number of every token, from caller-given sentence spans. Tokens outside
 * every given span fall back to punctuation-based sentences (numbered after the given ones).
 *
 * @param tokens - Tokens in text order.
 * @param sentences - Sentence spans (any order; overlapping spans are not expected).
 */
export function sentenceIdsFromSpans(tokens: readonly DateToken[], sentences: readonly Span[]): number[] {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const fallback = sentenceIdsFromPunctuation(tokens);
  const ids: number[] = new Array<number>(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    while (s < sorted.length && (sorted[s]?.end ?? 0) <= t.start) s++;
    const sentence = sorted[s];
    ids[i] =
      sentence && sentence.start <= t.start && t.end <= sentence.end ? s : sorted.length + (fallback[i] ?? 0);
  }
  return ids;
}
