/**
 * Folds a word for matching: diacritics removed, lower-case, typographic apostrophes made plain.
 * "Orbán" and "ORBAN" both fold to "orban"; output keeps the original spelling.
 */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'");
}
