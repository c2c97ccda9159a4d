import type { CameoCode, PloverMode, CountryMention, DateRef, DiplomaticEvent, Participant, Person, Span } from '../types.js';
import type { TextDocument } from '../text/types.js';
import { eventContext, type EventContext } from './context.js';
import { findTriggers, type TriggerHit } from './find-triggers.js';
import { evidenceOf, mergeMentions, type EventDraft } from './merge.js';
import { resolvePronoun, type Party } from './parties.js';
import { LEADER_ROLES } from './lexicon.js';
import { readMention, type EventMention } from './read-mention.js';
import { withFrame } from './apply-frame.js';
import { completeAgent } from './refine/agent.js';
import { splitPartners } from './refine/split.js';
import { readListLines } from './refine/list-lines.js';
import { collectAttendees } from './refine/attendees.js';

/** Input of the events stage: the outputs of the earlier stages. */
export interface EventsInput {
  /** The segmented text. */
  doc: TextDocument;
  /** People found by the people stage. */
  people: Person[];
  /** Country mentions from the countries stage. */
  countryMentions: CountryMention[];
  /** Organisation mentions from the countries stage. */
  organisationMentions: Span[];
  /** Dates from the dates stage. */
  dates: DateRef[];
  /** Known places that are not countries, from `findPlaceMentions` (optional: places then come from capitals and the gazetteer only). */
  placeMentions?: Array<Span & { country?: string }>;
  /** Publication date, ISO `YYYY-MM-DD` (optional): a contact dated after it has not happened yet. */
  publishedAt?: string | null;
}

/**
 * Finds diplomatic events (stage 5 of the pipeline): triggers, then one reading per trigger
 * (parties, date, place, status), then merging of the mentions of one real-world contact.
 */
export function findEvents(input: EventsInput): DiplomaticEvent[] {
  const ctx = eventContext(input.doc, input.people, input.countryMentions, input.organisationMentions, input.dates, input.placeMentions);
  const drafts = notYetHappened(collectAttendees(ctx, mergeMentions(ctx, readMentions(ctx))), input.publishedAt);
  for (const d of drafts) if (d.type === 'summit') addDelegates(ctx, d);
  return drafts.filter((d) => isDiplomatic(ctx, d)).map((d, i) => toEvent(ctx, d, `e${i + 1}`));
}

/** Every mention of a contact, in text order: triggers, their frames and readings, and the refiners of each sentence. */
export function readMentions(ctx: EventContext): EventMention[] {
  const found = findTriggers(ctx);
  const hits = found.filter((h) => !h.blocked);
  const blockedSummits = found.filter((h) => h.blocked).map((h) => h.first);
  const mentions: EventMention[] = [];
  const bySentence = new Map<number, TriggerHit[]>();
  for (const hit of hits) {
    const list = bySentence.get(hit.sentence);
    if (list) list.push(hit);
    else bySentence.set(hit.sentence, [hit]);
  }
  for (const [index, siblings] of bySentence) {
    const headline = isHeadline(ctx, index);
    let read = siblings.map((hit) => withFrame(ctx, readMention(ctx, hit, siblings, headline)));
    read = splitPartners(ctx, completeAgent(ctx, read));
    completeFromSentence(ctx, read);
    hostInSentence(ctx, read);
    mentions.push(...read.filter((m) => keepMention(m) && !refersToBlocked(m, hits, blockedSummits)));
  }
  return readListLines(ctx, mentions).sort((a, b) => a.hit.first - b.hit.first);
}

const ATTENDANCE = new Set(['attending', 'attended', 'attend', 'attends', 'participated', 'participating', 'participate']);

/**
 * "Biden is among the leaders attending", "Maduro and Harper were also among the leaders attending":
 * the people a sentence says attend a summit join it; "X, who is not attending," does not.
 */
function addAttendees(ctx: EventContext, d: EventDraft, from: number, to: number): void {
  let cue = -1;
  for (let i = from; i < to; i++) {
    if (ATTENDANCE.has(ctx.folded[i] ?? '') || (ctx.folded[i] === 'took' && ctx.folded[i + 1] === 'part')) {
      const negated = ['not', "n't", 'never', 'skipped', 'away'].some((w) => ctx.folded.slice(Math.max(from, i - 3), i).includes(w));
      // "attending to the causes of migration": seeing to something, not being at a summit
      if (!negated && ctx.folded[i + 1] !== 'to') cue = i;
    }
  }
  if (cue < 0) return;
  for (let i = from; i < to; i++) {
    const id = ctx.personAt[i];
    if (!id || !ctx.personStart[i]) continue;
    const after = ctx.folded.slice(i + 1, i + 8);
    if (after.includes('not') && after.some((w) => ATTENDANCE.has(w))) continue;
    if (!d.parties.some((p) => p.kind === 'person' && p.personId === id)) d.parties.push({ kind: 'person', personId: id, via: 'name' });
  }
}

/**
 * A contact dated wholly after the publication day has not happened yet: read as happened (a
 * timetable present, "Xi receives Castro on Monday"), it is planned.
 */
function notYetHappened(drafts: EventDraft[], publishedAt: string | null | undefined): EventDraft[] {
  if (!publishedAt) return drafts;
  for (const d of drafts) {
    if (d.status.value === 'occurred' && d.date && d.date.value.start > publishedAt) d.status = { value: 'planned', certainty: 'inferred' };
  }
  return drafts;
}

/** "sent Premier Li Qiang in his place", "was represented by X": a delegate attends a summit. */
function addDelegates(ctx: EventContext, d: EventDraft): void {
  const sentences = new Set<number>();
  for (const m of d.mentions) {
    sentences.add(m.hit.sentence);
    sentences.add(m.hit.sentence + 1);
  }
  for (const index of sentences) {
    const s = ctx.doc.sentences[index];
    if (!s) continue;
    addAttendees(ctx, d, s.firstToken, Math.min(s.endToken, s.firstToken + 200));
    for (let i = s.firstToken; i < Math.min(s.endToken, s.firstToken + 200); i++) {
      const w = ctx.folded[i] ?? '';
      const represented = w === 'represented' && ctx.folded[i + 1] === 'by';
      if (w !== 'sent' && !represented) continue;
      let j = represented ? i + 2 : i + 1;
      while (j < s.endToken && j < i + 6 && !ctx.personAt[j]) j++;
      const id = ctx.personAt[j];
      if (!id) continue;
      let k = j;
      while (ctx.personAt[k] === id) k++;
      const tail = ctx.folded.slice(k, k + 4).join(' ');
      if (represented || /^(?:in (?:his|her|their) place|to represent|instead)/.test(tail)) {
        if (!d.parties.some((p) => p.kind === 'person' && p.personId === id)) d.parties.push({ kind: 'person', personId: id, via: 'name' });
      }
    }
  }
}

/** "the Bengaluru Tech Summit … The summit, held every year": a bare "the summit" after a non-diplomatic one means it. */
function refersToBlocked(m: EventMention, hits: TriggerHit[], blocked: number[]): boolean {
  if (m.type !== 'summit' || !m.anaphoric || m.multilateral) return false;
  const lastBlocked = Math.max(-1, ...blocked.filter((b) => b < m.hit.first));
  if (lastBlocked < 0) return false;
  return !hits.some((h) => h.entry.type === 'summit' && h.first > lastBlocked && h.first < m.hit.first);
}

/** Triggers that need a partner ("spoke", "called", "received") count only with one. */
function keepMention(m: EventMention): boolean {
  return !(m.hit.entry.needsPartner && m.parties.length < 2);
}

/**
 * Fills gaps from the rest of the sentence: a nominal mention with one party gets the nearest
 * person before it ("his stay is to include a meeting with Xi" → his); a summit with no parties
 * gets the parties of the other contacts in its sentence (leaders meeting on its sidelines), and
 * a meeting on the sidelines of a summit gets the summit's date and place.
 */
function completeFromSentence(ctx: EventContext, read: EventMention[]): void {
  for (const m of read) {
    if (m.hit.entry.form !== 'noun' || m.parties.length !== 1) continue;
    const have = new Set(m.parties.flatMap((p) => (p.kind === 'person' ? [p.personId] : [])));
    // "X met Y, shortly after a meeting with Z": the subject of the sentence's earlier verb
    const k = read.indexOf(m);
    const verbal = read.slice(Math.max(0, k - 8), k).find((o) => o.hit.entry.form === 'verb' && o.parties.length >= 2);
    const subject = verbal?.parties[0];
    if (subject && subject.kind === 'person' && !have.has(subject.personId)) {
      m.parties.unshift({ ...subject, host: false });
      continue;
    }
    const other = resolvePronounInSentence(ctx, m.hit.first, have);
    if (other) m.parties.unshift({ kind: 'person', personId: other, via: 'pronoun' });
  }
  // "he planned to have a call on Monday, and to meet the Russian leader on September 28": a
  // coordinated verb shares the plan
  for (let k = 1; k < read.length; k++) {
    const m = read[k];
    const prev = read[k - 1];
    if (!m || !prev || m.status !== 'occurred' || (prev.status !== 'planned' && prev.status !== 'proposed')) continue;
    const between = ctx.folded.slice(prev.hit.end, m.hit.first);
    if (between.includes('and') && ctx.folded[m.hit.first - 1] === 'to') m.status = prev.status;
  }
  for (const [k, m] of read.entries()) {
    if (m.type !== 'summit') continue;
    // the contacts beside it in its sentence (a run-on "sentence" of thousands of triggers pairs only neighbours)
    const others = read.slice(Math.max(0, k - 8), k + 9).filter((o) => o !== m && o.type !== 'summit' && (o.parties.length >= 2 || o.parties.some((p) => p.kind === 'person')));
    if (m.parties.length === 0 && others.length) {
      // leaders meeting on its sidelines attend it (the country host of a visit does not)
      const attending = others.flatMap((o) => o.parties.filter((p) => !(p.kind === 'country' && p.host))).map((p) => ({ ...p, host: false }));
      m.attendees = [...m.attendees, ...attending];
      m.fallbackParties = attending;
    }
    for (const o of others) {
      if (o.type !== 'meeting') continue;
      if (!o.place && m.place) {
        o.place = m.place;
        o.placeInherited = true;
      }
      if (o.date === undefined && m.date !== undefined) {
        o.date = m.date;
        o.dateInherited = true;
      }
      if (!m.place && o.place) {
        m.place = o.place;
        m.placeInherited = true;
      }
      if (m.date === undefined && o.date !== undefined) {
        m.date = o.date;
        m.dateInherited = true;
      }
      if (o.status !== m.status && m.status === 'occurred') m.status = o.status;
    }
  }
}

/** The nearest person named (or pronoun) before token `at` in its sentence, unless that is a party already. */
/**
 * "King Salman has invited Raisi to visit Riyadh": a visited country is represented by its leader
 * when the sentence names one.
 */
function hostInSentence(ctx: EventContext, read: EventMention[]): void {
  for (const m of read) {
    if (m.hit.entry.role !== 'visit') continue;
    const sentence = ctx.doc.sentences[m.hit.sentence];
    if (!sentence) continue;
    m.parties = m.parties.map((p) => {
      if (p.kind !== 'country' || !p.host) return p;
      for (let i = Math.max(sentence.firstToken, m.hit.first - 40); i < Math.min(sentence.endToken, m.hit.end + 40); i++) {
        const id = ctx.personAt[i];
        const person = id ? ctx.people.get(id) : undefined;
        if (person?.country === p.code && person.role && LEADER_ROLES.has(person.role) && !m.parties.some((q) => q.kind === 'person' && q.personId === id)) {
          return { kind: 'person', personId: person.id, host: true, via: 'name' };
        }
      }
      return p;
    });
  }
}

function resolvePronounInSentence(ctx: EventContext, at: number, have: Set<string>): string | undefined {
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

function isHeadline(ctx: EventContext, index: number): boolean {
  const s = ctx.doc.sentences[index];
  if (!s) return false;
  const words = ctx.doc.tokens.slice(s.firstToken, Math.min(s.endToken, s.firstToken + 40)).filter((t) => /^\p{L}{4}/u.test(t.text));
  const upper = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  if (/[.!?"”:;]$/.test(s.text) || /^[-•*–—·▪●◦‣]/.test(s.text)) return false;
  // a headline stands over a body: a text of one sentence has none
  if (index === ctx.doc.sentences.length - 1) return false;
  if (words.length >= 3 && upper / words.length >= 0.7) return true;
  // a short first line without a full stop is a headline too ("Israeli TV says Sisi refused call")
  const before = ctx.doc.text.slice(Math.max(0, s.start - 200), s.start);
  const line = /(?:^|\n)[ \t]*$/.test(before) && (s.start < 200 || before.includes('\n'));
  return index <= 2 && line && s.endToken - s.firstToken <= 16;
}

/**
 * A diplomatic contact has parties acting for at least two states (a summit: at least one);
 * people with no state role may join them, but do not make a contact on their own.
 */
function isDiplomatic(ctx: EventContext, d: EventDraft): boolean {
  const sides = new Set<string>();
  for (const p of d.parties) {
    const person = p.kind === 'person' ? ctx.people.get(p.personId) : undefined;
    const c = p.kind === 'country' ? p.code : person?.country;
    if (c) sides.add(c);
    else if (person && isOrganisationOfficial(person.role)) sides.add(`org:${person.id}`);
  }
  if (d.type === 'summit') return [...sides].some((s) => !s.startsWith('org:'));
  return sides.size >= 2;
}

/** Offices of international organisations (the UN's secretary-general, the IMF's managing director), each a side of its own. */
const ORGANISATION_OFFICES = /secretary-general|secretary general|director|commissioner|high representative|envoy|chair|president|head|chief|representative/;

function isOrganisationOfficial(role: string | undefined): boolean {
  return !!role && ORGANISATION_OFFICES.test(role) && !/executive|spokes/.test(role);
}

function toEvent(ctx: EventContext, d: EventDraft, id: string): DiplomaticEvent {
  const first = d.mentions.find((m) => !m.anaphoric && !m.headline) ?? d.mentions[0];
  const date = d.date?.value ?? null;
  const place = d.place?.value;
  return {
    id,
    type: d.type,
    participants: participantsOf(ctx, d.parties),
    date,
    location: place ? { name: place.name, ...(place.country ? { country: place.country } : {}) } : null,
    status: d.status.value,
    trigger: first?.trigger ?? { start: 0, end: 0, text: '' },
    evidence: evidenceOf(ctx, d),
    cameo: cameoOf(ctx, d),
    plover: { event: 'CONSULT', mode: ploverModeOf(ctx, d) },
    confidence: confidenceOf(d),
  };
}

function participantsOf(ctx: EventContext, parties: Party[]): Participant[] {
  const persons: Participant[] = [];
  const countries: Participant[] = [];
  for (const p of parties) {
    if (p.kind === 'person') {
      const person = ctx.people.get(p.personId);
      if (!person) continue;
      persons.push({
        name: person.name,
        personId: person.id,
        ...(person.country ? { country: person.country } : {}),
        ...(person.role ? { role: person.role } : {}),
      });
    } else if (p.kind === 'country') countries.push({ country: p.code });
  }
  return [...persons, ...countries];
}

/**
 * CAMEO code: 036 for a contact not (yet) held (planned, proposed, cancelled), 041 a call, 043
 * hosting, 042 a visit, 044 a summit or a meeting in a third country, else 040.
 */
function cameoOf(ctx: EventContext, d: EventDraft): CameoCode {
  if (d.status.value !== 'occurred') return '036';
  const mode = ploverModeOf(ctx, d);
  if (mode === 'phone') return '041';
  if (mode === 'host') return '043';
  if (mode === 'visit') return '042';
  if (mode === 'third-party' || mode === 'multilateral') return '044';
  return '040';
}

/**
 * PLOVER CONSULT mode: phone for calls; multilateral for summits and meetings of three or more
 * states; host or visit from the trigger ("hosted", "received" / "visited", "a visit to") or from
 * the place lying in one party's country; third-party when the place lies in none of theirs.
 */
function ploverModeOf(ctx: EventContext, d: EventDraft): PloverMode {
  if (d.type === 'phone_call') return 'phone';
  if (d.type === 'summit' && d.mentions.some((m) => m.multilateral)) return 'multilateral';
  const countries = new Set(
    d.parties.flatMap((p) => {
      const c = p.kind === 'country' ? p.code : p.kind === 'person' ? ctx.people.get(p.personId)?.country : undefined;
      return c ? [c] : [];
    }),
  );
  if (countries.size >= 3) return 'multilateral';
  if (d.mentions.some((m) => m.hit.entry.role === 'host')) return 'host';
  if (d.mentions.some((m) => m.hit.entry.role === 'visit')) return 'visit';
  const where = d.place?.value.country;
  if (where && !countries.has(where)) return 'third-party';
  if (where) return 'visit';
  return 'unspecified';
}

/**
 * Confidence, in [0, 1]: the strength of the strongest trigger that names the event with its
 * parties (0.4–0.95; a bare "the meeting" or a headline counts at 80%), plus 0.05 for each further
 * such mention (at most +0.1), plus 0.05 when the text dates or places it, minus 0.1 when a party
 * was only inferred (a pronoun, a description, "the two leaders"). An event assembled from the
 * people of a sentence around a bare noun ("a disastrous February meeting … when Zelenskyy was
 * berated by the US leader") is capped at 0.55.
 */
function confidenceOf(d: EventDraft): number {
  const full = d.mentions.filter((m) => !m.anaphoric && !m.headline);
  const strength = full.length ? Math.max(...full.map((m) => m.hit.strength)) : 0.8 * Math.max(...d.mentions.map((m) => m.hit.strength));
  const support = Math.min(0.1, 0.05 * Math.max(0, full.length - 1));
  const anchor = d.date || d.place ? 0.05 : 0;
  const inferred = d.parties.some((p) => p.kind !== 'group' && p.via !== 'name') ? 0.1 : 0;
  let value = strength + support + anchor - inferred;
  if (d.fromFallback) value = Math.min(value, 0.55);
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}
