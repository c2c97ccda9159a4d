import { COMMON_WORDS, FEMALE_NAMES, FIRST_NAMES, MALE_NAMES, NAME_PARTS } from './data/name-lexicon.generated.js';

/**
 * Word lists from compromise's lexicon (given names, other name parts, ordinary English words),
 * generated into `data/name-lexicon.generated.ts` by `scripts/gen-name-lexicon.mjs` so that
 * compromise need not be imported at run time (its import alone takes ~0.3 s).
 */
interface NameLexicon {
  firstNames: Set<string>;
  femaleNames: Set<string>;
  maleNames: Set<string>;
  nameParts: Set<string>;
  commonWords: Set<string>;
}

let lexicon: NameLexicon | undefined;

function words(): NameLexicon {
  lexicon ??= {
    firstNames: new Set([FIRST_NAMES, FEMALE_NAMES, MALE_NAMES].join(' ').split(' ')),
    femaleNames: new Set(FEMALE_NAMES.split(' ')),
    maleNames: new Set(MALE_NAMES.split(' ')),
    nameParts: new Set(NAME_PARTS.split(' ')),
    commonWords: new Set(COMMON_WORDS.split(' ')),
  };
  return lexicon;
}

/** Whether compromise's lexicon knows the word as a given name ("Viktor", "Jen"). */
export function isKnownFirstName(word: string): boolean {
  return words().firstNames.has(word.toLowerCase());
}

/** Whether compromise's lexicon knows the word as part of a person's name (given or family). */
export function isKnownNamePart(word: string): boolean {
  const w = word.toLowerCase();
  return words().firstNames.has(w) || words().nameParts.has(w);
}

/** Whether the word is an ordinary English word (noun, verb, adjective, …) and not a name. */
export function isCommonWord(word: string): boolean {
  return words().commonWords.has(word.toLowerCase());
}

/** A person's sex as a given name tells it, where every source agrees ("Claudia" female, "Gustavo" male); undefined otherwise. */
export function givenNameSex(word: string): 'female' | 'male' | undefined {
  const w = word.toLowerCase();
  return words().femaleNames.has(w) ? 'female' : words().maleNames.has(w) ? 'male' : undefined;
}

/**
 * Endings that mark a family name in naming traditions the word lists cover thinly: East Slavic and
 * Central Asian (-ov, -eva, -enko, -uly, -zoda), Georgian (-shvili, -dze), Armenian (-yan),
 * South Slavic (-ović, -ić), Romanian (-escu), Polish (-ski, -ska), Persian (-zadeh), Lithuanian
 * (-ienė, -aitė, -ytė, -auskas, -avičius). Each needs
 * four letters before it, so short words ("Kiev", "Slav") do not qualify.
 */
const FAMILY_NAME_ENDING = /^\p{Lu}\p{Ll}{3,}(?:ov|ova|ev|eva|yev|yeva|enko|uly|kyzy|zoda|zada|zadeh|shvili|dze|yan|ovi[cć]|evi[cć]|escu|ski|ska|sky|skaya|ien[eė]|ait[eė]|yt[eė]|auskas|avi[cč]ius|evi[cč]ius)$/u;

/** Whether the word has the shape of a family name ("Koshanov", "Narbayeva", "Pashinyan", "Kobakhidze"). */
export function hasFamilyNameShape(word: string): boolean {
  return FAMILY_NAME_ENDING.test(word) && !isCommonWord(word.toLowerCase());
}
