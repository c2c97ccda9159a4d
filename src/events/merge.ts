import { WORD_SETS } from './rules/vocabulary.js';
import type { DateRef, EventStatus, EventType, Span } from '../types.js';
import type { EventContext } from './context.js';
import { datesTellApart, pickDate, pickPlace, pickStatus, statusesAgree, type Certainty, type EventDate, type Valued } from './certainty.js';
import { asStates, type EventMention } from './mention/mention.js';
import { partyCountry, type Party } from './party.js';
import { placesClash, type Place } from './place.js';
import { RECALLING_ADVERBS } from '../lexicon/recall.js';
import { namedGroups } from './named-pairs.js';
import { bilateral, eachHasOwnPerson, talkInItsSentence } from './merge-identity.js';
import { TYPE_FREE_TALK } from './lexicon.js';
import { byMedium, MEDIUM_FREE } from './refine/medium.js';
import { resolveGroups } from './groups.js';
import { countryOf, dedupe, officesAgree, sameParty } from './party-match.js';

/** A real-world contact assembled from one or more mentions. */
export interface EventDraft {
  /** Event type. */
  type: EventType;
  /** Mentions in text order. */
  mentions: EventMention[];
  /** Parties, persons and countries, without groups. */
  parties: Party[];
  /** When it happens, and how that was found. */
  date?: EventDate;
  /** Where it happens, and how that was found. */
  place?: Valued<Place>;
  /** Whether it happened, and how that was found. */
  status: Valued<EventStatus>;
  /** The event was assembled from the people of a sentence around a bare noun, not from a mention that names its parties. */
  fromFallback?: boolean;
  /** A venue the text names but no gazetteer places ("the Great Hall of the People"), set aside while the refiners look for its town. */
  venue?: string;
}

/** Nouns that may refer back to a contact of another type ("the summit" for a virtual meeting). */
const LOOSE_NOUNS = new Set(['meeting', 'talk', 'talks', 'summit', 'visit', 'conversation', 'trip', 'tête-à-tête', 'tete-a-tete', 'encounter', 'discussion', 'consultation']);

/** Nouns of talking that name no medium: "the talks" may be a call named before. */
const TALK_NOUNS = new Set(['talk', 'talks', 'conversation', 'discussion', 'discussions']);

/**
 * Merges mentions into events, chrono-node style: each mention either refers to an event already
 * found (same type, compatible parties, no clash of date or place) and adds its evidence, or
 * starts a new one. Groups ("the two leaders") take the parties of the latest event.
 */
export function mergeMentions(ctx: EventContext, mentions: EventMention[]): EventDraft[] {
  const drafts: EventDraft[] = [];
  // headlines only confirm what the body reports: they are read last and never start an event,
  // but the pair a headline names is the first one "the two leaders" of the body can mean
  const history: Party[][] = headlinePairs(ctx, mentions);
  const ordered = [...mentions.filter((m) => !m.headline), ...mentions.filter((m) => m.headline)];
  // people named together with no contact reported ("A and B agreed …") are a pair "each of them" may mean
  const named = namedGroups(ctx);
  const pairs: Party[][] = [...history];
  for (const mention of ordered) {
    while (named[0] && !mention.headline && named[0].at < mention.hit.first) pairs.push(named.shift()!.parties);
    if (mention.generic || mention.repeated || mention.status === 'denied') continue;
    for (const m of splitPerCountry(homeless(ctx, mention))) {
      // "Trump and Kim signed a statement at the end of their summit": with no earlier pair, the people before it
      const known = m.groupHere ? [m.groupFallback] : history.length ? history : m.groupFallback.length >= 2 ? [m.groupFallback] : [];
      const counted = m.groupHere ? known : pairs.length ? pairs : known;
      const resolved = resolveGroups(ctx, m.parties, known, counted, m.hit.first);
      const parties = m.hit.entry.statesOnly ? asStates(ctx, resolved) : resolved;
      if (parties.length >= 2) [history, pairs].forEach((h) => h.push(parties));
      // groups among the leaders a summit inherits from its sentence ("both presidents are due to meet")
      if (m.attendees.some((p) => p.kind === 'group')) m.attendees = resolveGroups(ctx, m.attendees, history);
      if (m.fallbackParties.some((p) => p.kind === 'group')) m.fallbackParties = resolveGroups(ctx, m.fallbackParties, history);
      const each = perMember(ctx, m, parties);
      for (const own of each) addMention(ctx, drafts, m, own, each.length > 1);
    }
  }
  return drafts.sort((a, b) => firstAt(a) - firstAt(b));
}

/**
 * Adds one mention, with its parties resolved, to the event it refers to or as a new one; a contact
 * with one member of a group (`separate`) joins no event with more parties than its own.
 */
function addMention(ctx: EventContext, drafts: EventDraft[], m: EventMention, parties: Party[], separate: boolean): void {
  const open = separate ? drafts.filter((d) => d.parties.length <= parties.length) : drafts;
  const target = findTarget(ctx, open, m, parties);
  const sequelHost = hostCountryOfSequel(m);
  if (target) absorb(ctx, target, m, parties);
  else if (m.hit.entry.refersBack && m.hit.entry.multilateral && parties.length > 0) attendedInstead(ctx, drafts, m, parties);
  else if (m.headline || m.hit.entry.refersBack) return;
  else if (m.multilateral && parties.length === 0) drafts.push(start(ctx, m, dedupe(ctx, [...m.attendees, ...m.fallbackParties])));
  // (a summit whose group stayed unresolved takes the people of its sentence, below)
  else if ((!m.anaphoric || parties.length > 0) && !(parties.length === 0 && m.fallbackParties.length >= 2)) drafts.push(start(ctx, m, parties));
  else if (sequelHost) drafts.push(start(ctx, m, [sequelHost]));
  else if (m.fallbackParties.length >= 2 || (m.multilateral && m.fallbackParties.length >= 1)) {
    const draft = start(ctx, m, dedupe(ctx, m.fallbackParties));
    // a named summit takes the leaders of its sentence as a matter of course; a bare noun is a guess
    if (!m.multilateral) draft.fromFallback = true;
    drafts.push(draft);
  }
}

/**
 * "X skipped the ASEAN summit and sent Y in his place": a stand-in for a summit told only as one
 * stayed away from attends that summit, held where and when it was.
 */
function attendedInstead(ctx: EventContext, drafts: EventDraft[], m: EventMention, parties: Party[]): void {
  const skipped = findSummit(ctx, drafts.filter(isDeclined), { ...m, anaphoric: true });
  if (!skipped) return;
  const draft = start(ctx, m, parties);
  if (!draft.place && skipped.place) draft.place = { ...skipped.place, certainty: 'inherited' };
  if (!draft.date && skipped.date) draft.date = { ...skipped.date, certainty: 'inherited' };
  drafts.push(draft);
}

/** "the next summit will be held in Antigua and Barbuda": a sequel summit held in a country has that country as its host. */
function hostCountryOfSequel(m: EventMention): Party | undefined {
  const country = m.sequel && m.type === 'summit' && m.place?.wholeCountry && !m.placeInherited ? m.place.country : undefined;
  return country ? { kind: 'country', code: country, via: 'name', host: true } : undefined;
}

/**
 * "held separate talks with each of them", "telephoned both prime ministers": the members of the
 * group, one contact each with the other parties (a call to a counted group is one call to each).
 */
function perMember(ctx: EventContext, m: EventMention, parties: Party[]): Party[][] {
  const callsEach = m.type === 'phone_call' && !!m.frame?.partners.some((p) => p.kind === 'group' && p.counted);
  if (!callsEach && !m.parties.some((p) => p.kind === 'group' && p.each)) return [parties];
  const others = dedupe(ctx, m.parties.filter((p) => p.kind !== 'group'));
  const members = parties.filter((p) => !others.some((o) => sameParty(ctx, o, p, true)));
  if (others.length === 0 || members.length < 2) return [parties];
  return members.map((member) => [...others, member]);
}

/** The parties of headline mentions that name two or more, in text order. */
function headlinePairs(ctx: EventContext, mentions: EventMention[]): Party[][] {
  const named = mentions.filter((m) => m.headline).map((m) => dedupe(ctx, m.parties));
  return named.filter((parties) => parties.length >= 2);
}

function lastSentence(d: EventDraft): number {
  return d.mentions[d.mentions.length - 1]?.hit.sentence ?? 0;
}

function firstAt(d: EventDraft): number {
  return Math.min(...d.mentions.map((m) => m.hit.first));
}

function splitPerCountry(m: EventMention): EventMention[] {
  if (!m.perCountry || m.type !== 'phone_call') return [m];
  const countries = m.parties.filter((p) => p.kind === 'country');
  const others = m.parties.filter((p) => p.kind !== 'country');
  if (countries.length < 2 || others.length !== 1) return [m];
  return countries.map((c) => ({ ...m, parties: [...others, c] }));
}

/** Two places the text states for each (not taken from context) that cannot be one. */
function statedPlacesClash(d: EventDraft, m: EventMention): boolean {
  return d.place?.certainty === 'stated' && !m.placeInherited && placesClash(d.place.value, m.place);
}

/**
 * "… spoke with the French president today. The Prime Minister and the President exchanged views
 * on Haiti": a contact whose parties are all told again by title or pronoun, with a trigger of
 * type-free talk and no medium of its own, refers back to the contact those parties just had,
 * whatever its type.
 */
function toldAgain(ctx: EventContext, d: EventDraft, m: EventMention): boolean {
  if (!TYPE_FREE_TALK.has(m.hit.entry.id) || m.parties.length < 2 || d.mentions.some((x) => x.hit.sentence === m.hit.sentence)) return false;
  // "he spoke to the Somali leader by telephone last week": a medium told outright is another contact than a visit
  if (byMedium(ctx, m)) return false;
  return m.parties.every((p) => p.kind === 'group' || (p.kind === 'person' && p.via !== 'name'));
}

function typeFits(ctx: EventContext, d: EventDraft, m: EventMention, parties: Party[]): boolean {
  if (d.type === m.type || toldAgain(ctx, d, m) || talkInItsSentence(ctx, d, m, parties)) return true;
  // a summit naming only a country ("X will host next year's summit") is no other contact of that country's
  if (m.type === 'summit' && parties.length === 1 && parties[0]?.kind === 'country') return false;
  const inPerson = (t: string): boolean => t === 'meeting' || t === 'summit';
  // "a possible Budapest summit meeting" and "meet Putin in Budapest": one bilateral summit (a
  // meeting of two at a summit of three is another contact)
  const bilateral = d.parties.length <= 2 && parties.length <= 2;
  // ("is expected to meet King Abdullah at the summit": a meeting told at a summit is held there, not the summit)
  const meetingAtIt = m.type === 'summit' && m.frame?.frame === 'told-in' && d.mentions.some((x) => x.type === 'meeting' && x.hit.sentence === m.hit.sentence);
  if (inPerson(d.type) && inPerson(m.type) && bilateral && !meetingAtIt && !m.multilateral && !d.mentions.some((x) => x.multilateral)) {
    if (m.place && d.place && !placesClash(d.place.value, m.place)) return true;
  }
  // "During the talks, X told Y …" after their call: a definite talk noun with parties still refers back
  if (!m.anaphoric && !(m.definite && TALK_NOUNS.has(m.hit.head)) && parties.length >= 2) return false;
  // "the G20 summit" is never the meeting on its sidelines, nor is any contact named in the same sentence
  if (m.type === 'summit' && m.multilateral) return false;
  if (d.mentions.some((x) => x.hit.sentence === m.hit.sentence)) return false;
  // "X held talks with Y on Tuesday. During the hour-long call, …": the call tells the talks' medium
  if (callTellsMedium(ctx, d, m)) return true;
  const head = m.hit.head;
  if (!LOOSE_NOUNS.has(head)) return false;
  if (head === 'conversation' || head === 'talk' || head === 'talks') return true;
  return d.type !== 'phone_call';
}

/** Triggers (by rule id) that tell a contact but not its medium ("held talks", "discussions", "exchanged views"): a later call may be it. */
const MEDIUM_OPEN: ReadonlySet<string> = new Set(['talks.noun', 'hold-talks', 'discussion.noun', 'exchange-views', 'exchange.noun', 'conversation', 'agree-together']);

/**
 * Whether an anaphoric call ("the call", "the telephone conversation") is a meeting draft told with
 * no medium, which it makes a call; "the conversation", a call only by default, tells no medium.
 */
function callTellsMedium(ctx: EventContext, d: EventDraft, m: EventMention): boolean {
  if (MEDIUM_FREE.has(m.hit.entry.id) && !byMedium(ctx, m)) return false;
  return m.type === 'phone_call' && m.anaphoric && d.type === 'meeting' && d.mentions.every((x) => MEDIUM_OPEN.has(x.hit.entry.id) && !x.place);
}

/** Whether a draft is the summit its parties stay away from ("X will skip the G20 summit"). */
export function isDeclined(d: EventDraft): boolean {
  return d.mentions.some((m) => m.declined);
}

function findTarget(ctx: EventContext, all: EventDraft[], m: EventMention, parties: Party[]): EventDraft | undefined {
  // "next year's summit" is no occasion reported before it; staying away from a summit is no attending of it
  const drafts = (m.sequel ? all.filter((d) => d.mentions.some((x) => x.sequel)) : all).filter((d) => isDeclined(d) === !!m.declined);
  if (m.type === 'summit' && (m.multilateral || m.summitName)) return findSummit(ctx, drafts, m);
  // "The summit, hosted by X, opened on Friday": a definite summit refers to the one named before
  if (m.type === 'summit' && m.definite) {
    const named = findSummit(ctx, drafts, { ...m, anaphoric: true });
    if (named) return named;
  }
  // a bare "the meeting" looks for a meeting first, then for a contact of another type
  if (parties.length === 0) {
    const same = findIn(ctx, drafts, m, parties, (d) => d.type === m.type);
    if (same) return same;
  }
  return findIn(ctx, drafts, m, parties, (d) => typeFits(ctx, d, m, parties));
}

/**
 * The summit a multilateral summit mention refers to: the latest one of the same name (or, for a
 * mention with no name of its own, the latest named one), with no clash of date or place. Its
 * parties are attendees, not what tells it apart.
 */
/** How many sentences back "the summit" refers to a summit the text has not named. */
const DEFINITE_SUMMIT_REACH = 2;

function findSummit(ctx: EventContext, drafts: EventDraft[], m: EventMention): EventDraft | undefined {
  for (let k = drafts.length - 1; k >= Math.max(0, drafts.length - 50); k--) {
    const d = drafts[k];
    if (!d || d.type !== 'summit') continue;
    if (m.hit.sentence - lastSentence(d) > 60) break;
    const name = d.mentions.find((x) => x.summitName)?.summitName;
    // ("X will host a summit in Sharm el-Sheikh. Y is expected to meet Z at the summit": "the summit" of the sentences just before)
    const justTold = m.definite && !m.summitName && m.hit.sentence - lastSentence(d) <= DEFINITE_SUMMIT_REACH;
    if (!d.mentions.some((x) => x.multilateral || x.summitName) && !justTold) continue;
    if (m.summitName && name && name !== m.summitName && !name.includes(m.summitName) && !m.summitName.includes(name)) continue;
    if (!m.summitName && !m.anaphoric && m.parties.length === 0) continue;
    // a summit's own date, where its mention inherited one, still tells it apart from a summit dated before
    if (datesTellApart(d.date, m.date, false) || statedPlacesClash(d, m)) continue;
    return d;
  }
  return undefined;
}

/** Two day-precise dates of the same day: a plan and its report are then one contact ("planned a call on Monday" / "spoke on Monday"). */
function sameDay(a?: DateRef, b?: DateRef): boolean {
  return !!a && !!b && a.precision === 'day' && b.precision === 'day' && a.start === b.start;
}

/**
 * "Macron arrives on Tuesday in Belém, where he will be welcomed by Lula": two mentions of one
 * sentence, only one of them dated, are one contact whatever their tenses, unless the sentence
 * sets them apart ("met in May and will meet again", "… and agreed to hold the next round").
 */
function oneClauseDated(ctx: EventContext, d: EventDraft, m: EventMention): boolean {
  const here = d.mentions.filter((x) => x.hit.sentence === m.hit.sentence);
  if (here.length === 0 || (m.date && here.some((x) => x.date))) return false;
  const s = ctx.doc.sentences[m.hit.sentence];
  for (let i = s?.firstToken ?? 0; i < (s?.endToken ?? 0); i++) if (ctx.folded[i] === 'again' || ctx.folded[i] === 'another' || nextOccasion(ctx, i) || earlierOccasion(ctx, i)) return false;
  return true;
}

/** "who last visited China in 1993": an adverb of an earlier occasion, outside a date expression ("last week" is a date), right before a verb. */
function earlierOccasion(ctx: EventContext, i: number): boolean {
  return RECALLING_ADVERBS.has(ctx.folded[i] ?? '') && ctx.dateAt[i] === undefined && ctx.pos[i + 1] === 'VERB';
}

/** "the next round", "their next session": "next" outside a date expression ("next week" is a date). */
function nextOccasion(ctx: EventContext, i: number): boolean {
  return ctx.folded[i] === 'next' && ctx.dateAt[i] === undefined && ctx.pos[i + 1] === 'NOUN';
}


/** Whether a mention recalls an earlier occasion than the one the text reports. */
function recalled(ctx: EventContext, m: EventMention): boolean {
  return RECALLING_ADVERBS.has(ctx.folded[m.hit.first - 1] ?? '') || RECALLING_ADVERBS.has(ctx.folded[m.hit.first - 2] ?? '');
}

function findIn(ctx: EventContext, drafts: EventDraft[], m: EventMention, parties: Party[], fits: (d: EventDraft) => boolean): EventDraft | undefined {
  const visitedCountry = m.hit.entry.role === 'visit' && !parties.some((p) => p.kind === 'person' && p.host) ? parties.find((p) => p.kind === 'country' && p.host) : undefined;
  // at most 50 events back, and 60 sentences: further back, a "the meeting" is another one
  for (let k = drafts.length - 1; k >= Math.max(0, drafts.length - 50); k--) {
    const d = drafts[k];
    if (!d) continue;
    // references reach back 60 sentences at most: further back, a "the meeting" is another one
    if (m.hit.sentence - lastSentence(d) > 60) break;
    if (!fits(d)) continue;
    // "a visit to Pakistan" is not a meeting held elsewhere or nowhere named
    if (visitedCountry?.kind === 'country' && d.place?.value.country !== visitedCountry.code && !d.mentions.some((x) => x.hit.entry.role === 'visit')) continue;
    // a bare noun in the sentence of a contact refers to it, whatever date its clause holds
    const sameSentence = m.anaphoric && d.mentions.some((x) => x.hit.sentence === m.hit.sentence);
    if ((!sameSentence && datesTellApart(d.date, m.date, !!m.dateInherited)) || statedPlacesClash(d, m)) continue;
    // "they last met in Bali in November": an earlier occasion, one with another only on the same day,
    // or with an undated one of its own sentence ("the joint commission last met in 2019")
    const ownSentence = !d.date && d.mentions.every((x) => x.hit.sentence === m.hit.sentence);
    if (m.date && recalled(ctx, m) && !ownSentence && !(d.date && d.date.value.start === m.date.start && d.date.value.end === m.date.end)) continue;
    // a contact that happened is not the one planned or called off, nor is "its meeting in Islamabad
    // in October", a bare noun with a date of its own and a plan, the talks that happened
    const statusClash = d.status.certainty === 'stated' && m.status !== 'denied' && !statusesAgree(d.status.value, m.status);
    if (statusClash && statusCertainty(m, parties) === 'stated' && !sameDay(d.date?.value, m.date) && !oneClauseDated(ctx, d, m)) continue;
    if (statusClash && m.anaphoric && !sameSentence && m.date && !m.dateInherited) continue;
    // those who stay away from one summit stay away together ("X will skip it, and so will Y")
    if (parties.length === 0 || m.declined) return d;
    // "the four leaders are likely to meet": a contact the text counts is none of fewer parties
    if (d.parties.length < countedSize(m)) continue;
    const shared = parties.filter((p) => d.parties.some((q) => sameParty(ctx, p, q))).length;
    const needed = Math.min(2, parties.length, Math.max(1, d.parties.length));
    // "Xi met Macron … Later the same day, Xi, Macron and von der Leyen held a trilateral meeting": a later, wider contact is another one
    // "… then held a bilateral meeting with B": a contact of two the text calls bilateral is not one of more
    if (bilateral(ctx, m) && parties.length === 2 && d.parties.length > 2) continue;
    if (shared >= needed && !(shared < parties.length && shared === d.parties.length && laterInSequence(ctx, m)) && !eachHasOwnPerson(ctx, d, parties)) return d;
  }
  return undefined;
}

/** How many take part by the text's own count ("the four leaders"), or 0 when it gives none. */
function countedSize(m: EventMention): number {
  return Math.max(0, ...m.parties.map((p) => (p.kind === 'group' && (p.size ?? 0) >= 3 ? (p.size ?? 0) : 0)));
}

/**
 * "before departing for Alaska", "flew back to Kenya": a journey of one person to the country they
 * act for is no contact of its own, and lends its place to none; only its traveller stays, so that
 * it may still date the contact it follows.
 */
function homeless(ctx: EventContext, m: EventMention): EventMention {
  if (m.hit.entry.id !== 'travel' || m.parties.length !== 2) return m;
  const traveller = m.parties.find((p) => p.kind === 'person' && !p.host);
  const place = m.parties.find((p) => p.kind === 'country');
  const home = partyCountry(traveller, ctx.people);
  if (!traveller || !home || place?.kind !== 'country' || place.code !== home) return m;
  const { place: _dropped, ...rest } = m;
  return { ...rest, parties: [traveller] };
}


/** Whether a sequence word stands in the mention's clause before its trigger ("Later the same day, …"). */
function laterInSequence(ctx: EventContext, m: EventMention): boolean {
  const s = ctx.doc.sentences[m.hit.sentence];
  for (let i = Math.max(s?.firstToken ?? 0, m.hit.first - 25); i < m.hit.first; i++) if (WORD_SETS.sequence!.has(ctx.folded[i] ?? '')) return true;
  return false;
}

function start(ctx: EventContext, m: EventMention, parties: Party[]): EventDraft {
  const draft: EventDraft = {
    type: m.type,
    mentions: [m],
    // a summit's attendees named in its sentence ("met on the sidelines of the G20") are its parties
    parties: m.type === 'summit' ? dedupe(ctx, [...parties, ...m.attendees.map((a) => ({ ...a, host: false }))]) : parties,
    status: { value: m.status === 'denied' ? 'occurred' : m.status, certainty: statusCertainty(m, parties) },
  };
  const date = dateOf(m);
  if (date) draft.date = date;
  if (m.place) draft.place = { value: m.place, certainty: m.placeInherited ? 'inherited' : 'stated' };
  return draft;
}

/** A mention's status is stated when a body mention names both sides; a headline or a bare "the meeting" only suggests it. */
function statusCertainty(m: EventMention, parties: Party[]): Certainty {
  return !m.headline && !m.anaphoric && parties.length >= 2 ? 'stated' : 'inferred';
}

/**
 * "X arrives in Kampala on Tuesday, where he will meet Y", "flew on to Doha, where he is due to see
 * Y", "arrived on Tuesday ahead of talks with Y": a plan a cue states in a relative clause after the
 * contact, or after the journey it is for, outweighs the "occurred" its verb
 * got by default, no cue being found (not so a plan in the contact's topic: "received X to review
 * preparations for a visit").
 */
function planBeatsTenseDefault(ctx: EventContext, d: EventDraft, m: EventMention, parties: Party[]): boolean {
  if ((m.status !== 'planned' && m.status !== 'proposed') || d.status.value !== 'occurred' || statusCertainty(m, parties) !== 'stated') return false;
  const before = d.mentions.filter((x) => x !== m && x.hit.sentence === m.hit.sentence && x.hit.end <= m.hit.first);
  if (before.length !== d.mentions.length - 1) return false;
  // or the journey it is the purpose of ("arrived in Kyiv on Tuesday ahead of talks with Y"): the arrival happened, the talks are ahead
  return before.some((x) => relativeBetween(ctx, x.hit.end, m.hit.first) || x.hit.entry.id === 'travel');
}

/** Whether ", where", ", which", ", when" or ", who" opens a relative clause between tokens `from` and `to`. */
function relativeBetween(ctx: EventContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.folded[i] === ',' && RELATIVE_OPENERS.has(ctx.folded[i + 1] ?? '')) return true;
  return false;
}

const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['where', 'which', 'when', 'who']);

function dateOf(m: EventMention): EventDate | undefined {
  if (!m.date) return undefined;
  return { value: m.date, certainty: m.dateInherited ? 'inherited' : 'stated', ...(m.dateWhole ? { whole: true } : {}) };
}

function absorb(ctx: EventContext, d: EventDraft, m: EventMention, parties: Party[]): void {
  if (callTellsMedium(ctx, d, m)) d.type = 'phone_call';
  d.mentions.push(m);
  if (m.type === 'summit' && d.type === 'meeting' && !m.anaphoric) d.type = 'summit';
  if (d.type === 'summit') for (const a of m.attendees) if (!d.parties.some((q) => sameParty(ctx, a, q))) d.parties.push(a);
  if (parties.length >= 2 || d.parties.length < 2 || d.type === 'summit') addParties(ctx, d, parties);
  d.date = pickDate(d.date, dateOf(m));
  d.place = pickPlace(d.place, m.place ? { value: m.place, certainty: m.placeInherited ? 'inherited' : 'stated' } : undefined);
  if (m.status !== 'denied') d.status = pickStatus(d.status, { value: m.status, certainty: statusCertainty(m, parties) });
  if (planBeatsTenseDefault(ctx, d, m, parties)) d.status = { value: m.status as EventStatus, certainty: 'stated' };
}

/** Adds the parties of a mention; a person replaces the country that stood for them. */
function addParties(ctx: EventContext, d: EventDraft, parties: Party[]): void {
  for (const p of parties) {
    if (d.parties.some((q) => sameParty(ctx, p, q, true))) continue;
    const standIn = d.parties.findIndex((q) => q.kind === 'country' && p.kind === 'person' && countryOf(ctx, p) === q.code && officesAgree(ctx, p, q));
    if (standIn >= 0) d.parties[standIn] = { ...p, host: d.parties[standIn]?.host || p.host };
    else if (!d.parties.some((q) => sameParty(ctx, p, q))) d.parties.push(p);
  }
}

/** The evidence sentences of a draft, in text order, without repeats. */
export function evidenceOf(ctx: EventContext, d: EventDraft): Span[] {
  const seen = new Set<number>();
  const out: Span[] = [];
  for (const m of [...d.mentions].sort((a, b) => a.hit.first - b.hit.first)) {
    if (seen.has(m.hit.sentence)) continue;
    seen.add(m.hit.sentence);
    const s = ctx.doc.sentences[m.hit.sentence];
    if (s) out.push({ start: s.start, end: s.end, text: s.text });
  }
  return out;
}
