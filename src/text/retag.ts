import type { Token } from './types.js';

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
  for (let i = Math.max(from, 1); i < tokens.length; i++) {
    const t = tokens[i];
    const lemma = t ? PAST_FORMS.get(t.text.toLowerCase()) : undefined;
    if (!t || !lemma || (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN')) continue;
    if (!BEFORE_PAST.has(tokens[i - 1]?.text.toLowerCase() ?? '')) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
  }
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
  for (let i = Math.max(from, 1); i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const lemma = t ? GERUNDS.get(t.text) : undefined;
    const before = tokens[i - 1]?.text.toLowerCase() ?? '';
    // ("… as well as meeting X")
    const asWellAs = before === 'as' && tokens[i - 2]?.text.toLowerCase() === 'well';
    if (!t || !lemma || t.pos === 'VERB' || !(BEFORE_GERUND.has(before) || asWellAs)) continue;
    if (!/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
  }
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
  for (let i = Math.max(from, 1); i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const lemma = t ? PRESENT_FORMS.get(t.text) : undefined;
    if (!t || !lemma || t.pos === 'VERB' || tokens[i - 1]?.pos !== 'PROPN') continue;
    const next = tokens[i + 1]?.text ?? '';
    if (!/^\p{Lu}/u.test(next) && !OBJECT_OPENERS.has(next)) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
  }
}

/** Contact verbs spelt like nouns, and their lemmas ("will first visit Kuwait", "to also call X"). */
const BARE_FORMS: ReadonlyMap<string, string> = new Map([
  ['visit', 'visit'], ['call', 'call'], ['host', 'host'], ['meet', 'meet'], ['tour', 'tour'], ['phone', 'phone'], ['telephone', 'telephone'], ['receive', 'receive'], ['welcome', 'welcome'],
]);

/** Words after which a bare form is a verb: modals and the infinitive's "to". */
const BEFORE_BARE: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', 'to', "'ll"]);

/**
 * Corrects the tagger where a contact verb follows a modal or "to", perhaps past an adverb, and is
 * tagged a noun ("Modi will first visit Kuwait", "is due to officially visit Japan"): it is the verb.
 */
export function retagBareAfterModal(tokens: Token[], from: number): void {
  for (let i = Math.max(from, 1); i < tokens.length; i++) {
    const t = tokens[i];
    const lemma = t ? BARE_FORMS.get(t.text) : undefined;
    if (!t || !lemma || t.pos === 'VERB') continue;
    const before = tokens[i - 1];
    const modal = BEFORE_BARE.has(before?.text.toLowerCase() ?? '') || ((before?.pos === 'ADV' || before?.pos === 'ADJ') && BEFORE_BARE.has(tokens[i - 2]?.text.toLowerCase() ?? ''));
    if (!modal) continue;
    t.pos = 'VERB';
    t.lemma = lemma;
  }
}
