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
