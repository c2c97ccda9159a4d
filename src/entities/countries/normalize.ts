/**
 * Lookup keys for gazetteer words: lower case, no diacritics, one apostrophe.
 *
 * Keys are only ever used to look things up; spans always keep the original text.
 */

const MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2019\u2018\u02BC\u0060\u00B4]/g;

/** True when `s` contains only 7-bit ASCII characters (the common, fast case). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) return false;
  }
  return true;
}

/**
 * The lookup key of one word: diacritics removed ("Bogotá" → "bogota"),
 * typographic apostrophes turned into `'` ("d’Ivoire" → "d'ivoire"), lower case.
 */
export function wordKey(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'").toLowerCase();
}

/** True for a UTF-16 code unit that is an upper-case letter (ASCII fast path, Unicode otherwise). */
export function isUpperCaseUnit(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when `word` has at least one letter and no lower-case letter ("US", "U.S.", "G20", "MOSCOW"). */
export function isAllCaps(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) {
      letters++;
      continue;
    }
    if (code > 127) {
      const ch = word.charAt(i);
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters > 0;
}

/** True when `word` starts with an upper-case letter ("Hungary", "HUNGARY", "Élysée"). */
export function isCapitalised(word: string): boolean {
  return word.length > 0 && isUpperCaseUnit(word.charCodeAt(0));
}
