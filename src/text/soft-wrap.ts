/**
 * Hard-wrapped text: wire copy, press releases pasted from PDF and e-mail bodies break lines
 * inside sentences. A line break still ends a sentence by default (headlines, datelines, captions
 * and bullets stand on lines of their own); it is a soft wrap, read as a space, when the text
 * plainly runs on across it.
 */

/**
 * A line that ends inside a sentence: after a comma, after the initial of a name ("Tariq M."), or
 * after a word that cannot end one (a preposition, an article, a conjunction).
 */
const RUNS_ON = /(?:,|\b\p{Lu}[\p{Ll}'’-]+ \p{Lu}\.|(?:^|\s)(?:in|on|at|of|to|for|with|from|by|and|or|the|a|an)|\s(?:its|his|her|their))[ \t]*$/u;

/** A line that starts inside a sentence: with a small letter. */
const CONTINUES = /^[ \t]*\p{Ll}/u;

/** A line that starts a sentence of its own whatever came before: a bullet or a capital after a comma that ends a list item. */
const OWN_LINE = /^[ \t]*(?:[-–—•*·]|\d+[.)])/u;

/**
 * Whether the line break at offset `at` of `text` is a soft wrap inside a sentence: the next line
 * is not blank, not a bullet, and either starts with a small letter, or follows a line that ends
 * with a comma or a name's initial.
 *
 * @example "Kenya's envoy, Amina W.\nOdhiambo, called on the president" — soft (an initial)
 * @example "talks at the residence in Lusaka\non Monday." — soft (a small letter)
 * @example "Leaders meet in Nairobi\nNAIROBI — Kenya's president …" — hard (a headline)
 */
export function isSoftWrap(text: string, at: number): boolean {
  if (text[at] !== '\n') return false;
  const nextEnd = text.indexOf('\n', at + 1);
  const next = text.slice(at + 1, nextEnd < 0 ? text.length : nextEnd);
  if (next.trim() === '' || OWN_LINE.test(next)) return false;
  if (CONTINUES.test(next)) return true;
  const before = text.slice(Math.max(0, at - 40), at);
  return RUNS_ON.test(before);
}
