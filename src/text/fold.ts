/**
 * Folds a word for matching: diacritics removed, lower-case, typographic apostrophes made plain.
 * "Orbán" and "ORBAN" both fold to "orban"; output keeps the original spelling.
 */
export function fold(word: string): string {
  // Most words of English news are plain ASCII: lower-casing is then the whole job, and it skips
  // the normalisation and two regex passes (fold is among the hottest functions of the pipeline).
  if (isPlainAscii(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'");
}

/** ASCII without the backtick, the one ASCII character that folding rewrites. */
function isPlainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 0x7e || code === 0x60) return false;
  }
  return true;
}
