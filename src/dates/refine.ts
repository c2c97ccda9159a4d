/**
 * Refiners: choose non-overlapping matches (longest wins) and widen each match to
 * a preposition standing right before it ("on Wednesday", "in August").
 */

import type { Candidate } from './context.js';
import { SPAN_PREPOSITIONS } from './lexicon.js';
import type { DateToken } from './tokenize.js';

function charLength(c: Candidate, tokens: readonly DateToken[]): number {
  return (tokens[c.to - 1]?.end ?? 0) - (tokens[c.from]?.start ?? 0);
}

/**
 * Keeps a set of non-overlapping candidates: longer ones (in characters) first, then the
 * earlier one on ties. Returns them in text order.
 */
export function selectLongest(candidates: readonly Candidate[], tokens: readonly DateToken[]): Candidate[] {
  const order = candidates
    .map((c) => ({ c, len: charLength(c, tokens) }))
    .sort((a, b) => b.len - a.len || a.c.from - b.c.from);
  const taken = new Uint8Array(tokens.length);
  const kept: Candidate[] = [];
  for (const { c } of order) {
    let free = true;
    for (let k = c.from; k < c.to; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    for (let k = c.from; k < c.to; k++) taken[k] = 1;
    kept.push(c);
  }
  return kept.sort((a, b) => a.from - b.from);
}

/**
 * Widens each candidate (given in text order, non-overlapping) by one preceding
 * preposition from {@link SPAN_PREPOSITIONS}, when it is in the same sentence, on the
 * same line, not part of the previous candidate, and the candidate does not already
 * start with a preposition.
 */
export function attachPrepositions(
  chosen: readonly Candidate[],
  tokens: readonly DateToken[],
  sentenceIds: readonly number[],
): Candidate[] {
  let previousEnd = 0;
  return chosen.map((c) => {
    const p = c.from - 1;
    const prep = tokens[p];
    const first = tokens[c.from];
    let out = c;
    if (
      prep &&
      first &&
      p >= previousEnd &&
      prep.kind === 'word' &&
      SPAN_PREPOSITIONS.has(prep.lower) &&
      !SPAN_PREPOSITIONS.has(first.lower) &&
      !first.newlineBefore &&
      sentenceIds[p] === sentenceIds[c.from]
    ) {
      out = { ...c, from: p };
    }
    previousEnd = c.to;
    return out;
  });
}

/** Words that make "since X" the day of the last occasion, not a stretch ("not seen since March", "the first visit since 2019"). */
const LAST_OCCASION_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'first', 'last']);

/**
 * "has chaired the group since January 1": a stretch from that date up to the publication day.
 * Where the sentence before it negates or counts ("had not met since March", "the first visit
 * since 2019"), "since" names the last occasion, and the date keeps its own days; so does a date
 * after publication, or one with no publication day.
 */
export function sinceUntilNow(c: Candidate, tokens: readonly DateToken[], sentenceIds: readonly number[], publishedAt: string | null): Candidate {
  if (!publishedAt || tokens[c.from]?.lower !== 'since' || c.end >= publishedAt) return c;
  for (let i = c.from - 1; i >= 0 && sentenceIds[i] === sentenceIds[c.from]; i--) if (LAST_OCCASION_WORDS.has(tokens[i]?.lower ?? '')) return c;
  return { ...c, end: publishedAt, precision: 'range' };
}
