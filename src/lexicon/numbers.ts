/** Number words of news English, with their values ("two" → 2); digits are read as digits. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['twenty', 20],
]);

/** Ordinal words with their values ("third" → 3), and the words that place an item in a series without a number. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10],
]);

/** Words that place an item in a series without a number ("the final leg", "the next stop"). */
export const SERIES_POSITIONS: ReadonlySet<string> = new Set(['final', 'last', 'next', 'latest', 'penultimate', 'opening', 'closing']);

/** Words for an unspecified number of times or things ("several", "dozens"). */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(['several', 'many', 'multiple', 'numerous', 'dozens', 'various', 'countless']);

/** The value of a number word or a run of digits, or undefined. */
export function numberValue(word: string): number | undefined {
  if (/^\d{1,4}$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word);
}
