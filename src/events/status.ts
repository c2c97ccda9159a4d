import type { EventStatus } from '../types.js';
import type { EventContext } from './context.js';
import type { TriggerHit } from './find-triggers.js';
import { AGREEMENT_WORDS, ASKING_THAT, STATUS_CUES } from './status-cues.js';
import { WORD_SETS } from './rules/vocabulary.js';
import { OCCASION_PREPOSITIONS } from './lexicon.js';
import { planAdjectiveAfterPast } from '../dates/tense.js';

/** Cues that speak of the event when they follow its trigger. */
const AFTER_TRIGGER = new Set([
  'set for', 'to be held', 'scheduled', 'slated', 'planned', 'expected', 'will', 'will be', 'to take place', 'uncertain',
  'unclear', 'unlikely', 'cancelled', 'canceled', 'called off', 'postponed', 'scrapped', 'shelved', 'later this', 'is to',
  'are to', 'possible', 'proposed', 'next', 'upcoming', 'coming', 'not on the agenda', 'put off', 'fell through', 'falls through',
  'no longer', 'dropped from', 'was dropped', 'were dropped', 'been dropped', 'off the agenda', 'off the table',
  'collapsed', 'did not take place', 'never took place', 'failed to take place',
  'been suspended', 'put on hold', 'on hold',
]);

/** Denials that govern their whole clause ("there are no plans for X to hold talks with Y"); a bare "not" or "never" counts only right before the trigger. */
const CLAUSE_DENIALS: ReadonlySet<string> = new Set(['no plans', 'no plan', 'no intention', 'no intentions', 'not planning', 'ruled out', 'rules out', 'denied', 'denies', 'not on the agenda']);

/** Verbs that deny the clause they introduce ("denied reports that X would meet Y"). */
const DENYING_VERBS: ReadonlySet<string> = new Set(['denied', 'denies', 'deny', 'dismissed', 'dismisses', 'rejected', 'rejects', 'refuted']);

/** Words of a plan or an offer that a trigger may hold ("is due in Tonga", "expected in Rabat", "invited X to Kampala"): they still set its status. */
const PLAN_INSIDE_TRIGGER: ReadonlySet<string> = new Set(['due', 'expected', 'invited', 'invites', 'invite']);

/** Verbs that make or arrange a contact, beyond the light verbs and those of attending ("to secure a visit", "to meet"). */
const CONTACT_VERBS: ReadonlySet<string> = new Set(['secure', 'set', 'call', 'prepare', 'visit', 'meet', 'see', 'welcome']);

/** Words that make "plans" a noun ("the plans", "their plan"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its', 'these', 'those', 'our', 'such']);

const RANK: Record<EventStatus | 'denied', number> = { cancelled: 5, denied: 4, proposed: 3, planned: 2, occurred: 1 };

/** A status cue as the reader uses it: its words, its status, whether it may follow the trigger. */
interface IndexedCue {
  words: readonly string[];
  status: EventStatus | 'denied';
  afterTrigger: boolean;
}

/** "Officials denied reports that X would meet Y": a clause opened by "that" after a denying verb. */
function deniedFromOutside(ctx: EventContext, from: number): boolean {
  if (ctx.folded[from - 1] !== 'that') return false;
  for (let i = from - 2; i >= Math.max(0, from - 5); i--) if (DENYING_VERBS.has(ctx.folded[i] ?? '')) return true;
  return false;
}

/**
 * "Xi welcomed Lula to visit China at an early date": a guest welcomed to a contact still to come
 * is invited to it, a proposal; the verb's object stands between it and the infinitive.
 */
function welcomedToCome(ctx: EventContext, hit: TriggerHit): boolean {
  // the infinitive's "to", maybe with a light verb before the trigger ("to pay a state visit")
  let to = hit.first - 1;
  while (to > hit.first - 5 && to > 0 && !(ctx.folded[to] === 'to' && (to + 1 === hit.first || ctx.pos[to + 1] === 'VERB'))) to--;
  if (ctx.folded[to] !== 'to') return false;
  for (let k = to - 1; k >= Math.max(0, to - 10); k--) {
    if (ctx.folded[k] === ',' || ctx.folded[k] === '.' || ctx.folded[k] === ';') return false;
    if (ctx.lemmas[k] === 'welcome' && ctx.pos[k] === 'VERB') return k < to - 1;
  }
  return false;
}

/**
 * "seeking to limit the influence of X's visit", "hopes to overshadow the summit": the infinitive
 * after a cue of wanting is a deed of its own, neither a contact nor a light verb of one ("seeking
 * to hold talks"), and the trigger is a noun inside its object, behind a preposition (not the object
 * itself: "wanted to intensify consultations"): the cue bears on the deed, not on the contact.
 */
function otherDeedSought(ctx: EventContext, after: number, hit: TriggerHit): boolean {
  if (hit.entry.form !== 'noun') return false;
  const to = ctx.folded[after] === 'to' ? after : ctx.folded[after - 1] === 'to' ? after - 1 : -1;
  const verb = to + 1;
  if (to < 0 || verb >= hit.first || ctx.pos[verb] !== 'VERB') return false;
  const lemma = ctx.lemmas[verb] ?? '';
  if (WORD_SETS.light?.has(lemma) || WORD_SETS.attend?.has(lemma) || CONTACT_VERBS.has(lemma)) return false;
  // (the contact as the deed's own object is what is wanted: "wanted to intensify consultations")
  for (let k = verb + 1; k < hit.first; k++) if (ctx.pos[k] === 'ADP' || ctx.folded[k] === ',') return true;
  return false;
}

/** "Macron suggested that Putin and Zelensky meet", "Kinkel's request that Lebed should meet X": a "that" clause after a word of asking is only asked for. */
function askedFromOutside(ctx: EventContext, from: number): boolean {
  // the "that" may stand before the clause's subject ("that X and Y would meet")
  let that = from - 1;
  while (that > from - 16 && that >= 0 && ctx.folded[that] !== 'that') {
    if ([',', ';', '.'].includes(ctx.folded[that] ?? '') || ctx.pos[that] === 'VERB') return false;
    that--;
  }
  if (ctx.folded[that] !== 'that') return false;
  for (let i = that - 1; i >= Math.max(0, that - 4); i--) {
    if (ASKING_THAT.has(ctx.lemmas[i] ?? '')) return true;
    if (ctx.folded[i] === ',' || ctx.personAt[i]) return false;
  }
  return false;
}

/** {@link STATUS_CUES} by first word, so that each token is compared only with the cues it can start. */
const CUES_BY_FIRST_WORD: ReadonlyMap<string, readonly IndexedCue[]> = (() => {
  const index = new Map<string, IndexedCue[]>();
  for (const { words, status } of STATUS_CUES) {
    const first = words[0];
    if (first === undefined) continue;
    const cue: IndexedCue = { words, status, afterTrigger: AFTER_TRIGGER.has(words.join(' ')) };
    const list = index.get(first);
    if (list) list.push(cue);
    else index.set(first, [cue]);
  }
  return index;
})();

/** The cues whose words stand at token `i`; the first word may be any inflection of a cue word ("intended to", "hoping to"). */
function cuesAt(ctx: EventContext, i: number): readonly IndexedCue[] {
  const folded = ctx.folded[i] ?? '';
  const lemma = ctx.lemmas[i] ?? folded;
  const byForm = CUES_BY_FIRST_WORD.get(folded);
  const byLemma = lemma !== folded ? CUES_BY_FIRST_WORD.get(lemma) : undefined;
  if (!byForm && !byLemma) return [];
  // the rest of the phrase is matched word for word
  const rest = (cue: IndexedCue): boolean => cue.words.every((w, k) => k === 0 || ctx.folded[i + k] === w);
  const all = [...(byForm ?? []), ...(byLemma ?? [])];
  const found = all.filter(rest);
  // "was due later to see X", "is set also to meet Y": an adverb of time between a plan word and its "to"
  const adverb = ctx.folded[i + 1] ?? '';
  if (found.length === 0 && PLAN_ADVERBS.has(adverb) && ctx.folded[i + 2] === 'to') {
    return all.filter((cue) => cue.words.length === 2 && cue.words[1] === 'to').map((cue) => ({ ...cue, words: [cue.words[0] ?? '', adverb, 'to'] }));
  }
  return found;
}

/** Adverbs that may stand between a plan word and its "to" ("due later to", "expected soon to"). */
const PLAN_ADVERBS: ReadonlySet<string> = new Set(['later', 'also', 'soon', 'then', 'next', 'shortly', 'subsequently']);

/** Prepositions that open an adjunct naming the occasion of what was said to a person ("told X during a call"), with "on" ("told X on a call"). */
const ADDRESS_OCCASIONS: ReadonlySet<string> = new Set([...OCCASION_PREPOSITIONS, 'on']);

/** Whether the trigger's phrase (from `phraseStart`) is an adjunct after a person the cue at `cue` addresses. */
function inAdjunctAfterObject(ctx: EventContext, cue: number, phraseStart: number): boolean {
  if (!ADDRESS_OCCASIONS.has(ctx.folded[phraseStart - 1] ?? '') || cue >= phraseStart) return false;
  // "invited X to take part in the summit": the contact is what the request asks for, no adjunct
  if (WORD_SETS.attend?.has(ctx.lemmas[phraseStart - 2] ?? '') || ctx.folded[phraseStart - 2] === 'part') return false;
  for (let i = cue + 1; i < phraseStart - 1; i++) if (ctx.personAt[i]) return true;
  return false;
}

/**
 * "agreed at a summit on Thursday to resume visits", "pledged during talks to …", "accepted the
 * invitation during a call": the trigger's
 * phrase is an adjunct of the cue's own verb (the occasion where it was said), not what it plans.
 */
function occasionOfCue(ctx: EventContext, cue: number, words: number, phraseStart: number): boolean {
  const prep = phraseStart - 1;
  // not "on" (see OCCASION_PREPOSITIONS): "agreed on a meeting" is what was agreed
  if (prep < cue + words || !OCCASION_PREPOSITIONS.has(ctx.folded[prep] ?? '') || ctx.pos[cue] !== 'VERB') return false;
  // ("confirmed his participation in the summit": the phrase completes the noun, it is what was confirmed)
  if (WORD_SETS.attendanceNoun?.has(ctx.folded[prep - 1] ?? '')) return false;
  // "accepted X's invitation during a call": the verb's object may stand before the occasion, but no other
  // verb ("agreed, in a call on Thursday, to …": a comma may open the occasion right after the cue)
  for (let k = cue + words; k < prep; k++) if (ctx.pos[k] === 'VERB' || ctx.pos[k] === 'AUX' || (ctx.folded[k] === ',' && k !== prep - 1)) return false;
  return prep - (cue + words) <= 8;
}

/** Where the words before a parenthetical occasion end, when token `k` closes one (", in a call on Monday,"); else `k`. */
function parentheticalStart(ctx: EventContext, k: number): number {
  if (ctx.folded[k] !== ',') return k;
  for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
    if (ctx.folded[j] === '.' || ctx.folded[j] === ';') return k;
    if (ctx.folded[j] === ',') return OCCASION_PREPOSITIONS.has(ctx.folded[j + 1] ?? '') || ADJUNCT_OCCASIONS.has(ctx.folded[j + 1] ?? '') ? j - 1 : k;
  }
  return k;
}

/** Cues of a plan that others hold ("expected to", "set to"): their infinitive is the plan, at the contact after it. */
const EXPECTATION_WORDS: ReadonlySet<string> = new Set(['expected', 'set', 'scheduled', 'slated', 'due', 'likely', 'poised']);

/** Prepositions of the occasion at which something was agreed or pledged ("after talks", "during a visit"). */
const ADJUNCT_OCCASIONS: ReadonlySet<string> = new Set(['after', 'during', 'following', 'amid', 'at']);

/**
 * "agreed to build a road after talks", "pledged to boost trade during talks": the cue plans the
 * act of its infinitive, and the contact after it is the occasion where that was agreed, which
 * took place.
 */
function occasionOfInfinitive(ctx: EventContext, cue: number, words: number, phraseStart: number): boolean {
  const prep = phraseStart - 1;
  if (!ADJUNCT_OCCASIONS.has(ctx.folded[prep] ?? '') || cue + words > prep) return false;
  // "is expected to lead the delegation at the summit": a plan's infinitive happens at the contact
  if (EXPECTATION_WORDS.has(ctx.folded[cue] ?? '')) return false;
  for (let k = cue + words - 1; k < prep; k++) if (ctx.folded[k] === 'to' && ctx.pos[k + 1] === 'VERB') return true;
  return false;
}

/** Parts of a day after "the next" ("the next day", "the next morning"): the day after another, no plan. */
const DAY_PARTS: ReadonlySet<string> = new Set(['day', 'morning', 'afternoon', 'evening', 'night']);

/** "The next day Macron received him": "next" in "the next day" tells a sequence, not a plan. */
function dayAfter(ctx: EventContext, i: number): boolean {
  return ctx.folded[i] === 'next' && ctx.folded[i - 1] === 'the' && DAY_PARTS.has(ctx.folded[i + 1] ?? '');
}

/** Prepositions that open the topic of a contact ("talks on the next round", "a call about the upcoming vote"). */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'about', 'over', 'regarding', 'concerning']);

/** Whether token `i` opens, after its determiner, a topic phrase ("on the next round"). */
function inTopicPhrase(ctx: EventContext, i: number): boolean {
  let k = i - 1;
  while (k > i - 3 && ['the', 'a', 'an', 'its', 'their'].includes(ctx.folded[k] ?? '')) k--;
  return k < i - 1 && TOPIC_PREPOSITIONS.has(ctx.folded[k] ?? '');
}

/** Whether a form of "accept" stands in the few words before token `i` ("accepted the Prime Minister's invitation"). */
function acceptedBefore(ctx: EventContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) if (ctx.lemmas[k] === 'accept') return true;
  return false;
}

/**
 * "struck a deal on Monday to hold talks", "decided on Tuesday to meet": the trigger, or the verb
 * that carries it, is the infinitive of a "to" that follows a word of agreeing within a few words.
 */
function infinitiveOfAgreement(ctx: EventContext, hit: TriggerHit): boolean {
  for (let t = hit.first - 1; t >= Math.max(0, hit.first - 6); t--) {
    if (ctx.folded[t] === ',' || ctx.folded[t] === '.') return false;
    if (ctx.folded[t] !== 'to' || ctx.pos[t + 1] !== 'VERB') continue;
    // "agreed to build a road after talks": the contact is the occasion of the agreement, not its object
    if (ctx.folded.slice(t + 2, hit.first).some((w) => ADJUNCT_OCCASIONS.has(w))) return false;
    // ("agreed, in a telephone call on Thursday, to meet": the occasion between commas is read past)
    const from = parentheticalStart(ctx, t - 1);
    for (let k = from; k >= Math.max(0, from - 6); k--) {
      if (AGREEMENT_WORDS.has(ctx.lemmas[k] ?? '')) return true;
      if (ctx.folded[k] === ',' || ctx.pos[k] === 'VERB') break;
    }
    return false;
  }
  return false;
}

/**
 * "Ahead of the trip, X discussed …": a cue ending in a preposition bears on the noun phrase after
 * it, and that phrase closed (at a comma) before the trigger, which the cue does not govern.
 */
function closedBeforeTrigger(ctx: EventContext, i: number, words: readonly string[], first: number): boolean {
  const last = words[words.length - 1] ?? '';
  if (i >= first || (last !== 'of' && last !== 'for')) return false;
  for (let k = i + words.length; k < first; k++) if (ctx.folded[k] === ',') return true;
  return false;
}

/**
 * "seen as a potential mediator, X flew to Moscow for talks": an adjective cue bears on the noun
 * it modifies; when that noun is not the trigger and its phrase closes (at a comma or a verb)
 * before the trigger, the cue does not govern the trigger.
 */
function modifiesOtherNoun(ctx: EventContext, i: number, words: readonly string[], first: number): boolean {
  if (words.length !== 1 || ctx.pos[i] !== 'ADJ' || ctx.pos[i + 1] !== 'NOUN' || i + 1 >= first) return false;
  for (let k = i + 2; k < first; k++) if (ctx.folded[k] === ',' || ctx.pos[k] === 'VERB' || ctx.pos[k] === 'AUX') return true;
  return false;
}

/** Adjectives that set a contact before the time of telling ("her recent visit", "their previous meeting", "the just-concluded summit"). */
const PAST_MODIFIERS: ReadonlySet<string> = new Set(['recent', 'previous', 'prior', 'earlier', 'past', 'concluded', 'just-concluded', 'recently-concluded', 'completed', 'just-ended']);

/** Whether a noun trigger's own noun phrase holds a past modifier right before it ("her recent tri-nation visit"). */
export function pastModified(ctx: EventContext, hit: TriggerHit): boolean {
  if (hit.entry.form !== 'noun') return false;
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - 4); k--) {
    if (PAST_MODIFIERS.has(ctx.folded[k] ?? '')) return true;
    if (!['ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT'].includes(ctx.pos[k] ?? '') || ctx.folded[k] === ',') return false;
  }
  return false;
}

/** Nouns of a plan or an offer that may be what a contact passed on or talked about. */
const THING_NOUNS: ReadonlySet<string> = new Set(['plan', 'plans', 'proposal', 'proposals', 'offer', 'offers']);

/**
 * "discussed the plans by telephone", "relayed the offer by phone to X": a plan or an offer with a
 * determiner and no complement ("the offer to host talks" is a cue) is what was talked about.
 */
function thingTalkedAbout(ctx: EventContext, i: number, words: readonly string[]): boolean {
  if (words.length !== 1 || !THING_NOUNS.has(words[0] ?? '') || ctx.pos[i] !== 'NOUN' || !DETERMINERS.has(ctx.folded[i - 1] ?? '')) return false;
  const next = ctx.folded[i + 1] ?? '';
  return next !== 'to' && next !== 'for' && next !== 'of';
}

/**
 * Status of a mention from the cue words of its clause (`from`..`to`): cancelled beats a denial,
 * which beats proposed, which beats planned; no cue means it occurred. A denial ("no plans for a
 * call", "did not meet") counts only right before the trigger.
 */
export function readStatus(ctx: EventContext, hit: TriggerHit, from: number, to: number, phraseStart: number): EventStatus | 'denied' {
  if (deniedFromOutside(ctx, from)) return 'denied';
  // "to brief the media about her recent visit": a contact its own noun phrase sets in the past happened, whatever the clause plans
  if (pastModified(ctx, hit)) return 'occurred';
  let best: EventStatus | 'denied' = askedFromOutside(ctx, from) || welcomedToCome(ctx, hit) ? 'proposed' : infinitiveOfAgreement(ctx, hit) ? 'planned' : 'occurred';
  for (let i = from; i < to; i++) {
    // the trigger's own words are no cue, but for an auxiliary inside a phrase trigger ("leaders will convene")
    if (i >= hit.first && i < hit.end && ctx.pos[i] !== 'AUX' && !PLAN_INSIDE_TRIGGER.has(ctx.folded[i] ?? '')) continue;
    // "Theresa May", "Will Hurd": a name (or any capitalised word inside a sentence) is no modal
    if (ctx.personAt[i] || (/^\p{Lu}/u.test(ctx.texts[i] ?? '') && i !== ctx.doc.sentences[hit.sentence]?.firstToken)) continue;
    if (dayAfter(ctx, i)) continue;
    for (const cue of cuesAt(ctx, i)) {
      if (cue.status === 'denied') {
        const phrase = cue.words.join(' ');
        const scoped = CLAUSE_DENIALS.has(phrase) && (i < hit.first || (phrase === 'not on the agenda' && i >= hit.end));
        const close = scoped || (i < hit.first && hit.first - (i + cue.words.length) <= 3) || (i >= phraseStart - 4 && i < hit.first);
        const follows = ctx.folded[i + cue.words.length] ?? '';
        if (!close || follows === 'only' || follows === 'long' || follows === 'yet') continue;
      }
      // after the trigger only cues that bear on it count ("a meeting set for Friday", "talks, seeking a deal" does not),
      // and none in its topic ("a call on the next round of talks")
      if (i > hit.first && (!cue.afterTrigger || inTopicPhrase(ctx, i))) continue;
      // "urged X during a phone call to end the war": the request is what was said in the contact, not the contact
      if (cue.status === 'proposed' && inAdjunctAfterObject(ctx, i, phraseStart)) continue;
      // "seeking to limit the influence of X's visit": what is sought is another deed, the visit only its object
      if (cue.status === 'proposed' && otherDeedSought(ctx, i + cue.words.length, hit)) continue;
      if (cue.status !== 'cancelled' && cue.status !== 'denied' && (occasionOfCue(ctx, i, cue.words.length, phraseStart) || occasionOfInfinitive(ctx, i, cue.words.length, phraseStart))) continue;
      // "accepted an invitation from X to visit": an invitation accepted is a plan
      if (cue.status === 'proposed' && acceptedBefore(ctx, i)) continue;
      if (closedBeforeTrigger(ctx, i, cue.words, hit.first) || modifiesOtherNoun(ctx, i, cue.words, hit.first)) continue;
      // "finally held his expected meeting with X": a plan word inside the noun phrase of a contact held
      if (i < hit.first && planAdjectiveAfterPast((j) => ctx.folded[j] ?? '', i)) continue;
      // "discussed the plans by telephone", "relayed the offer by phone to X": a plan or an offer as a thing talked about
      if (thingTalkedAbout(ctx, i, cue.words)) continue;
      if (RANK[cue.status] > RANK[best]) best = cue.status;
    }
  }
  return best;
}
