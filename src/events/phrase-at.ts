/** Whether one of `words` stands among the folded tokens `[from, to)`. */
export function wordBetween(folded: readonly string[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (words.has(folded[i] ?? '')) return true;
  return false;
}

/** Whether the folded tokens from index `i` on are the words of `phrase`, in order. */
export function phraseAt(folded: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (folded[i + k] !== phrase[k]) return false;
  return true;
}
