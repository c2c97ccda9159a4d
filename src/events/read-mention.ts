import type { DateRef, EventStatus, EventType, Span } from '../types.js';
import type { EventContext } from './context.js';
import type { TriggerHit } from './find-triggers.js';
import { CLAUSE_BOUNDARIES, DESCRIPTION_HEADS, PARTY_PREPOSITIONS, SKIPPABLE } from './lexicon.js';
import { TITLE_WORDS } from '../entities/people/titles.js';
import { firstAbove } from '../text/sorted.js';
import { addDays } from '../dates/calendar.js';
import { AGENT_NOUNS, COUNTS, GROUP_NOUNS, readPartiesForward, resolveDescription, resolvePronoun, type Party } from './parties.js';
import { readPlace, type Place } from './place.js';
import { phraseAt } from './phrase-at.js';
import { readStatus } from './status.js';
import { GENERIC_DETERMINERS, REPEATED_CONTACT_CUES } from './status-cues.js';
import type { FrameReading } from './read-frames.js';
import { leadSubject } from './refine/agent.js';
import { summitName } from './summit-name.js';
import { numberValue, VAGUE_QUANTITIES } from '../lexicon/numbers.js';

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
  /** What the argument frames read, when one matched. */
  frame?: FrameReading;
  /** The name of a summit ("g20", "nato", "americas"), what tells two summits apart. */
  summitName?: string;
}

/** How far (in tokens) around a trigger its sentence is read: long enough for any real sentence, bounded for run-on text. */
const WINDOW = 60;

/** How a contact was made, between a verb and its partner ("spoke by phone with …"). */
const MEDIUM_PHRASES: ReadonlyArray<string[]> = ['over dinner', 'over lunch', 'over breakfast', 'at dinner', 'at lunch', 'by phone', 'by telephone', 'by video', 'by video link', 'by videoconference', 'over the phone', 'over the telephone', 'on the phone', 'on the telephone', 'via video link', 'via video', 'by video conference', 'via telephone', 'via phone']
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);

/** Calendar words, skipped like dates even when no publication date lets them resolve. */
const CALENDAR_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec this last next week month year today yesterday'.split(' '),
);

const LIGHT_VERBS = new Set([
  'held', 'hold', 'holds', 'holding', 'had', 'have', 'has', 'having', 'conducted', 'attend', 'attended', 'attending',
  'attends', 'receive', 'received', 'joined', 'join', 'made', 'make', 'host', 'hosted', 'hosting', 'hosts',
  'arranged', 'arrange', 'sought', 'seek', 'requested', 'request', 'welcomed', 'began', 'concluded', 'wrapped',
  'wind', 'wound', 'locks', 'locked', 'confirms', 'confirmed', 'confirm', 'cancelled', 'canceled', 'postponed',
  'skipped', 'planned', 'plans', 'proposed', 'offered', 'pledged', 'announced', 'took', 'take',
  'paid', 'pay', 'pays', 'paying', 'attendance', 'participation', 'gave', 'give', 'gives', 'extended', 'accorded',
]);

/** Reads the parties, date, place and status of one trigger. */
export function readMention(ctx: EventContext, hit: TriggerHit, siblings: TriggerHit[], headline: boolean): EventMention {
  const sentence = ctx.doc.sentences[hit.sentence];
  const sStart = sentence?.firstToken ?? 0;
  const sEnd = sentence?.endToken ?? ctx.doc.tokens.length;
  const k = siblings.indexOf(hit);
  const previous = siblings[k - 1];
  const next = siblings[k + 1];
  const right = next ? next.first : sEnd;
  const first = ctx.doc.tokens[hit.first];
  const last = ctx.doc.tokens[hit.end - 1];
  const trigger: Span = {
    start: first?.start ?? 0,
    end: last?.end ?? 0,
    text: ctx.doc.text.slice(first?.start ?? 0, last?.end ?? 0),
  };
  const parties: Party[] = [];
  const exclude = new Set<string>();
  const add = (list: Party[]): void => {
    for (const p of list) {
      if (p.kind === 'person') {
        if (exclude.has(p.personId)) continue;
        exclude.add(p.personId);
      }
      parties.push(p);
    }
  };
  let perCountry = false;

  // 1. what stands right before the trigger: premodifiers, a possessive, or the subject
  const np = nounPhraseStart(ctx, hit.first, Math.max(sStart, previous ? previous.end : sStart), sStart);
  const pre = readPremodifiers(ctx, np.start, hit.first);
  add(pre.parties);
  const verbalNoun = isVerbalUse(ctx, hit);
  if (!process.env.NOOLD && (hit.entry.form === 'verb' || np.lightVerb || verbalNoun)) {
    const verb = verbalNoun ? hit.first : (np.lightVerb ?? hit.first);
    const subject = readSubject(ctx, verb, Math.max(sStart, previous ? previous.end : sStart), exclude);
    let found = subject.parties.length ? subject.parties : coordinatedSubject(ctx, verb, sStart, exclude);
    if (found.length === 0 && verbalNoun && ctx.folded[hit.first] === 'meeting') found = sentenceSubject(ctx, sStart, hit.first, exclude);
    add(found);
  }
  // 2. what follows: objects and partners
  const object = readObject(ctx, hit, right, exclude);
  if (!process.env.NOOLD) add(object.parties);
  perCountry = object.perCountry;
  // "…in Florida, where the discussions included Elon Musk and Michael Waltz"
  if (hit.entry.type !== 'phone_call') add(readJoiners(ctx, hit.end, sEnd, exclude));
  if (hit.entry.role === 'host' || hit.entry.role === 'visit') {
    // "was received by X": the agent hosts
    if (ctx.folded[hit.end] === 'by' || ctx.folded[hit.end + 1] === 'by') {
      for (const p of object.parties) if (p.kind !== 'group') p.host = true;
    } else if (hit.entry.role === 'host') {
      // "X hosted Y": the subject hosts
      for (const p of parties) if (p.kind !== 'group' && !object.parties.includes(p)) p.host = true;
    }
  }

  // 3. place, date, status, and what makes the mention no event of its own
  const lightIsPrevious = previous !== undefined && np.lightVerb !== undefined && previous.first === np.lightVerb;
  const clauseStart = clauseStartBefore(ctx, hit.first, Math.max(sStart, previous && !lightIsPrevious ? previous.end : sStart));
  const place = readPlace(ctx, hit, Math.max(clauseStart, hit.first - 4), right, object.end);
  let clauseEnd = clauseEndAfter(ctx, hit.end, right);
  if (hit.entry.form === 'noun' && (ctx.folded[clauseEnd] === 'that' || ctx.folded[clauseEnd] === 'which') && clauseEnd - Math.max(hit.end, object.end) <= 1) {
    clauseEnd = clauseEndAfter(ctx, clauseEnd + 1, right);
  }
  const statusEnd = hit.entry.form === 'verb' ? hit.end + 2 : Math.max(hit.end, object.end) + 7;
  let status = readStatus(ctx, hit, Math.max(clauseStart, (np.lightVerb ?? hit.first) - 8), Math.min(clauseEnd, statusEnd), np.start);
  // "a visit to Astana by X, who was due to …, has been postponed": the sentence's verb calls off the event it is about
  if (hit.entry.form === 'noun' && status !== 'cancelled' && calledOffLater(ctx, hit.end, sEnd)) status = 'cancelled';
  if (status !== 'cancelled' && planFellThrough(ctx, sStart, hit.first, sEnd)) status = 'cancelled';
  // "On Friday, Blinken called off a visit …": a date before a cancelled trigger dates the cancelling
  // a date belongs to the trigger only near it: 15 words before, or 10 after its partners
  const dateFrom = Math.max(status === 'cancelled' ? hit.end : clauseStart, hit.first - 15);
  const dateTo = Math.min(clauseEnd, Math.max(hit.end, object.end) + 10);
  const dateIndex = nearestDate(ctx, hit, dateFrom, dateTo, previous);
  // "The summit, hosted by X, opened on Tuesday and ends on Thursday": a summit's opening date may follow a participle
  const opening = dateIndex === undefined && hit.entry.type === 'summit' ? openingDate(ctx, hit.end, Math.min(sEnd, hit.end + 30)) : undefined;
  const chosen = dateIndex ?? opening;
  const date = chosen === undefined ? undefined : stretch(ctx, chosen, np.start, hit, clauseEnd);
  const determiner = ctx.folded[np.start] ?? '';
  const generic = GENERIC_DETERMINERS.has(determiner) || (hit.plural && hit.strength < 0.55) || ctx.folded[hit.end - 1] === 'summits';
  const repeated = isRepeated(ctx, hit.end, right);
  // "the cooperation council meeting": a noun modifier names a contact of its own, not the last one
  const modified = ctx.doc.tokens
    .slice(np.start, hit.first)
    .some((t, k) => {
      const i = np.start + k;
      return (t.pos === 'NOUN' || t.pos === 'PROPN') && !ctx.personAt[i] && !ctx.facts.country[i] && ctx.dateAt[i] === undefined && !ctx.facts.organisation[i] && !/^(?:g-?\d+|phone|telephone|surprise|day|state|official)$/.test(ctx.folded[i] ?? '');
    });
  const anaphoric = hit.entry.form === 'noun' && parties.length === 0 && !modified;
  return {
    hit,
    type: hit.entry.type,
    trigger,
    parties,
    perCountry,
    ...(date !== undefined ? { date } : {}),
    ...(date && chosen !== undefined && date !== ctx.dates[chosen] ? { dateWhole: true } : {}),
    ...(place ? { place } : {}),
    status,
    generic,
    repeated,
    anaphoric,
    headline,
    multilateral: hit.entry.type === 'summit' && isMultilateral(ctx, np.start, hit),
    ...(hit.entry.type === 'summit' ? { summitName: summitName(ctx, hit) } : {}),
    fallbackParties: anaphoric ? sentenceParties(ctx, Math.max(sStart, hit.first - WINDOW), Math.min(sEnd, hit.end + WINDOW)) : [],
    attendees: anaphoric && hit.entry.type === 'summit' ? sentenceParties(ctx, Math.max(sStart, hit.first - WINDOW), Math.min(sEnd, hit.end + WINDOW)) : [],
    groupFallback: parties.some((p) => p.kind === 'group') ? groupFallback(ctx, sStart, hit) : [],
  };
}

/** Who "they" may stand for with no earlier contact: the people named before it in its sentence, else the subject of the sentence before. */
export function groupFallback(ctx: EventContext, sStart: number, hit: TriggerHit): Party[] {
  const here = sentenceParties(ctx, Math.max(sStart, hit.first - WINDOW), hit.first);
  if (here.length >= 2) return here;
  const previous = leadSubject(ctx, hit.sentence - 1);
  return previous.length >= 2 ? previous : here;
}

const JOIN_VERBS = new Set(['included', 'including', 'include', 'joined', 'attended', 'involved']);

/** Parties added in a following "where/during which … included X and Y" clause. */
function readJoiners(ctx: EventContext, from: number, limit: number, exclude: Set<string>): Party[] {
  for (let i = from; i < Math.min(limit, from + 30); i++) {
    const w = ctx.folded[i] ?? '';
    if (w !== 'where' && w !== 'which') continue;
    for (let j = i + 1; j < Math.min(limit, i + 6); j++) {
      if (JOIN_VERBS.has(ctx.folded[j] ?? '')) return readPartiesForward(ctx, j + 1, limit, exclude).parties;
    }
    return [];
  }
  return [];
}

/** Everyone a sentence names as acting (not as speaker, not as owner of a thing), for anaphoric mentions that find no event. */
function sentenceParties(ctx: EventContext, from: number, to: number): Party[] {
  const out: Party[] = [];
  const seen = new Set<string>();
  for (let i = from; i < to; i++) {
    const id = ctx.personAt[i];
    if (id && ctx.personStart[i]) {
      let end = i;
      while (end < to && ctx.personAt[end] === id) end++;
      const after = ctx.folded[end] ?? '';
      const speaker = SPEECH.has(after) || SPEECH.has(ctx.folded[i - 1] ?? '');
      if (after !== "'s" && !speaker && !seen.has(id)) {
        seen.add(id);
        out.push({ kind: 'person', personId: id, via: 'name' });
      }
      continue;
    }
    const w = ctx.folded[i] ?? '';
    if (DESCRIPTION_WORDS.has(w) && !ctx.personAt[i + 1] && (ctx.facts.countryKind[i - 1] === 'demonym' || ctx.facts.country[i - 1])) {
      const person = resolveDescription(ctx, ctx.facts.country[i - 1], w, i);
      if (person && !seen.has(person)) {
        seen.add(person);
        out.push({ kind: 'person', personId: person, via: 'description' });
      }
    }
  }
  return out;
}

const SPEECH = new Set(['said', 'says', 'told', 'added', 'according']);
const DESCRIPTION_WORDS = new Set(['leader', 'president', 'premier', 'chancellor', 'counterpart', 'minister', 'pm']);

/** "the G20 summit", "the NATO Summit", "Summit of the Americas", "a trilateral summit": a gathering of many. */
function isMultilateral(ctx: EventContext, npStart: number, hit: TriggerHit): boolean {
  if (/^g-?\d+$/.test(ctx.folded[hit.first] ?? '')) return true;
  // "the North American Leaders Summit": a summit with a name of its own
  const head = ctx.doc.tokens[hit.first]?.text ?? '';
  if (/^S/.test(head) && hit.first > npStart && /^\p{Lu}/u.test(ctx.doc.tokens[hit.first - 1]?.text ?? '') && !ctx.personAt[hit.first - 1]) return true;
  for (let i = npStart; i < hit.first; i++) {
    if (ctx.facts.organisation[i] || /^(?:g-?\d+|trilateral|multilateral|regional|international|global|world|eu|asean|nato|brics|arab|african|nuclear|climate)$/.test(ctx.folded[i] ?? '')) return true;
  }
  // "Summit of the Americas", "Summit of the Group of 20"
  if (ctx.folded[hit.end] !== 'of') return false;
  const next = ctx.folded[hit.end + 1] === 'the' ? hit.end + 2 : hit.end + 1;
  return /^\p{Lu}/u.test(ctx.doc.tokens[next]?.text ?? '');
}

/** Where the noun phrase of a nominal trigger starts ("the October 17 call", "his first summit"), and the light verb before it. */
function nounPhraseStart(ctx: EventContext, first: number, floor: number, sentenceStart: number): { start: number; lightVerb?: number } {
  let i = first - 1;
  while (i >= floor) {
    const w = ctx.folded[i] ?? '';
    const pos = ctx.doc.tokens[i]?.pos ?? '';
    if (ctx.dateAt[i] !== undefined || ctx.personAt[i] || ctx.facts.country[i] || ['ADJ', 'NUM', 'DET', 'PROPN'].includes(pos) || ["'s", 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'first', 'second', 'third', 'one-hour', 'possible', 'planned', 'upcoming', 'direct', 'phone', 'telephone', '-', 'surprise'].includes(w)) {
      i--;
      continue;
    }
    break;
  }
  const start = i + 1;
  // "held a phone conversation", "refused to receive a phone call", "pledged to host any summit"
  let j = start - 1;
  for (let hops = 0; j >= sentenceStart && hops < 5; hops++, j--) {
    const w = ctx.folded[j] ?? '';
    if (LIGHT_VERBS.has(w)) return { start, lightVerb: j };
    if (!['to', 'also', 'jointly', 'for', 'in', 'at', 'on', 'during', 'of', 'hours', 'rounds', 'round', 'days', 'series', 'minutes', 'five', 'two', 'three', 'four', 'several', 'lengthy', 'more'].includes(w)) break;
  }
  return { start };
}

/** Parties named inside the noun phrase before the trigger: "his call", "Rohani's direct call", "US-North Korea summit". */
function readPremodifiers(ctx: EventContext, start: number, first: number): { parties: Party[] } {
  const parties: Party[] = [];
  for (let i = start; i < first; i++) {
    const w = ctx.folded[i] ?? '';
    const id = ctx.personAt[i];
    if (id) {
      if (!parties.some((p) => p.kind === 'person' && p.personId === id)) parties.push({ kind: 'person', personId: id, via: 'name' });
      continue;
    }
    if ((w === 'his' || w === 'her') && i === start) {
      const person = resolvePronoun(ctx, i, new Set());
      if (person) parties.push({ kind: 'person', personId: person, via: 'pronoun' });
      continue;
    }
    if (w === 'their') {
      parties.push({ kind: 'group' });
      continue;
    }
    if (w === 'inter-korean') {
      parties.push({ kind: 'country', code: 'KOR', via: 'name' }, { kind: 'country', code: 'PRK', via: 'name' });
      continue;
    }
    const code = ctx.facts.country[i];
    const kind = ctx.facts.countryKind[i];
    if (code && (kind === 'name' || kind === 'demonym') && !parties.some((p) => p.kind === 'country' && p.code === code)) {
      parties.push({ kind: 'country', code, via: 'name' });
    }
  }
  return { parties };
}

/** The subject of a verbal trigger (or of the light verb of a nominal one): the parties right before it. */
function readSubject(ctx: EventContext, verb: number, floor: number, exclude: Set<string>): { parties: Party[] } {
  let i = verb - 1;
  let skipped = 0;
  while (i >= floor && skipped < 12) {
    const w = ctx.folded[i] ?? '';
    const pos = ctx.doc.tokens[i]?.pos ?? '';
    // "will travel to Beijing next week to meet Xi": a place after a preposition is no subject
    if (ctx.facts.country[i] && (ctx.facts.countryKind[i] === 'capital' || ctx.facts.countryKind[i] === 'name')) {
      let k = i;
      while (k > floor && ctx.facts.country[k - 1] === ctx.facts.country[i]) k--;
      if (['to', 'in', 'at', 'from', 'for', 'into'].includes(ctx.folded[k - 1] ?? '')) {
        i = k - 2;
        skipped++;
        continue;
      }
    }
    if (ctx.personAt[i] || ctx.facts.country[i] || GROUP_NOUNS.has(w) || AGENT_NOUNS.has(w) || ['he', 'she', 'they', 'we'].includes(w)) break;
    if (DESCRIPTION_HEADS.has(w.replace(/\.$/, ''))) break;
    // J. "Berdimuhamedov, who was due to hold talks": the relative pronoun stands for the name before it
    if (w === 'who') {
      for (let k = i - 1; k >= Math.max(floor, i - 3); k--) {
        const id = ctx.personAt[k];
        if (id && !exclude.has(id)) return { parties: [{ kind: 'person', personId: id, via: 'pronoun' }] };
        if (ctx.folded[k] !== ',') break;
      }
    }
    if (CLAUSE_BOUNDARIES.has(w) && w !== 'as') return { parties: [] };
    if (ctx.dateAt[i] !== undefined || SKIPPABLE.has(w) || ['VERB', 'AUX', 'PART', 'ADV', 'ADP', 'DET', 'NUM', 'ADJ'].includes(pos) || w === ',') {
      i--;
      skipped++;
      continue;
    }
    return { parties: [] };
  }
  if (i < floor) return { parties: [] };
  // walk back to the start of the run of parties, then read it forward
  let start = i;
  while (start - 1 >= floor) {
    const w = ctx.folded[start - 1] ?? '';
    if (CLAUSE_BOUNDARIES.has(w) || ctx.dateAt[start - 1] !== undefined) break;
    const j = start - 1;
    if (ctx.personAt[j] || ctx.facts.country[j] || w === 'and' || w === ',' || w === "'s" || TITLE_WORDS.has(w.replace(/\.$/, '')) || GROUP_NOUNS.has(w) || AGENT_NOUNS.has(w) || COUNTS.has(w) || ['he', 'she', 'they'].includes(w)) {
      start = j;
      continue;
    }
    break;
  }
  // a leading comma-separated phrase is not part of the subject ("Earlier in the week, Orban met")
  while (start < i && (ctx.folded[start] === ',' || ctx.folded[start] === 'and' || ctx.folded[start] === "'s")) start++;
  const run = readPartiesForward(ctx, start, i + 1, exclude);
  // "Trump's residence"-style possessors in subject position are owners, not parties
  return { parties: run.parties.filter((p) => !(p.kind !== 'group' && p.host)) };
}

/**
 * A trigger noun used as a verb: "to visit Riyadh", "will visit", "a day after meeting Putin" (a
 * gerund followed directly by a person).
 */
function isVerbalUse(ctx: EventContext, hit: TriggerHit): boolean {
  const before = ctx.folded[hit.first - 1] ?? '';
  if (hit.entry.role === 'visit' && ['to', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'can'].includes(before)) return true;
  return (
    ctx.folded[hit.first] === 'meeting' &&
    !['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', "'s"].includes(before) &&
    (!!ctx.personAt[hit.end] || TITLE_WORDS.has(ctx.folded[hit.end] ?? ''))
  );
}

/** "Macron flew to Kyiv …, a day after meeting Putin": a participle takes the subject of the sentence. */
function sentenceSubject(ctx: EventContext, sStart: number, before: number, exclude: Set<string>): Party[] {
  for (let i = sStart; i < Math.min(before, sStart + 15); i++) {
    const id = ctx.personAt[i];
    if (id && !exclude.has(id)) return [{ kind: 'person', personId: id, via: 'name' }];
    if (ctx.doc.tokens[i]?.pos === 'VERB') break;
  }
  return [];
}

/**
 * "The two men had established a sense of respect during the call and agreed to meet soon": a
 * verb coordinated with an earlier one shares its subject, the first run of parties after the
 * last "said"/"that" before it.
 */
function coordinatedSubject(ctx: EventContext, verb: number, sStart: number, exclude: Set<string>): Party[] {
  let and = -1;
  for (let i = verb - 1; i >= Math.max(sStart, verb - 4); i--) {
    if (ctx.folded[i] === 'and') {
      and = i;
      break;
    }
  }
  if (and < 0) return [];
  let from = sStart;
  for (let i = and - 1; i >= sStart; i--) {
    if (['said', 'says', 'that', 'told'].includes(ctx.folded[i] ?? '')) {
      from = i + 1;
      break;
    }
  }
  for (let i = from; i < and; i++) {
    const w = ctx.folded[i] ?? '';
    if (ctx.personAt[i] || ctx.facts.country[i] || ['the', 'he', 'she', 'they', 'both'].includes(w)) {
      const run = readPartiesForward(ctx, i, and, exclude);
      if (run.parties.length) return run.parties.filter((p) => !(p.kind !== 'group' && p.host));
    }
    if (ctx.doc.tokens[i]?.pos === 'VERB') break;
  }
  return [];
}

/** Parties after the trigger: "with X", "between X and Y", "to X", "by X", or a direct object. */
function readObject(ctx: EventContext, hit: TriggerHit, limit: number, exclude: Set<string>): { parties: Party[]; perCountry: boolean; end: number } {
  let i = hit.end;
  let skipped = 0;
  let sawPreposition = false;
  while (i < limit && skipped < 8) {
    const w = ctx.folded[i] ?? '';
    const medium = MEDIUM_PHRASES.find((p) => phraseAt(ctx.folded, i, p));
    if (medium) {
      // "spoke by phone", "over the telephone", "via video link": the medium, not a party
      i += medium.length;
      skipped++;
      continue;
    }
    if (PARTY_PREPOSITIONS.has(w) && w !== 'and' && !(w === 'to' && ctx.doc.tokens[i + 1]?.pos === 'VERB')) {
      if (w === 'along' || w === 'together') i++;
      if (w === 'of' && hit.entry.form === 'verb') break;
      if (w === 'to' && hit.entry.role === 'mutual' && hit.entry.type !== 'phone_call') break;
      if (w === 'to' && hit.entry.role === 'host' && hit.entry.form === 'verb') break;
      if (w === 'on' && hit.head !== 'call') {
        i++;
        skipped++;
        continue;
      }
      sawPreposition = true;
      i++;
      break;
    }
    if (ctx.dateAt[i] !== undefined || CALENDAR_WORDS.has(w) || /^\d{1,4}$/.test(w) || (SKIPPABLE.has(w) && !['his', 'her', 'their', 'the', 'a', 'an'].includes(w))) {
      i++;
      skipped++;
      continue;
    }
    break;
  }
  const verbalNoun = isVerbalUse(ctx, hit);
  if (hit.entry.form === 'noun' && !sawPreposition && !verbalNoun) {
    // "arrived in Amman on a previously unannounced visit": the country arrived in is the host
    const arrived = hit.entry.role === 'visit' ? arrivalCountry(ctx, hit.first) : undefined;
    return { parties: arrived ? [{ kind: 'country', code: arrived, host: true, via: 'name' }] : [], perCountry: false, end: hit.end };
  }
  const before = ctx.folded[i - 1] ?? '';
  const capitals = before === 'between' || before === 'with' || (before === 'to' && hit.entry.role === 'visit') || !sawPreposition;
  let run = readPartiesForward(ctx, i, limit, exclude, capitals);
  if (run.parties.length === 0 && hit.entry.form === 'verb') {
    // "met for a trilateral forum along with Japan": a partner after a short purpose phrase
    for (let k = i; k < Math.min(limit, i + 8); k++) {
      const w = ctx.folded[k] ?? '';
      if (CLAUSE_BOUNDARIES.has(w) || w === ',') break;
      if ((w === 'with' || w === 'along' || w === 'together') && k > i) {
        const from = w === 'with' ? k + 1 : k + 2;
        run = readPartiesForward(ctx, from, limit, exclude, true);
        break;
      }
    }
  }
  if (hit.entry.role === 'visit') {
    // "a visit to Colombia": the country visited is the host
    for (const p of run.parties) if (p.kind === 'country') p.host = true;
    // "arrived in Amman on an unannounced visit": the country arrived in is the host
    if (!run.parties.some((p) => p.kind === 'country')) {
      const arrived = arrivalCountry(ctx, hit.first);
      if (arrived) run.parties.push({ kind: 'country', code: arrived, host: true, via: 'name' });
    }
    // "the visit of Singh to Pakistan": the visitor, then the host
    if (ctx.folded[run.end] === 'to' && ctx.facts.country[run.end + 1] && ctx.facts.countryKind[run.end + 1] !== 'demonym') {
      run.parties.push({ kind: 'country', code: ctx.facts.country[run.end + 1] as string, host: true, via: 'name' });
    }
    // "a visit to Astana by Turkmen President Serdar Berdimuhamedov": the host, then the visitor
    if (ctx.folded[run.end] === 'by') {
      const visitor = readPartiesForward(ctx, run.end + 1, limit, exclude);
      run.parties.push(...visitor.parties);
      return { parties: run.parties, perCountry: run.perCountry, end: visitor.end };
    }
  }
  return { parties: run.parties, perCountry: run.perCountry, end: run.end };
}

/** "X arrived in Amman on a … visit": the country of the place arrived in, just before a visit noun. */
function arrivalCountry(ctx: EventContext, first: number): string | undefined {
  for (let i = first - 1; i >= Math.max(0, first - 12); i--) {
    if (!['arrived', 'landed', 'flew', 'travelled', 'traveled'].includes(ctx.folded[i] ?? '')) continue;
    const k = ['in', 'to'].includes(ctx.folded[i + 1] ?? '') ? i + 2 : -1;
    if (k < 0) return undefined;
    const kind = ctx.facts.countryKind[k];
    if (kind === 'capital' || kind === 'name') return ctx.facts.country[k];
    return ctx.facts.placeCountry[k];
  }
  return undefined;
}

/** Start of the clause a trigger stands in: after the last "said that", ";", dash or similar before it. */
function clauseStartBefore(ctx: EventContext, first: number, floor: number): number {
  for (let i = first - 1; i >= floor; i--) {
    const w = ctx.folded[i] ?? '';
    if (w === 'that' || w === ';' || w === '--' || w === '—' || w === '–' || w === 'said' || w === 'says' || w === 'told') return i + 1;
    // "agreed to restart trade talks after meeting in Osaka": the subordinate clause has its own status
    if ((w === 'after' || w === 'before' || w === 'while' || w === 'since') && i === first - 1) return i + 1;
  }
  return floor;
}

/**
 * The event's date from the date expression next to it, stretched where the text says how long
 * the event lasts: "the two-day summit … opened on Friday" (Friday and Saturday), "opened on
 * Tuesday evening and ends on Thursday" (Tuesday to Thursday).
 */
function stretch(ctx: EventContext, index: number, npStart: number, hit: TriggerHit, clauseEnd: number): DateRef | undefined {
  const date = ctx.dates[index];
  if (!date) return undefined;
  const tokenOf = (ref: DateRef): number => firstAbove(ctx.tokenStarts, ref.span.start - 1);
  const at = tokenOf(date);
  // "opened on X and ends on Y"
  if (OPENING_VERBS.has(ctx.folded[at - 1] ?? '') || OPENING_VERBS.has(ctx.folded[at - 2] ?? '')) {
    const sentenceEnd = ctx.doc.sentences[hit.sentence]?.endToken ?? ctx.doc.tokens.length;
    for (let i = at + 1; i < Math.min(sentenceEnd, at + 14); i++) {
      const other = ctx.dateAt[i];
      if (other === undefined || other === index) continue;
      const end = ctx.dates[other];
      if (end && (CLOSING_VERBS.has(ctx.folded[i - 1] ?? '') || CLOSING_VERBS.has(ctx.folded[i - 2] ?? '')) && end.end >= date.start) {
        return { ...date, end: end.end, precision: 'range' };
      }
      break;
    }
  }
  // "the two-day summit"
  for (let i = npStart; i < hit.first; i++) {
    const m = /^(\w+)-day$/.exec(ctx.folded[i] ?? '');
    const days = m ? (DAY_COUNTS.get(m[1] ?? '') ?? Number(m[1])) : NaN;
    // (kept within the years 0001–9999, like every date the library returns)
    if (days > 1 && days < 15 && date.precision === 'day' && date.start <= addDays(LAST_DAY, 1 - days)) {
      return { ...date, end: addDays(date.start, days - 1), precision: 'range' };
    }
  }
  return date;
}

/** The first date in `from`..`to` that an opening verb introduces ("opened on Friday"). */
function openingDate(ctx: EventContext, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    const d = ctx.dateAt[i];
    if (d !== undefined && (OPENING_VERBS.has(ctx.folded[i - 1] ?? '') || OPENING_VERBS.has(ctx.folded[i - 2] ?? ''))) return d;
  }
  return undefined;
}

const OPENING_VERBS = new Set(['opened', 'opens', 'began', 'begins', 'started', 'starts', 'kicked', 'convened', 'opening', 'starting']);
const CLOSING_VERBS = new Set(['ends', 'ended', 'closes', 'closed', 'concludes', 'concluded', 'runs', 'until', 'through', 'finishes', 'wraps']);
const LAST_DAY = '9999-12-31';
const DAY_COUNTS = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7]]);

/**
 * "He had been scheduled to visit … in April … but stayed in Washington": a plan reported in the
 * past perfect and followed by "but" or "instead" did not happen.
 */
function planFellThrough(ctx: EventContext, sStart: number, first: number, sEnd: number): boolean {
  let planned = false;
  for (let i = Math.max(sStart, first - 12); i < first; i++) {
    if ((ctx.folded[i] === 'had' && ctx.folded[i + 1] === 'been' && PLAN_WORDS.has(ctx.folded[i + 2] ?? '')) || (ctx.folded[i] === 'had' && PLAN_WORDS.has(ctx.folded[i + 1] ?? ''))) planned = true;
  }
  if (!planned) return false;
  for (let i = first; i < Math.min(sEnd, first + 30); i++) if (ctx.folded[i] === 'but' || ctx.folded[i] === 'instead') return true;
  return false;
}

const PLAN_WORDS = new Set(['scheduled', 'due', 'expected', 'set', 'slated', 'planned', 'supposed']);

/** A passive "has been postponed / was cancelled / was called off" later in the sentence. */
function calledOffLater(ctx: EventContext, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 40); i++) {
    const w = ctx.folded[i] ?? '';
    if (!['postponed', 'cancelled', 'canceled', 'scrapped', 'shelved', 'off', 'delayed'].includes(w)) continue;
    const verb = w === 'off' ? i - 1 : i;
    if (w === 'off' && ctx.folded[verb] !== 'called') continue;
    if (['been', 'was', 'were', 'is', 'are', 'be'].includes(ctx.folded[verb - 1] ?? '')) return true;
  }
  return false;
}

/** End of the trigger's clause: the first "since", "when", "who", dash or similar after it. */
function clauseEndAfter(ctx: EventContext, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const w = ctx.folded[i] ?? '';
    if (w !== 'as' && w !== '(' && w !== ')' && w !== 'after' && w !== 'before' && CLAUSE_BOUNDARIES.has(w)) return i;
  }
  return limit;
}

/**
 * The date expression nearest to the trigger within its clause. A date before the trigger does
 * not count when it is nearer to the previous trigger of the sentence ("met Modi on Saturday on
 * the sidelines of the summit"), or when a coordinator stands between ("a call on Monday, and to
 * meet on September 28").
 */
function nearestDate(ctx: EventContext, hit: TriggerHit, from: number, to: number, previous?: TriggerHit): number | undefined {
  let best: number | undefined;
  let bestDistance = Infinity;
  for (let i = from; i < to; i++) {
    const d = ctx.dateAt[i];
    if (d === undefined) continue;
    if (i < hit.first) {
      if (previous && i - previous.end < hit.first - i) continue;
      let coordinated = false;
      for (let k = i; k < hit.first; k++) {
        const w = ctx.folded[k] ?? '';
        const next = ctx.doc.tokens[k + 1];
        // "…, and to meet", "… and agreed to meet": a second verb phrase has a time of its own
        if ((w === 'and' || w === 'but' || w === 'or') && next && (next.text === 'to' || next.pos === 'VERB' || next.pos === 'AUX')) coordinated = true;
      }
      if (coordinated) continue;
    }
    const distance = i < hit.first ? hit.first - i : i - hit.end + 0.5;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = d;
    }
  }
  // "today (Wednesday 12 July)": the calendar date that follows a relative word is the more exact
  if (best !== undefined) {
    const current = ctx.dates[best];
    const end = firstAbove(ctx.tokenStarts, (current?.span.end ?? 0) - 1);
    for (let i = end; i >= 0 && i < Math.min(to, end + 3); i++) {
      const d = ctx.dateAt[i];
      if (d !== undefined && d !== best && ctx.dates[d]?.precision === 'day' && /\d/.test(ctx.dates[d]?.text ?? '')) return d;
      if (ctx.folded[i] !== '(' && ctx.folded[i] !== ',') break;
    }
  }
  return best;
}

function isRepeated(ctx: EventContext, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 10); i++) {
    for (const cue of REPEATED_CONTACT_CUES) {
      if (phraseAt(ctx.folded, i, cue)) {
        if (cue[0] !== 'times' && cue[0] !== 'occasions') return true;
        if (numberValue(ctx.folded[i - 1] ?? '') !== undefined || VAGUE_QUANTITIES.has(ctx.folded[i - 1] ?? '')) return true;
      }
    }
  }
  return false;
}
