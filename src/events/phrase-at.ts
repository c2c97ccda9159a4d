/** Whether the folded tokens from index `i` on are the words of `phrase`, in order. */
export function phraseAt(folded: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (folded[i + k] !== phrase[k]) return false;
  return true;
}
