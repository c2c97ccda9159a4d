import type { Token } from './types.js';
import { MODAL_VERBS } from '../lexicon/modals.js';

/** Irregular past forms of contact verbs and their lemmas, which the tagger may take for nouns ("the two last spoke"). */
const PAST_FORMS: ReadonlyMap<string, string> = new Map([
  ['spoke', 'speak'], ['met', 'meet'], ['held', 'hold'], ['saw', 'see'], ['sat', 'sit'], ['flew', 'fly'], ['rang', 'ring'], ['went', 'go'], ['came', 'come'],
]);

/** Adverbs after which a past form is a verb ("last spoke", "first met", "never met"). */
const BEFORE_PAST: ReadonlySet<string> = new Set(['last', 'first', 'never', 'previously', 'recently', 'already', 'also', 'briefly', 'jointly']);

/**
 * Corrects the tagger where a past form of a contact verb follows an adverb of time and is tagged a
 * noun or adjective ("The two ministers last spoke by telephone"): it is the verb, with its lemma.
 * Tokens from `from` on are corrected in place.
 */
export function retagPastForms(tokens: Token[], from: number): void {
  const fits = (i: number, t: Token): boolean => (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') && BEFORE_PAST.has(wordAt(tokens, i - 1));
  retagForms(tokens, from, PAST_FORMS, fits, (text) => text.toLowerCase());
}

/**
 * Makes verbs, with their lemma, of the words of `forms` (looked up by `key` of their text) from
 * token `from` on, where `fits` says their context wants a verb: the one loop of the rules below.
 */
function retagForms(tokens: Token[], from: number, forms: ReadonlyMap<string, string>, fits: (i: number, t: Token) => boolean, key = (text: string): string => text): void {
  for (let i = Math.max(from, 1); i < tokens.length; i++) {
    const t = tokens[i];
    const lemma = t ? forms.get(key(t.text)) : undefined;
    if (!t || !lemma || !fits(i, t)) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
  }
}

/** The lower-case text of token `i`, or '' outside the sentence's tokens. */
function wordAt(tokens: Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? '';
}

/** Gerunds of contact verbs and their lemmas, which the tagger may take for nouns (", meeting Chancellor X in Berlin"). */
const GERUNDS: ReadonlyMap<string, string> = new Map([
  ['meeting', 'meet'], ['hosting', 'host'], ['visiting', 'visit'], ['receiving', 'receive'], ['welcoming', 'welcome'], ['calling', 'call'], ['phoning', 'phone'], ['telephoning', 'telephone'],
]);

/** Words after which a gerund opens a clause of its own (", meeting X", "after meeting X"). */
const BEFORE_GERUND: ReadonlySet<string> = new Set([',', 'after', 'before', 'while', 'by', 'when', 'since', 'then', 'also']);

/**
 * Corrects the tagger where the gerund of a contact verb opens a participial clause and is
 * followed by a capitalised word, its object ("made a tour of European capitals, meeting German
 * Chancellor X in Berlin"): it is the verb, with its lemma. Tokens from `from` on are corrected in place.
 */
export function retagGerunds(tokens: Token[], from: number): void {
  // ("… as well as meeting X")
  const opensClause = (i: number): boolean => BEFORE_GERUND.has(wordAt(tokens, i - 1)) || (wordAt(tokens, i - 1) === 'as' && wordAt(tokens, i - 2) === 'well');
  retagForms(tokens, from, GERUNDS, (i, t) => t.pos !== 'VERB' && opensClause(i) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''));
}

/**
 * Corrects the tagger where a past form in "-ed" stands between a name and its object and is
 * tagged an adjective ("Erdogan informed Russian President Putin by telephone"): it is the verb.
 */
export function retagPastAfterName(tokens: Token[], from: number): void {
  for (let i = Math.max(from, 1); i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.pos !== 'ADJ' || !/^[a-z]+ed$/.test(t.text)) continue;
    if (tokens[i - 1]?.pos !== 'PROPN' || !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) continue;
    t.pos = 'VERB';
  }
}

/** Present forms of contact verbs and their lemmas, which the tagger may take for plural nouns ("Putin visits Brazil"). */
const PRESENT_FORMS: ReadonlyMap<string, string> = new Map([
  ['visits', 'visit'], ['hosts', 'host'], ['meets', 'meet'], ['receives', 'receive'], ['welcomes', 'welcome'], ['calls', 'call'], ['phones', 'phone'], ['telephones', 'telephone'], ['greets', 'greet'],
]);

/** Words that may open a verb's object after a present form ("hosts the Emir", "visits his counterpart"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/**
 * Corrects the tagger where the present form of a contact verb stands between a name and its object
 * and is tagged a noun, as in headlines and captions ("Russian President Vladimir Putin visits
 * Brazil", "Xi hosts Lula in Beijing"): it is the verb, with its lemma.
 */
export function retagPresentAfterName(tokens: Token[], from: number): void {
  const objectNext = (i: number): boolean => /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') || OBJECT_OPENERS.has(tokens[i + 1]?.text ?? '');
  retagForms(tokens, from, PRESENT_FORMS, (i, t) => t.pos !== 'VERB' && tokens[i - 1]?.pos === 'PROPN' && objectNext(i));
}

/** Contact verbs spelt like nouns, and their lemmas ("will first visit Kuwait", "to also call X"). */
const BARE_FORMS: ReadonlyMap<string, string> = new Map([
  ['visit', 'visit'], ['call', 'call'], ['host', 'host'], ['meet', 'meet'], ['tour', 'tour'], ['phone', 'phone'], ['telephone', 'telephone'], ['receive', 'receive'], ['welcome', 'welcome'],
]);

/** Words after which a bare form is a verb: modals and the infinitive's "to". */
const BEFORE_BARE: ReadonlySet<string> = new Set([...MODAL_VERBS, 'to']);

/**
 * Corrects the tagger where a contact verb follows a modal or "to", perhaps past an adverb, and is
 * tagged a noun ("Modi will first visit Kuwait", "is due to officially visit Japan"): it is the verb.
 */
export function retagBareAfterModal(tokens: Token[], from: number): void {
  const adverb = (i: number): boolean => tokens[i]?.pos === 'ADV' || tokens[i]?.pos === 'ADJ';
  const afterModal = (i: number): boolean => BEFORE_BARE.has(wordAt(tokens, i - 1)) || (adverb(i - 1) && BEFORE_BARE.has(wordAt(tokens, i - 2)));
  retagForms(tokens, from, BARE_FORMS, (i, t) => t.pos !== 'VERB' && afterModal(i));
}

/** Words after which no finite verb stands: "of", articles, possessives and quantities ("a flurry of calls", "several visits"). */
const BEFORE_NOUN: ReadonlySet<string> = new Set(['of', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'several', 'many', 'two', 'three', 'four', 'five', 'numerous', 'multiple', 'frequent', 'regular']);

/**
 * Corrects the tagger where a plural noun of contact follows "of", an article or a quantity and is
 * tagged a verb ("a flurry of calls with", "several visits to"): it is the noun, with its lemma.
 */
export function retagNounsAfterDeterminers(tokens: Token[], from: number): void {
  for (let i = Math.max(from, 1); i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.pos === 'VERB' && /[^s]s$/.test(t.text) && /^\p{Ll}/u.test(t.text) && BEFORE_NOUN.has(wordAt(tokens, i - 1))) t.pos = 'NOUN';
  }
}
