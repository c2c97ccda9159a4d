import type { Span } from '../types.js';

/**
 * Words of a text: letters/digits joined by inner hyphens, apostrophes and dots
 * ("Jae-in", "al-Assad", "O'Brien", "U.S", "2+2" is three words), any other non-space character
 * on its own. A possessive ending ("'s", "’s") is split off as a word of its own.
 *
 * Linear: each repetition of the inner group must begin with a separator that the word class
 * excludes, so the regex cannot backtrack. The group repeats at most 50 times (V8 keeps one
 * backtracking entry per repetition, and an unbounded `*` overflows the stack on a "word" of a
 * few million parts, "a-a-a-…"), and a part is at most 256 letters long, so that no later stage
 * meets a token of megabytes (a pattern such as `^\p{L}{4,}` overflows the stack on one); what
 * is left of a longer run goes on as the next word. No word in real text comes near either cap.
 */
const WORD = /[\p{L}\p{M}\p{N}]{1,256}(?:[-'’.][\p{L}\p{M}\p{N}]{1,256}){0,50}|[^\s\p{L}\p{M}\p{N}]/gu;

/** Splits `text.slice(from, to)` into word spans with offsets into `text`. */
export function words(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const part = text.slice(from, to);
  for (const m of part.matchAll(WORD)) {
    const start = from + (m.index ?? 0);
    const value = m[0];
    const possessive = /[\p{L}\p{M}][’']s$/u.test(value) && value.length > 3;
    if (possessive) {
      const cut = start + value.length - 2;
      out.push({ start, end: cut, text: text.slice(start, cut) });
      out.push({ start: cut, end: start + value.length, text: text.slice(cut, start + value.length) });
    } else {
      out.push({ start, end: start + value.length, text: value });
    }
  }
  return out;
}
