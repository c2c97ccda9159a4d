import nlp from 'compromise';

type LexiconValue = string | string[] | undefined;
let lexicon: Record<string, LexiconValue> | undefined;

function lookup(word: string): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, LexiconValue> } }).one.lexicon;
  const value = lexicon[word.toLowerCase()];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const ANY_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Honorific']);
const COMMON_WORD_TAGS = new Set([
  'Singular', 'Plural', 'Adjective', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Adverb',
  'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Comparative', 'Superlative', 'Uncountable',
  'Noun', 'Verb', 'Modal', 'Copula', 'Participle', 'Unit', 'Actor', 'Organization', 'City', 'Place',
  'Region', 'Country', 'SportsTeam', 'Currency', 'Expression', 'Cardinal', 'Ordinal', 'Month', 'WeekDay',
]);

/** Whether compromise's lexicon knows the word as a given name ("Viktor", "Jen"). */
export function isKnownFirstName(word: string): boolean {
  return lookup(word).some((t) => FIRST_NAME_TAGS.has(t));
}

/** Whether compromise's lexicon knows the word as part of a person's name (given or family). */
export function isKnownNamePart(word: string): boolean {
  return lookup(word).some((t) => ANY_NAME_TAGS.has(t));
}

/** Whether the word is an ordinary English word (noun, verb, adjective, …) and not a name. */
export function isCommonWord(word: string): boolean {
  const tags = lookup(word);
  return tags.length > 0 && !tags.some((t) => ANY_NAME_TAGS.has(t)) && tags.some((t) => COMMON_WORD_TAGS.has(t));
}
