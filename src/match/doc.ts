import type { MatchDoc } from './types.js';

/** A typed stretch of tokens from an earlier stage, by token index (`end` exclusive). */
export interface TokenSpan {
  start: number;
  end: number;
}

/** The tokens of a document as the matcher sees them. */
export interface MatchTokens {
  words: readonly string[];
  lemmas: readonly string[];
  pos: readonly string[];
  texts: readonly string[];
}

/**
 * Builds a {@link MatchDoc} from token arrays and typed spans ("PERSON", "COUNTRY", "DATE" …).
 * Overlapping spans of one type: the first one given wins for each token.
 */
export function createMatchDoc(tokens: MatchTokens, spans: Readonly<Record<string, readonly TokenSpan[]>>): MatchDoc {
  const n = tokens.words.length;
  const ends = new Map<string, Int32Array>();
  const inside = new Map<string, Uint8Array>();
  for (const [type, list] of Object.entries(spans)) {
    const end = new Int32Array(n).fill(-1);
    const covered = new Uint8Array(n);
    for (const s of list) {
      if (s.start < 0 || s.end > n || s.start >= s.end || covered[s.start]) continue;
      end[s.start] = s.end;
      for (let i = s.start; i < s.end; i++) covered[i] = 1;
    }
    ends.set(type, end);
    inside.set(type, covered);
  }
  return {
    length: n,
    ...tokens,
    inSpan: (type, i) => inside.get(type)?.[i] === 1,
    spanStart: (type, i) => (ends.get(type)?.[i] ?? -1) > i,
    spanEnd: (type, i) => {
      const end = ends.get(type);
      if (!end) return i;
      for (let k = i; k >= 0; k--) if ((end[k] ?? -1) > i) return end[k] ?? i;
      return i;
    },
  };
}
