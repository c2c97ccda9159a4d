import type { PatternNode, WordSets } from './types.js';

/** The words and lemmas a pattern's first token must have, or null when it may start with any token. */
export interface FirstTokens {
  words: string[];
  lemmas: string[];
}

/**
 * What a match of `nodes` can start with, for indexing patterns by their first word: the words
 * and lemmas of a first word, lemma or word-set test (an optional first element adds what may
 * follow it); null when the first element is a tag, a span, a unit, an anchor or a negation.
 */
export function firstTokens(nodes: readonly PatternNode[], sets: WordSets = {}): FirstTokens | null {
  const first = nodes[0];
  if (!first) return null;
  const own = firstOf(first, sets);
  if (!own) return null;
  if (!canBeEmpty(first)) return own;
  const rest = firstTokens(nodes.slice(1), sets);
  return rest ? { words: [...own.words, ...rest.words], lemmas: [...own.lemmas, ...rest.lemmas] } : null;
}

function firstOf(node: PatternNode, sets: WordSets): FirstTokens | null {
  switch (node.kind) {
    case 'word':
      return node.negated ? null : { words: [...node.words], lemmas: [] };
    case 'lemma':
      return node.negated ? null : { words: [], lemmas: [...node.lemmas] };
    case 'set': {
      const set = sets[node.name];
      return node.negated || !set ? null : { words: [...set], lemmas: [...set] };
    }
    case 'capture':
      return firstTokens(node.body, sets);
    case 'repeat':
      return firstTokens([node.body], sets);
    case 'group': {
      const all = node.alternatives.map((a) => firstTokens(a, sets));
      if (all.some((a) => a === null)) return null;
      return { words: all.flatMap((a) => a?.words ?? []), lemmas: all.flatMap((a) => a?.lemmas ?? []) };
    }
    default:
      return null;
  }
}

function canBeEmpty(node: PatternNode): boolean {
  if (node.kind === 'repeat') return node.min === 0 || canBeEmpty(node.body);
  if (node.kind === 'group') return node.alternatives.some((a) => a.every(canBeEmpty));
  if (node.kind === 'capture') return node.body.every(canBeEmpty);
  return false;
}
