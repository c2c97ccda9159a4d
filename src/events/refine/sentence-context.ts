import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import { EARLIER_DEED_WORDS } from '../lexicon.js';
import { wordBetween } from '../phrase-at.js';
import { heldElsewhere } from './attendees-elsewhere.js';
import { coordinatedNouns } from '../mention/coordination.js';
import { resolvePronoun } from '../units/pronoun.js';

/** How many mentions on either side of a summit in one sentence count as beside it (bounds run-on text). */
const NEIGHBOURS = 8;

/**
 * A noun with one party takes the other from its sentence: the subject of an earlier verb ("X saw
 * Y, soon after talks with Z" → X), else the nearest person or pronoun before it ("her trip
 * will include a meeting with Lula" → her).
 */
export function nounTakesSentenceParty(ctx: EventContext, read: EventMention[]): EventMention[] {
  for (const [k, m] of read.entries()) {
    if (m.hit.entry.form !== 'noun' || m.parties.length !== 1 || m.frame?.soleParties) continue;
    const have = new Set(m.parties.flatMap((p) => (p.kind === 'person' ? [p.personId] : [])));
    const verbal = read.slice(Math.max(0, k - NEIGHBOURS), k).find((o) => o.hit.entry.form === 'verb' && o.parties.length >= 2);
    const subject = verbal?.parties[0];
    if (subject?.kind === 'person' && !have.has(subject.personId)) {
      m.parties.unshift({ ...subject, host: false });
      continue;
    }
    const other = nearestPersonBefore(ctx, m.hit.first, have);
    if (other) m.parties.unshift({ kind: 'person', personId: other, via: 'pronoun' });
  }
  return read;
}

/** The nearest person named (or pronoun) before token `at` in its sentence, unless that is a party already. */
function nearestPersonBefore(ctx: EventContext, at: number, have: Set<string>): string | undefined {
  const sentence = ctx.doc.sentences[ctx.doc.tokens[at]?.sentence ?? 0];
  if (!sentence) return undefined;
  for (let i = at - 1; i >= Math.max(sentence.firstToken, at - 60); i--) {
    const id = ctx.personAt[i];
    if (id) return have.has(id) ? undefined : id;
    const w = ctx.folded[i] ?? '';
    if (w === 'his' || w === 'her' || w === 'he' || w === 'she') {
      const person = resolvePronoun(ctx, i, new Set());
      return person && !have.has(person) ? person : undefined;
    }
  }
  return undefined;
}

/** "he planned to have a call on Monday, and to meet the Russian leader on September 28": a coordinated verb shares the plan. */
export function coordinatedPlans(ctx: EventContext, read: EventMention[]): EventMention[] {
  for (let k = 1; k < read.length; k++) {
    const m = read[k];
    const prev = read[k - 1];
    if (!m || !prev || m.status !== 'occurred' || (prev.status !== 'planned' && prev.status !== 'proposed')) continue;
    if (ctx.folded.slice(prev.hit.end, m.hit.first).includes('and') && ctx.folded[m.hit.first - 1] === 'to') m.status = prev.status;
  }
  return read;
}

/** Words that put a contact next in a sequence ("talks, followed by a dinner with Y"; "then lunch with Z"). */
const SEQUENCE: ReadonlyArray<readonly string[]> = [['followed', 'by'], ['then'], ['and', 'later']];

/**
 * "His programme on Monday starts with talks with X, followed by a dinner with Y": a contact next
 * in a sequence, or the next item of a list of contacts ("a summit in A, and talks with B"), takes
 * the day (inherited) and the plan of the one before it, when it states none.
 */
export function sequencedContacts(ctx: EventContext, read: EventMention[]): EventMention[] {
  for (let k = 1; k < read.length; k++) {
    const [m, prev] = [read[k], read[k - 1]];
    if (!m || !prev || m.date || !prev.date) continue;
    // one contact split per partner ("meetings with A and B") is one item of the sequence
    const next = afterSequenceWord(ctx, prev.hit.end, m.hit.first) || m.hit === prev.hit || coordinatedNouns(ctx, prev.hit, m.hit);
    if (!next) continue;
    [m.date, m.dateInherited] = [prev.date, true];
    if (m.status === 'occurred' && (prev.status === 'planned' || prev.status === 'proposed')) m.status = prev.status;
  }
  return read;
}

/** Whether a sequence word stands in the few words before `first` (and after `from`). */
function afterSequenceWord(ctx: EventContext, from: number, first: number): boolean {
  for (let i = Math.max(from, first - 5); i < first; i++) {
    if (SEQUENCE.some((words) => words.every((w, n) => ctx.folded[i + n] === w))) return true;
  }
  return false;
}

/**
 * A summit and the contacts beside it in its sentence: leaders meeting on its sidelines attend it
 * (the country host of a visit does not), and the summit and a meeting there share a date, a
 * place and a plan when one of them states it.
 */
export function summitSidelines(ctx: EventContext, read: EventMention[]): EventMention[] {
  for (const [k, m] of read.entries()) {
    if (m.type !== 'summit' || m.topic) continue;
    const near = read.slice(Math.max(0, k - NEIGHBOURS), k + NEIGHBOURS + 1).filter((o) => o !== m && o.type !== 'summit' && (o.parties.length >= 2 || o.parties.some((p) => p.kind === 'person')));
    // "attends the summit in Kazan and will receive X in Brasilia": the partner of a contact held elsewhere is no attendee
    const others = near.filter((o) => m.placeInherited || !heldElsewhere(o, m.place));
    if (m.parties.length === 0 && others.length) {
      const attending = others.flatMap((o) => o.parties.filter((p) => !(p.kind === 'country' && p.host))).map((p) => ({ ...p, host: false }));
      m.attendees = [...m.attendees, ...attending];
      m.fallbackParties = attending;
    }
    for (const o of near) if (o.type === 'meeting') shareAttributes(m, o, !cameBefore(ctx, m, o));
  }
  // "held a virtual meeting with X, the first online leaders' meeting between the two countries": the pair's summit is that meeting
  return read.filter((m, k) => !(pairSummit(m) && read.slice(0, k).some((o) => o.type === 'meeting' && o.hit.entry.role !== 'visit' && o.hit.sentence === m.hit.sentence && o.parties.filter((p) => p.kind !== 'group').length === 2)));
}

/** A summit with no name whose only party is a pair ("between the two countries", "the two leaders' summit"). */
function pairSummit(m: EventMention): boolean {
  const read = m.frame ? [...m.frame.agents, ...m.frame.partners] : [];
  return m.type === 'summit' && !m.multilateral && !m.summitName && read.length > 0 && read.every((p) => p.kind === 'group' && (p.size ?? 2) === 2);
}

/** "X returned to Nairobi on Sunday after attending the summit": a summit told after "after" was over before the journey, which shares nothing with it. */
function cameBefore(ctx: EventContext, summit: EventMention, other: EventMention): boolean {
  return other.hit.entry.role === 'visit' && other.hit.end <= summit.hit.first && wordBetween(ctx.folded, other.hit.end, summit.hit.first, EARLIER_DEED_WORDS);
}

/** The summit and a contact beside it share place and date (unless the summit came before a journey: `placeAndDate` false) and a plan. */
function shareAttributes(summit: EventMention, meeting: EventMention, placeAndDate: boolean): void {
  if (placeAndDate) {
    if (!meeting.place && summit.place) [meeting.place, meeting.placeInherited] = [summit.place, true];
    if (meeting.date === undefined && summit.date !== undefined) [meeting.date, meeting.dateInherited] = [summit.date, true];
    if (!summit.place && meeting.place) [summit.place, summit.placeInherited] = [meeting.place, true];
    if (summit.date === undefined && meeting.date !== undefined) [summit.date, summit.dateInherited] = [meeting.date, true];
  }
  if (meeting.status !== summit.status && summit.status === 'occurred') summit.status = meeting.status;
}
