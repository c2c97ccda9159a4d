import type { PatternNode } from './types.js';

/** The words and lemmas a pattern's first token must have, or null when it may start with any token. */
export interface FirstTokens {
  words: string[];
  lemmas: string[];
}

/**
 * What a match of `nodes` can start with, for indexing patterns by their first word: null when
 * the first element is not a plain word or lemma test (a tag, a set, a unit, an optional element).
 */
export function firstTokens(nodes: readonly PatternNode[]): FirstTokens | null {
  const first = nodes[0];
  if (!first) return null;
  switch (first.kind) {
    case 'word':
      return first.negated ? null : { words: [...first.words], lemmas: [] };
    case 'lemma':
      return first.negated ? null : { words: [], lemmas: [...first.lemmas] };
    case 'capture':
      return firstTokens(first.body);
    case 'repeat':
      return first.min > 0 ? firstTokens([first.body]) : null;
    case 'group': {
      const all = first.alternatives.map(firstTokens);
      if (all.some((a) => a === null)) return null;
      return { words: all.flatMap((a) => a?.words ?? []), lemmas: all.flatMap((a) => a?.lemmas ?? []) };
    }
    default:
      return null;
  }
}
