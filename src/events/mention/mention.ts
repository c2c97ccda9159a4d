import type { DateRef, EventStatus, EventType, Span } from '../../types.js';
import type { EventContext } from '../context.js';
import type { TriggerHit } from '../find-triggers.js';
import { partiesBesides, sameParty, uniqueParties, type Party } from '../party.js';
import { readPlace, type Place } from '../place.js';
import { summitName } from '../summit-name.js';
import { inAside } from '../aside.js';
import { clauseEndAfter, clauseStartBefore, pastSubordinateStart } from './clause.js';
import { mentionDate } from './date.js';
import { isGeneric, isModified, isMultilateral, isRepeated, isSequel } from './flags.js';
import { readFrames, type FrameReading } from './frames.js';
import { nounPhraseStart, premodifierParties, type NounPhrase } from './noun-phrase.js';
import { groupFallback, joinedParties, leadPair, SENTENCE_WINDOW, sentenceParties } from './sentence-parties.js';
import { mentionStatus } from './status.js';
import { pastModified } from '../status.js';
import { coordinatedNouns } from './coordination.js';

/** Prepositions that make a noun phrase the topic of what comes before ("briefed him on the talks"). */
const TOPIC_WORDS: ReadonlySet<string> = new Set(['on', 'about', 'regarding', 'concerning', 'over']);

/** One mention of a contact in one sentence, before mentions of the same contact are merged. */
export interface EventMention {
  /** The trigger that was found. */
  hit: TriggerHit;
  /** Event type signalled by the trigger. */
  type: EventType;
  /** The trigger's text. */
  trigger: Span;
  /** Parties read from the mention itself. */
  parties: Party[];
  /** One contact per country ("contacted the leaders of France, Britain and China"). */
  perCountry: boolean;
  /** The date that goes with this mention. */
  date?: DateRef;
  /** The date was taken from another contact in the sentence (a summit's dates for a meeting on its sidelines). */
  dateInherited?: boolean;
  /** The place was taken from another contact in the sentence. */
  placeInherited?: boolean;
  /** The text gives the event's whole length ("the two-day summit", "opened … and ends on …"): this date wins. */
  dateWhole?: boolean;
  /** Place where it happens. */
  place?: Place;
  /** Status read from the clause; "denied" contacts are no events. */
  status: EventStatus | 'denied';
  /** "any meeting", "such a summit", "all summits": no particular event. */
  generic: boolean;
  /** "have spoken seven times": a repeated, unspecified contact. */
  repeated: boolean;
  /** A definite noun with no parties of its own ("the call", "the meeting"): refers back. */
  anaphoric: boolean;
  /** Whether the mention stands in a headline. */
  headline: boolean;
  /** A named multilateral summit (G20, NATO, "Summit of the Americas"): leaders meet on its sidelines, it is not their meeting. */
  multilateral: boolean;
  /** Everyone the sentence names, for a definite noun that turns out to refer to nothing found before. */
  fallbackParties: Party[];
  /** Leaders a sentence about a summit names as there ("chaired by Modi", "brought together leaders including Biden"). */
  attendees: Party[];
  /** Who "their"/"the two" stand for when no earlier contact named two parties: the people named before the trigger. */
  groupFallback: Party[];
  /** The group's sentence names two parties or more before it ("Putin arrives in India for a summit between the two countries"): the group is them. */
  groupHere: boolean;
  /** What the argument frames read, when one matched. */
  frame?: FrameReading;
  /** The name of a summit ("g20", "nato", "americas"), what tells two summits apart. */
  summitName?: string;
  /** A definite noun phrase ("the summit", "this meeting"): it may refer to one named before. */
  definite: boolean;
  /** "next year's summit", "the next session": the next occasion of a recurring event, never one reported before it. */
  sequel: boolean;
  /** "spoke by phone about the summit": the topic of another contact named before it in its sentence, whose parties it does not take. */
  topic: boolean;
  /** "X will skip the G20 summit": its parties stay away from the summit (status cancelled); it joins only other such mentions. */
  declined?: boolean;
}

/**
 * "will meet for a working lunch in Paris on Monday", "met X for dinner": a noun trigger after "for"
 * right after a verb trigger and what its frame read (from `read`) is what the verb's contact is
 * for, the same contact; it bounds nothing of the verb's.
 */
function purposeOf(ctx: EventContext, hit: TriggerHit, read: number, next: TriggerHit): boolean {
  if (hit.entry.form !== 'verb' || next.entry.form !== 'noun' || ctx.folded[read] !== 'for') return false;
  for (let k = read + 1; k < next.first; k++) if (ctx.pos[k] !== 'DET' && ctx.pos[k] !== 'ADJ') return false;
  return next.first - read <= 3;
}

/** Reads one trigger: its parties (argument frames, the noun phrase before it), then its place, date and status, then what makes it no event of its own. */
export function readMention(ctx: EventContext, hit: TriggerHit, siblings: TriggerHit[], headline: boolean): EventMention {
  const s = ctx.doc.sentences[hit.sentence];
  const sStart = s?.firstToken ?? 0;
  const sEnd = s?.endToken ?? ctx.length;
  const k = siblings.indexOf(hit);
  const previous = siblings[k - 1];
  // a trigger in a bracketed aside ("the Prime Minister of Nepal (on his first trip abroad), X, at …") bounds nothing
  const frame = readFrames(ctx, hit) ?? undefined;
  const right = siblings.slice(k + 1).find((h) => !inAside(ctx, h.first) && !purposeOf(ctx, hit, Math.max(hit.end, frame?.end ?? hit.end), h))?.first ?? sEnd;
  const np = nounPhraseStart(ctx, hit.first, Math.max(sStart, previous ? previous.end : sStart), sStart);
  const parties = partiesOf(ctx, hit, frame, np, sEnd);
  const attributes = attributesOf(ctx, hit, { frame, np, previous, right, sStart });
  // a bare noun ("the summit", "the meeting") may refer back, or take the people of its sentence
  const bare = hit.entry.form === 'noun' && premodifierParties(ctx, np.start, hit.first).length === 0 && !isModified(ctx, np.start, hit.first);
  const anaphoric = bare && parties.length === 0;
  // "ASEAN leaders opened their annual summit …, with A and B among them": a summit whose only party is the group of its noun phrase
  const groupSummit = hit.entry.type === 'summit' && parties.length > 0 && parties.every((p) => p.kind === 'group');
  const sequel = isSequel(ctx, np.start, hit.first) || !!frame?.nextOccasion;
  // "briefed X by phone on the talks in Ankara": the topic of another contact is not held by its parties
  const topic = previous !== undefined && TOPIC_WORDS.has(ctx.folded[np.start - 1] ?? '');
  const here = (bare || groupSummit) && !topic ? sentenceParties(ctx, Math.max(mainClauseStart(ctx, sStart, hit.first), hit.first - SENTENCE_WINDOW), Math.min(sEnd, hit.end + SENTENCE_WINDOW)) : [];
  // "Scholz and Li discussed trade on Thursday. The call lasted an hour": a call opening its sentence with no one there is the pair that leads the sentence before
  const around = anaphoric && hit.head === 'call' && here.length === 0 && np.start === sStart ? leadPair(ctx, hit.sentence - 1) : here;
  return {
    hit,
    type: hit.entry.type,
    trigger: triggerSpan(ctx, hit),
    parties,
    perCountry: !!frame?.perCountry,
    ...attributes,
    // "next year's summits": one occasion, however many meetings it holds
    generic: isGeneric(ctx, hit, np.start) && !(frame && hit.plural && (frame.partners.length > 0 || frame.agents.length >= 2)) && !(frame && nextRound(ctx, np.start, frame)) && !(hit.plural && sequel),
    sequel,
    topic,
    repeated: isRepeated(ctx, hit.end, right),
    anaphoric,
    headline,
    multilateral: hit.entry.type === 'summit' && isMultilateral(ctx, np.start, hit),
    ...(hit.entry.type === 'summit' ? { summitName: summitName(ctx, hit) } : {}),
    definite: ['the', 'this', 'that'].includes(ctx.folded[np.start] ?? ''),
    fallbackParties: anaphoric || groupSummit ? around : [],
    attendees: hit.entry.type === 'summit' && !frame?.soleParties ? around : [],
    ...groupReading(ctx, sStart, hit, parties),
    ...(frame ? { frame } : {}),
  };
}

function groupReading(ctx: EventContext, sStart: number, hit: TriggerHit, parties: Party[]): Pick<EventMention, 'groupFallback' | 'groupHere'> {
  if (!parties.some((p) => p.kind === 'group')) return { groupFallback: [], groupHere: false };
  const from = Math.max(mainClauseStart(ctx, sStart, hit.first), hit.first - SENTENCE_WINDOW);
  const states = parties.some((p) => p.kind === 'group' && p.states);
  const here = states ? statesNamed(ctx, from, hit.first) : sentenceParties(ctx, from, hit.first);
  return here.length >= 2 ? { groupFallback: here, groupHere: true } : { groupFallback: groupFallback(ctx, sStart, hit), groupHere: false };
}

/** The states a stretch names, by country name or through the people it names ("Putin is to arrive in India" → RUS, IND). */
function statesNamed(ctx: EventContext, from: number, to: number): Party[] {
  const codes: string[] = [];
  for (const p of sentenceParties(ctx, from, to)) {
    const code = p.kind === 'person' ? ctx.people.get(p.personId)?.country : undefined;
    if (code && !codes.includes(code)) codes.push(code);
  }
  for (let i = from; i < to; i++) {
    const code = ctx.facts.country[i];
    if (code && ctx.facts.countryKind[i] !== 'demonym' && ctx.folded[i + 1] !== "'s" && !codes.includes(code)) codes.push(code);
  }
  return codes.length === 2 ? codes.map((code) => ({ kind: 'country', code, via: 'description' })) : [];
}

/** Where the main clause starts: after an opening subordinate clause or phrase ("While X's visit has been delayed, …"). */
function mainClauseStart(ctx: EventContext, sStart: number, before: number): number {
  if (ctx.pos[sStart] !== 'SCONJ' && ctx.pos[sStart] !== 'ADP') return sStart;
  for (let i = sStart + 1; i < before; i++) if (ctx.folded[i] === ',') return i + 1;
  return sStart;
}

function triggerSpan(ctx: EventContext, hit: TriggerHit): Span {
  const start = ctx.doc.tokens[hit.first]?.start ?? 0;
  const end = ctx.doc.tokens[hit.end - 1]?.end ?? 0;
  return { start, end, text: ctx.doc.text.slice(start, end) };
}

/**
 * The parties of a mention: what its frame read (both sides), or its partner with the owners
 * named in its noun phrase ("his call with X"); the people a following clause adds ("where the
 * talks included X") join a meeting or summit.
 */
function partiesOf(ctx: EventContext, hit: TriggerHit, frame: FrameReading | undefined, np: NounPhrase, sEnd: number): Party[] {
  const read = framedParties(ctx, hit, frame, np, sEnd);
  return hit.entry.statesOnly ? asStates(ctx, read) : read;
}

/** "their joint commission": the states of the parties read (a group of states, people as their countries). */
export function asStates(ctx: EventContext, parties: Party[]): Party[] {
  const states: Party[] = [];
  for (const p of parties) {
    const code = p.kind === 'person' ? ctx.people.get(p.personId)?.country : p.kind === 'country' ? p.code : undefined;
    if (p.kind === 'group') states.push({ ...p, states: true });
    else if (code) states.push({ kind: 'country', code, via: 'description' });
  }
  return uniqueParties(states);
}

function framedParties(ctx: EventContext, hit: TriggerHit, frame: FrameReading | undefined, np: NounPhrase, sEnd: number): Party[] {
  let parties = premodifierParties(ctx, np.start, hit.first);
  if (hit.entry.type !== 'phone_call') parties = uniqueParties([...parties, ...joinedParties(ctx, hit.end, sEnd)]);
  if (!frame) return parties;
  const both = (frame.agents.length > 0 && frame.partners.length > 0) || frame.agents.some((p) => p.kind === 'group') || frame.agents.length >= 2;
  if (both) return uniqueParties([...frame.agents, ...frame.partners]);
  if (frame.partners.length) return uniqueParties([...partiesBesides(parties, frame.partners), ...frame.partners]);
  return parties.some((p) => frame.agents.some((q) => sameParty(p, q))) ? parties : uniqueParties([...frame.agents, ...parties]);
}

/** Determiners of a next round ("further talks", "more meetings"). */
const NEXT_ROUND: ReadonlySet<string> = new Set(['further', 'more']);

/** "the two agreed to further talks": a next round whose parties the frame read is one contact, not contacts in general. */
function nextRound(ctx: EventContext, npStart: number, frame: FrameReading): boolean {
  return NEXT_ROUND.has(ctx.folded[npStart] ?? '') && (frame.partners.length > 0 || frame.agents.length >= 2 || frame.agents.some((p) => p.kind === 'group'));
}

/**
 * Where the status of a trigger is read from: eight words before it (or its light verb), or the
 * auxiliaries of the verb that governs its noun phrase ("Wong will represent Australia at the
 * leaders' summit in Vientiane": "will").
 */
function governingVerbGroup(ctx: EventContext, verb: number, npStart: number): number {
  let k = npStart - 1;
  while (k >= verb - 14 && k >= 0 && ctx.pos[k] !== 'VERB' && ctx.folded[k] !== ',' && ctx.folded[k] !== ';') k--;
  return ctx.pos[k] === 'VERB' ? Math.min(verb - 8, k - 3) : verb - 8;
}

/** Prepositions whose gerund belongs to the main clause ("before visiting", "by meeting"). */
const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['before', 'after', 'by']);

/** Words that open a noun phrase elaborating the one before ("trips, including visits to …"). */
const ELABORATING: ReadonlySet<string> = new Set(['including', 'notably', 'especially', 'namely']);

/**
 * "will lay a wreath and call on X", "will see A and have lunch with B": a verb (or the light verb
 * of a noun trigger, at `verb`) coordinated with the one before it shares its auxiliary, however far
 * (and so does a noun, {@link coordinatedNouns}).
 */
function coordinatedVerb(ctx: EventContext, hit: TriggerHit, verb: number): boolean {
  const at = hit.entry.form === 'verb' ? hit.first : verb;
  if (at === hit.first && hit.entry.form !== 'verb') return false;
  // "and to be received by X", "and then call on Y": the infinitive's "to", a passive's "be" and an adverb of order stand between
  let k = at - 1;
  while (k > at - 4 && COORDINATED_VERB_PREFIX.has(ctx.folded[k] ?? '')) k--;
  return ctx.folded[k] === 'and' && ctx.pos[k] === 'CCONJ';
}

/**
 * Where the verb group of the first verb of a coordination starts ("[is expected to] hold talks with
 * A and to be received by B", "[will] see A and have lunch with B"; not "agreed to mediate after X
 * [met] Y and then telephoned Z"): the cues of that group govern the verb coordinated with it.
 */
function conjunctVerbGroup(ctx: EventContext, verb: number): number {
  let k = verb - 1;
  while (k >= 0 && ctx.folded[k] !== 'and') k--;
  while (k >= 0 && ctx.pos[k] !== 'VERB') k--;
  if (k < 0) return 0;
  while (k > 0 && (VERB_GROUP_POS.has(ctx.pos[k - 1] ?? '') || PLAN_PARTICIPLES.has(ctx.folded[k - 1] ?? ''))) k--;
  return k;
}

/** Parts of speech of a verb group before its verb ("will", "to", "not", "then"). */
const VERB_GROUP_POS: ReadonlySet<string> = new Set(['AUX', 'PART', 'ADV']);

/** Participles and adjectives that put a verb group in the future ("is expected to", "is due to", "is set to"). */
const PLAN_PARTICIPLES: ReadonlySet<string> = new Set(['expected', 'due', 'set', 'scheduled', 'slated', 'planned', 'poised', 'likely', 'going', 'supposed', 'hoping', 'hopes', 'plans', 'planning', 'intends', 'wants']);

/** Words between "and" and a verb coordinated with the one before ("and to be received", "and then call on"). */
const COORDINATED_VERB_PREFIX: ReadonlySet<string> = new Set(['to', 'be', 'then', 'also', 'later']);

/**
 * Whether a trigger stands in the clause of the trigger before it, and so shares its status: a
 * noun that elaborates it ("is planning trips, including visits to A and B") or the purpose of a
 * journey ("will travel to Tashkent to meet the minister").
 */
function sharesStatusWithPrevious(ctx: EventContext, hit: TriggerHit, w: AttributeWindow): boolean {
  if (ELABORATING.has(ctx.folded[w.np.start - 1] ?? '')) return true;
  // "will visit India in December for talks with X": the talks are the journey's purpose too
  const purpose = hit.entry.form === 'verb' ? ctx.folded[hit.first - 1] === 'to' : ctx.folded[w.np.start - 1] === 'for';
  if (!purpose || w.previous?.entry.role !== 'visit') return false;
  // "will travel to the coastal city of Da Nang on Monday to meet X": the journey's purpose, however long its destination
  const at = hit.entry.form === 'verb' ? hit.first : w.np.start;
  if (at - w.previous.end > PURPOSE_REACH) return false;
  for (let k = w.previous.end; k < at - 1; k++) if ([',', ';', 'and', 'but'].includes(ctx.folded[k] ?? '') || ctx.pos[k] === 'VERB' || ctx.pos[k] === 'AUX') return false;
  return true;
}

/** How far after a journey its "to" + verb of contact may stand and still be its purpose. */
const PURPOSE_REACH = 14;

/** How many words after what a trigger's frame read its date may stand ("held talks with X at the presidential office in Seoul this morning"). */
const AFTER_FRAME = 14;

/** Where a mention's attribute readers look: its frame, noun phrase, the trigger before it in its sentence and the start of the next. */
interface AttributeWindow {
  frame: FrameReading | undefined;
  np: NounPhrase;
  previous: TriggerHit | undefined;
  right: number;
  sStart: number;
}

/**
 * Place, status and date, each read within the trigger's clause: a date belongs to the trigger
 * only near it (15 words before it or before its light verb, or {@link AFTER_FRAME} after what its
 * frame read); a date before a cancelled trigger dates the cancelling ("On Friday, X called off a
 * visit …"), not the event.
 */
function attributesOf(ctx: EventContext, hit: TriggerHit, w: AttributeWindow): Pick<EventMention, 'place' | 'status' | 'date' | 'dateWhole'> {
  const extent = Math.max(hit.end, w.frame?.end ?? hit.end);
  const lightIsPrevious = w.previous !== undefined && (w.previous.first === w.np.lightVerb || w.previous.first === w.frame?.verbAt);
  const verb = Math.min(w.np.lightVerb ?? hit.first, w.frame?.verbAt ?? hit.first);
  const floor = Math.max(w.sStart, w.previous && !lightIsPrevious ? w.previous.end : w.sStart);
  let clauseStart = clauseStartBefore(ctx, hit.first, floor);
  // "will tell the summit": the frame's verb is a verb of saying, but its own clause is the trigger's
  if (w.frame?.verbAt !== undefined && clauseStart === w.frame.verbAt + 1) clauseStart = clauseStartBefore(ctx, w.frame.verbAt, floor);
  let clauseEnd = clauseEndAfter(ctx, hit.end, w.right);
  // "the meeting that took place in Vienna": a relative clause right after the noun still speaks of it
  if (hit.entry.form === 'noun' && ['that', 'which'].includes(ctx.folded[clauseEnd] ?? '') && clauseEnd - extent <= 1) clauseEnd = clauseEndAfter(ctx, clauseEnd + 1, w.right);
  const place = readPlace(ctx, hit, Math.max(clauseStart, hit.first - 4), w.right, extent, verb);
  const statusEnd = hit.entry.form === 'verb' ? hit.end + 2 : extent + 7;
  const coordinated = coordinatedVerb(ctx, hit, verb) || (w.previous !== undefined && coordinatedNouns(ctx, w.previous, hit));
  // "is due in Tonga on Tuesday before visiting Vanuatu", "will begin by visiting Ghana": a gerund after a preposition shares its main clause's status
  // ("is to address Congress as well as meeting Bush": a gerund joined by "as well as" too)
  const joined = GERUND_PREPOSITIONS.has(ctx.folded[hit.first - 1] ?? '') || (ctx.folded[hit.first - 1] === 'as' && ctx.folded[hit.first - 2] === 'well');
  const gerund = hit.entry.form === 'verb' && /ing$/.test(ctx.folded[hit.first] ?? '') && joined;
  const whole = coordinated || gerund;
  const statusStart = whole || sharesStatusWithPrevious(ctx, hit, w) ? clauseStartBefore(ctx, gerund ? hit.first - 1 : hit.first, w.sStart) : pastSubordinateStart(ctx, hit.first, clauseStart);
  const statusFrom = whole ? (coordinated ? Math.max(statusStart, conjunctVerbGroup(ctx, verb)) : statusStart) : Math.max(statusStart, governingVerbGroup(ctx, verb, w.np.start));
  const status = mentionStatus(ctx, hit, { from: statusFrom, to: Math.min(clauseEnd, statusEnd), npStart: w.np.start });
  // a coordinated item ("a summit in A, and talks with B") is dated like its list
  const from = Math.max(status === 'cancelled' ? hit.end : coordinated ? statusStart : clauseStart, verb - 15);
  // a date opening the sentence of a cancelled contact dates the cancelling ("On Friday, X called off a visit")
  const when = mentionDate(ctx, hit, { from, to: Math.min(clauseEnd, extent + AFTER_FRAME), clauseEnd, npStart: w.np.start, cancelled: status === 'cancelled' }, lightIsPrevious ? undefined : w.previous);
  // ("will brief the media on Monday about her recent visit": a date to come is not a past contact's)
  const date = when && !(pastModified(ctx, hit) && ctx.publishedAt && when.date.start > ctx.publishedAt) ? when : undefined;
  return { ...(place ? { place } : {}), status, ...(date ? { date: date.date } : {}), ...(date?.whole ? { dateWhole: true } : {}) };
}
