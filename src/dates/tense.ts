/**
 * Tense of the clause around a date expression, read from marker words.
 *
 * The words before the expression (same sentence, nearest first, at most
 * {@link TENSE_WINDOW} tokens) are tried first; only when none of them is a marker
 * are the words after it tried. No marker at all gives `'present'`.
 *
 * Two refinements read the words right before a future marker:
 * - "to + verb" ("to meet") is future, except after a past verb that is not itself a verb
 *   of planning or agreeing: "refused to take a call on Saturday", "failed to meet",
 *   "tried to", "travelled to meet", "went to see", "was to visit", "had to leave" are
 *   past. After a verb of planning ({@link PLAN_VERBS}: "agreed to meet", "decided to
 *   hold", "was invited to visit") the plan verb decides, as below. After a participle
 *   following "is/are/being/be" ("is required to attend", "will be forced to leave") it
 *   stays future.
 * - Future in the past: a future marker (or plan verb) right after "had" or a pluperfect
 *   "been" (one "-ly" adverb may stand between) names a plan made in the past for a time
 *   that has usually passed too: "had been due to meet on Sunday", "had been scheduled to
 *   visit in April", "had been expected to attend on Monday", "had agreed to meet" are
 *   past. "has been scheduled for Tuesday" (present perfect) stays future.
 *   Exception, by choice: verbs of intention ({@link INTENTION_VERBS}: "had planned",
 *   "had been planned", "had hoped", "had intended", "had wanted") keep the future —
 *   such plans are mostly reported when cancelled or changed before their date ("called off
 *   the trip she had planned for late March", published in February).
 */

import { sentenceIdsFromPunctuation } from './sentences.js';
import { tokenize, type DateToken } from './tokenize.js';
import { TRAVEL_VERBS } from '../lexicon/travel.js';
import { OCCASION_PREPOSITIONS } from '../lexicon/occasions.js';

/** Tense of a clause. `'present'` also stands for "no marker found". */
export type Tense = 'past' | 'future' | 'present';

/** How many tokens on each side of the expression are read. */
export const TENSE_WINDOW = 40;

/** Words that make a clause future ("will", "scheduled", "next"). */
export const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will', "won't", 'wont', 'shall', 'would', "wouldn't", 'might', 'should', 'tomorrow', 'scheduled', 'expected',
  'expects', 'expect', 'expecting', 'planned', 'planning', 'slated', 'upcoming', 'next', 'forthcoming', 'intending',
  'soon', 'prepares', 'preparing', 'want', 'wants', 'hope', 'hopes',
]);

/**
 * Present-tense verbs of a timetable, which speak of what is still to come ("the summit ends on
 * Thursday"), with the third person of every verb of travel ("flies to Helsinki on Thursday") and
 * of the verbs of a contact ("meets Rutte on Thursday").
 */
export const SCHEDULE_PRESENT: ReadonlySet<string> = new Set([
  'ends', 'begins', 'starts', 'opens', 'closes', 'concludes', 'resumes', 'convenes', 'reconvenes', 'follows',
  // a contact in the timetable present ("On Thursday Scholz meets Rutte", "hosts Lula on Friday")
  'meets', 'hosts', 'receives', 'visits', 'welcomes',
  ...[...TRAVEL_VERBS].filter((w) => /[^s]s$/.test(w)),
]);

/** Words that make a clause future only when followed by "to" or "for" ("set to", "due to", "plans to"). */
export const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set([
  'set', 'due', 'going', 'poised', 'likely', 'unlikely', 'about', 'ready', 'plan', 'plans', 'aim', 'aims', 'hope',
  'hopes', 'intend', 'intends', 'want', 'wants', 'seeks', 'agree', 'agrees', 'prepare',
]);

/** Words that are not markers when the next word is one of these ("next to him", "could not agree"). */
export const MARKER_BLOCKERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['next', new Set(['to'])],
  // "Heads of State and Government": a noun, not "heads to Paris"
  ['heads', new Set(['of'])],
  ['could', new Set(['not', 'hardly', 'barely', 'only'])],
]);

/**
 * Past forms of verbs of planning, agreeing, promising and asking: "to + verb" after them
 * still points ahead ("agreed to meet on Monday", "was invited to visit in March").
 */
export const PLAN_VERBS: ReadonlySet<string> = new Set([
  'agreed', 'decided', 'promised', 'pledged', 'vowed', 'swore', 'sworn', 'planned', 'scheduled', 'arranged',
  'expected', 'offered', 'invited', 'asked', 'proposed', 'hoped', 'wanted', 'intended', 'aimed', 'prepared',
  'determined', 'resolved', 'threatened', 'requested', 'volunteered', 'undertook', 'voted', 'ordered', 'instructed',
  'urged', 'slated', 'committed', 'designated',
]);

/**
 * Verbs of intention that keep the future after "had" / "had been" ("had planned for early
 * December"); other future markers there give the past ("had been scheduled to visit in April").
 */
export const INTENTION_VERBS: ReadonlySet<string> = new Set([
  'planned', 'planning', 'intended', 'intending', 'hoped', 'hoping', 'wanted', 'aimed',
]);

/** Auxiliaries before "been" that make it present perfect ("has been scheduled"): no future in the past. */
const PERFECT_AUX: ReadonlySet<string> = new Set(['has', 'have', "'ve", "'s", "hasn't", "haven't", 'having']);

/** Base-form verbs that make "to + verb" a future marker ("to meet", "to hold"). */
export const INFINITIVE_VERBS: ReadonlySet<string> = new Set([
  'meet', 'hold', 'visit', 'travel', 'discuss', 'attend', 'host', 'sign', 'speak', 'talk', 'resume', 'begin', 'start',
  'make', 'go', 'fly', 'arrive', 'return', 'join', 'be', 'have', 'take', 'see', 'call', 'open', 'launch', 'announce',
  'vote', 'decide', 'finalize', 'finalise', 'conclude', 'deliver', 'present', 'address', 'receive', 'welcome',
  'review', 'negotiate', 'continue', 'convene', 'gather', 'reconvene', 'sit', 'chair', 'lead', 'head', 'send', 'give',
  'release', 'publish', 'unveil', 'tour', 'stay', 'leave', 'depart', 'debate', 'consider', 'seek', 'pay', 'mark',
  'celebrate', 'hold', 'co-host', 'come', 'follow', 'resolve', 'agree', 'sit', 'hear', 'testify', 'appear', 'brief',
  'inaugurate', 'attend', 'host', 'formalize', 'formalise', 'ratify', 'submit', 'issue', 'embark', 'head', 'phone',
  'telephone', 'confer', 'consult', 'reach', 'hammer', 'set', 'move', 'lay', 'put', 'raise', 'press', 'push',
]);

/** Words that make a clause past ("was", "met", "ago"). */
export const PAST_WORDS: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', "wasn't", "weren't", "hadn't", "didn't", 'held', 'met', 'spoke', 'said', 'told',
  'took', 'came', 'went', 'gave', 'made', 'began', 'saw', 'sent', 'left', 'flew', 'wrote', 'sought', 'brought',
  'thought', 'felt', 'found', 'got', 'kept', 'knew', 'led', 'lost', 'meant', 'paid', 'ran', 'rang', 'sat', 'stood',
  'struck', 'won', 'broke', 'chose', 'drew', 'fell', 'forgot', 'grew', 'heard', 'hit', 'laid', 'rose', 'sold', 'spent',
  'swore', 'taught', 'threw', 'understood', 'woke', 'wore', 'ago', 'yesterday', 'earlier', 'previously', 'recently',
  'last', 'been', 'became', 'spent', 'shook', 'upheld', 'withdrew', 'overtook', 'undertook', 'reaffirmed',
  // past participles of contact verbs ("have spoken by telephone in February")
  'spoken', 'seen', 'given', 'taken', 'flown', 'gone', 'written', 'chosen', 'shaken', 'begun', 'sworn',
]);

/** Words ending in "-ed" that are not past verbs ("need", "united", "unprecedented"). */
export const ED_NOT_PAST: ReadonlySet<string> = new Set([
  'need', 'feed', 'speed', 'proceed', 'succeed', 'exceed', 'indeed', 'embed', 'hundred', 'bed', 'red', 'shed', 'seed',
  'breed', 'weed', 'deed', 'greed', 'creed', 'steed', 'bleed', 'heed', 'unprecedented', 'united', 'so-called',
  'sacred', 'naked', 'wicked', 'kindred', 'rugged', 'ragged', 'beloved', 'learned', 'aged', 'alleged', 'based',
  'limited', 'related', 'concerned', 'interested', 'armed', 'advanced', 'detailed', 'experienced', 'talented',
  'sophisticated', 'dedicated', 'qualified', 'unexpected', 'supposed', 'renewed', 'heightened', 'prolonged',
  'speed', 'guaranteed', 'embattled', 'biased', 'skilled', 'committed', 'coordinated', 'sustained', 'enhanced',
  'tired',
]);

/** Plan words that may stand as adjectives before a noun ("his expected meeting", "the long-planned talks"). */
export const PLAN_ADJECTIVES: ReadonlySet<string> = new Set(['expected', 'planned', 'scheduled', 'long-planned', 'long-awaited', 'anticipated', 'much-anticipated', 'long-delayed', 'postponed']);

/** Determiners and possessives before such an adjective. */
const ADJECTIVE_OPENERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an', 'our', 'this', 'that']);

/**
 * Whether the plan word at `k` is an adjective after a determiner and the past of a verb that
 * carries a contact noun ("held his expected meeting", "paid the scheduled visit"): the contact it
 * names took place. "Officials confirmed the planned meeting" is no such case.
 */
export function planAdjectiveAfterPast(wordAt: (j: number) => string, k: number): boolean {
  if (!PLAN_ADJECTIVES.has(wordAt(k))) return false;
  // "their long-planned talks", when the hyphen stands as a token of its own
  const at = wordAt(k - 1) === '-' ? k - 2 : k;
  return ADJECTIVE_OPENERS.has(wordAt(at - 1)) && CARRYING_VERBS_PAST.has(wordAt(at - 2));
}

/** Past forms of the verbs that carry a contact noun ("held talks", "paid a visit", "had a meeting"). */
const CARRYING_VERBS_PAST: ReadonlySet<string> = new Set(['held', 'had', 'paid', 'made', 'conducted', 'attended', 'hosted', 'began', 'concluded', 'wrapped']);

/** Auxiliaries that make a following "-ing" verb a scheduled future ("is meeting", "are hosting"). */
export const PROGRESSIVE_AUX: ReadonlySet<string> = new Set(['is', 'are', 'am', "'s", "'re", "he's", "she's", "it's", "they're", "we're"]);

/** Auxiliaries after which a participle is not past ("is held annually", "being discussed"). */
const PRESENT_PASSIVE_AUX: ReadonlySet<string> = new Set(['is', 'are', 'am', 'being', "'s", "isn't", "aren't"]);

function isLowerInitial(token: DateToken): boolean {
  const c = token.text[0] ?? '';
  return c !== c.toUpperCase();
}

function isParticiple(token: DateToken): boolean {
  const w = token.lower;
  if (PAST_WORDS.has(w) && !['ago', 'yesterday', 'earlier', 'previously', 'recently', 'last'].includes(w)) return true;
  return w.length >= 4 && w.endsWith('ed') && !ED_NOT_PAST.has(w) && isLowerInitial(token) && token.kind === 'word';
}

/** Whether `token` is a lower-case adverb in "-ly" ("originally", "initially"). */
function isLyAdverb(token: DateToken | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.lower.length > 4 && token.lower.endsWith('ly') && isLowerInitial(token);
}

/**
 * Whether "is", "are" or a contracted "'s" makes the "-ing" word at `k` a progressive ("he's meeting
 * X on Friday"); after a name, "'s" is a possessive ("Ruto's meeting with X on Monday").
 */
function progressiveAuxBefore(tokens: readonly DateToken[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || !PROGRESSIVE_AUX.has(prev.lower)) return false;
  const before = tokens[k - 2];
  return prev.lower !== "'s" || !before || PRONOUNS_BEFORE_IS.has(before.lower) || isLowerInitial(before);
}

/** Words whose "'s" is "is" even when capitalised at the start of a sentence ("He's meeting …"). */
const PRONOUNS_BEFORE_IS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'that', 'who', 'there', 'what', 'where', 'here']);

/**
 * Tense of the future marker or plan verb at `k`: `'past'` when "had" or a pluperfect
 * "been" stands right before it (future in the past), unless it is a verb of intention;
 * `'future'` otherwise.
 */
function planTense(tokens: readonly DateToken[], k: number): Tense {
  const w = tokens[k]?.lower ?? '';
  if (INTENTION_VERBS.has(w)) return 'future';
  let p = k - 1;
  if (isLyAdverb(tokens[p])) p--;
  const prev = tokens[p]?.lower;
  if (prev === 'had' || prev === "hadn't") return 'past';
  if (prev === 'been' && !PERFECT_AUX.has(tokens[p - 1]?.lower ?? '')) return 'past';
  return 'future';
}

/**
 * Tense of the marker "to + verb" whose "to" is token `k`: past after a past verb of
 * failure, attempt or motion ("refused to", "tried to", "travelled to"); the plan verb's
 * tense after a verb of planning or a future marker ("agreed to", "had been due to");
 * none inside a participial phrase opening the sentence (see {@link participialOpener});
 * future otherwise ("invited him to", "is required to").
 */
function infinitiveTense(tokens: readonly DateToken[], k: number): Tense | null {
  // "went on to meet", "flew on to see", "pressed ahead to hold": the verb stands before its particle
  const verb = tokens[k - 2];
  const particle = VERB_PARTICLES.has(tokens[k - 1]?.lower ?? '') && verb !== undefined && isParticiple(verb);
  const g = tokens[particle ? k - 2 : k - 1];
  if (!g || g.kind !== 'word') return 'future';
  const w = g.lower;
  if (PLAN_VERBS.has(w) || FUTURE_WORDS.has(w) || FUTURE_BEFORE_TO.has(w)) return planTense(tokens, k - 1);
  // "flew to Addis Ababa to attend the summit": a purpose after a journey has the journey's tense
  if (!isLowerInitial(g) && journeyInThePast(tokens, k - 1)) return 'past';
  if (!isParticiple(g)) return participialOpener(tokens, k) ? null : 'future';
  const before = tokens[particle ? k - 3 : k - 2]?.lower;
  if (before !== undefined && (before === 'be' || PRESENT_PASSIVE_AUX.has(before))) return 'future';
  return 'past';
}

/** Particles that may stand between a verb and the "to" of its infinitive ("went on to meet", "pressed ahead to hold"). */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['on', 'ahead', 'back', 'off', 'out', 'over']);

/** Whether the capitalised words ending at `k` are the destination of a verb in the past ("flew to Addis Ababa", "travelled to the Hague"). */
function journeyInThePast(tokens: readonly DateToken[], k: number): boolean {
  let j = k;
  while (j > k - 5 && tokens[j] && !isLowerInitial(tokens[j] as DateToken)) j--;
  if (tokens[j]?.lower === 'the') j--;
  if (tokens[j]?.lower !== 'to' && tokens[j]?.lower !== 'in') return false;
  const verb = tokens[j - 1];
  return verb !== undefined && verb.kind === 'word' && isParticiple(verb);
}

/** How far back an infinitive's "-ing" opener is looked for. */
const OPENER_REACH = 12;

/**
 * "Stopping off in Warsaw on Monday to meet X, she said …": an infinitive of purpose inside a
 * participial phrase that opens the sentence has no tense of its own; the main clause's verb, read
 * further on, gives it. Asked only after a word that is no plan and no past verb ("Hoping to meet
 * X, …" is read as a plan).
 */
function participialOpener(tokens: readonly DateToken[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - OPENER_REACH); j--) {
    const t = tokens[j];
    if (!t || (t.kind === 'punct' && /[.;!?,]/.test(t.text))) return false;
    const opens = j === 0 || (tokens[j - 1]?.kind === 'punct' && /[.;!?]/.test(tokens[j - 1]?.text ?? ''));
    if (opens) return t.kind === 'word' && t.lower.length > 5 && t.lower.endsWith('ing') && !isLowerInitial(t) && !PLAN_VERBS.has(t.lower);
  }
  return false;
}

/** Words that rank whoever an infinitive describes ("the first foreign leader to meet him"). */
const RANK_WORDS: ReadonlySet<string> = new Set(['first', 'last', 'only', 'second', 'third', 'latest']);

/** "the first foreign dignitary to meet the new president": an infinitive after a ranked noun tells who, not when. */
function rankedInfinitive(tokens: readonly DateToken[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (RANK_WORDS.has(tokens[j]?.lower ?? '')) return true;
  return false;
}

/**
 * The tense signalled by token `k` alone (with its neighbours), or `null` when it is no marker.
 *
 * @param tokens - All tokens.
 * @param k - Index of the token to look at.
 */
export function markerAt(tokens: readonly DateToken[], k: number): Tense | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  const w = t.lower;
  const next = tokens[k + 1]?.lower;
  const prev = tokens[k - 1]?.lower;
  if (next !== undefined && MARKER_BLOCKERS.get(w)?.has(next)) return null;
  // "held his expected meeting", "paid the planned visit": a plan word as an adjective after a verb in the past tells no tense of its own
  if (planAdjectiveAfterPast((j) => tokens[j]?.lower ?? '', k)) return null;
  if ((w === 'may' && t.text === 'may') || w === 'could') return 'future';
  if (FUTURE_WORDS.has(w)) return planTense(tokens, k);
  if (SCHEDULE_PRESENT.has(w)) return 'future';
  if (w.endsWith("'ll")) return 'future';
  if (FUTURE_BEFORE_TO.has(w) && (next === 'to' || next === 'for')) return planTense(tokens, k);
  // "is due in Budapest on Thursday", "due back in Kyiv": an expected arrival
  if (w === 'due' && (next === 'in' || next === 'at' || next === 'back')) return planTense(tokens, k);
  if (w === 'to' && next !== undefined && INFINITIVE_VERBS.has(next) && !rankedInfinitive(tokens, k)) return infinitiveTense(tokens, k);
  if (w.endsWith('ing') && w.length > 5 && progressiveAuxBefore(tokens, k)) return 'future';
  if (isParticiple(t)) {
    if (prev === 'be') return 'future';
    if (prev !== undefined && PRESENT_PASSIVE_AUX.has(prev)) return null;
    return 'past';
  }
  if (PAST_WORDS.has(w)) return 'past';
  return null;
}

/**
 * Tense of the clause around tokens `[from, to)`, reading only tokens whose sentence id
 * equals that of token `from`.
 *
 * @param tokens - All tokens of the text.
 * @param sentenceIds - Sentence number of each token.
 * @param from - First token of the expression.
 * @param to - One past its last token.
 */
export function tenseOfTokens(
  tokens: readonly DateToken[],
  sentenceIds: readonly number[],
  from: number,
  to: number,
): Tense {
  const sentence = sentenceIds[from];
  const adjunct = contactAdjunctBefore(tokens, from);
  for (let k = from - 1; k >= 0 && k >= from - TENSE_WINDOW && sentenceIds[k] === sentence; k--) {
    // "invited him to visit Cairo in a phone call on Monday": the call is the main verb's, not the infinitive's
    if (adjunct !== undefined && k < adjunct && tokens[k]?.lower === 'to' && INFINITIVE_VERBS.has(tokens[k + 1]?.lower ?? '')) continue;
    const m = markerAt(tokens, k);
    if (m) return m;
  }
  for (let k = to; k < tokens.length && k < to + TENSE_WINDOW && sentenceIds[k] === sentence; k++) {
    const m = markerAt(tokens, k);
    if (m) return m;
  }
  return 'present';
}

/** Nouns of a contact that an adjunct names ("in a phone call", "during their talks"). */
const CONTACT_NOUNS: ReadonlySet<string> = new Set(['call', 'calls', 'conversation', 'conversations', 'talks', 'meeting', 'chat', 'exchange', 'videoconference']);

/**
 * Index of the preposition of a contact adjunct that ends right before token `from` ("… in a
 * phone call on Monday", "during their telephone conversation last week"), or undefined.
 */
function contactAdjunctBefore(tokens: readonly DateToken[], from: number): number | undefined {
  let k = from - 1;
  if (['on', 'last', 'this', 'earlier'].includes(tokens[k]?.lower ?? '')) k--;
  if (!CONTACT_NOUNS.has(tokens[k]?.lower ?? '')) return undefined;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const w = tokens[j]?.lower ?? '';
    if (OCCASION_PREPOSITIONS.has(w)) return j;
    if (tokens[j]?.kind !== 'word' || w === 'to') return undefined;
  }
  return undefined;
}

/** Characters read on each side of the expression by {@link clauseTense}. */
const CONTEXT_CHARS = 600;

/**
 * Tense of the clause around `text[spanStart, spanEnd)`: `'future'` when a future
 * marker ("will", "is to", "set to", "scheduled", "expected", "plans", "next", "to meet",
 * "would") is nearest, `'past'` for past markers ("-ed" verbs, "was", "had", "held",
 * "met", "said"), `'present'` when the sentence has no marker. Words before the
 * expression win over words after it.
 *
 * @param text - The whole text.
 * @param spanStart - Offset of the expression.
 * @param spanEnd - Offset one past the expression.
 */
export function clauseTense(text: string, spanStart: number, spanEnd: number): Tense {
  let from = Math.max(0, spanStart - CONTEXT_CHARS);
  while (from > 0 && from < spanStart && !/\s/.test(text[from - 1] ?? '')) from++;
  let to = Math.min(text.length, spanEnd + CONTEXT_CHARS);
  while (to < text.length && to > spanEnd && !/\s/.test(text[to] ?? '')) to--;
  const tokens = tokenize(text, from, to);
  const ids = sentenceIdsFromPunctuation(tokens);
  let first = tokens.findIndex((t) => t.end > spanStart);
  if (first < 0) first = tokens.length;
  let last = first;
  while (last < tokens.length && (tokens[last]?.start ?? Infinity) < spanEnd) last++;
  if (first >= tokens.length) return 'present';
  return tenseOfTokens(tokens, ids, first, Math.max(last, first + 1));
}
