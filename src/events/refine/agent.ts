import { compilePattern, type Match } from '../../match/index.js';
import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import { partiesBesides, type Party } from '../party.js';
import { EVENT_LEXICON } from '../rules/index.js';
import { readPartyList, type PartyReading } from '../units/party.js';
import { isObjectPosition } from '../mention/frames.js';
import { relativeClauseAround, whoAntecedent } from '../mention/clause.js';
import { TITLE_WORDS } from '../../entities/people/titles.js';
import { subjectOf } from '../units/pronoun.js';

/** A clause subject: parties (maybe the name closing an apposition), maybe a relative clause or an aside, the verb group, and a verb. */
const SUBJECT = '[a:PARTY] $REL? $VG (VERB | AUX)';

/** The name closing an apposition, then its verb: "Lula's adviser, [Celso Amorim], was in Caracas and saw …". */
const APPOSED_SUBJECT = '[a:PARTY] , $VG (VERB | AUX)';

let subject: ReturnType<typeof compilePattern<EventContext>> | undefined;
let apposedSubject: ReturnType<typeof compilePattern<EventContext>> | undefined;

/** A subject that starts at token `j`; one set off by a comma from its verb must close an apposition or be a name. */
function subjectAt(ctx: EventContext, j: number, limit: number): Match | null {
  subject ??= compilePattern(SUBJECT, EVENT_LEXICON);
  apposedSubject ??= compilePattern(APPOSED_SUBJECT, EVENT_LEXICON);
  const plain = ctx.matcher.at(subject, j, { limit });
  if (plain) return plain;
  const apposed = ctx.matcher.at(apposedSubject, j, { limit });
  const parties = (apposed?.captures.a?.value as PartyReading | undefined)?.parties ?? [];
  // people only (not the end of a list of places: "visited Beijing, Seoul and Tokyo, returning …"), after the
  // apposition's comma or named outright ("accompanying the President, conferred" is an object's end)
  const people = parties.length > 0 && parties.every((p) => p.kind === 'person');
  return apposed && people && (ctx.folded[j - 1] === ',' || parties.every((p) => p.kind === 'person' && p.via === 'name')) ? apposed : null;
}

/**
 * The subject of the clause a trigger stands in: the nearest parties before it that are followed
 * by their verb ("Hu arrived yesterday and walked into bilateral meetings with …" → Hu), never a
 * party that follows a preposition.
 */
export function clauseSubject(ctx: EventContext, first: number): Party[] {
  subject ??= compilePattern(SUBJECT, EVENT_LEXICON);
  const s = ctx.doc.sentences[ctx.doc.tokens[first]?.sentence ?? 0];
  if (!s) return [];
  const floor = Math.max(s.firstToken, first - 60);
  for (let j = first - 1; j >= floor; j--) {
    if (j > s.firstToken && (isObjectPosition(ctx, j) || insideTitledName(ctx, j))) continue;
    const found = subjectAt(ctx, j, first + 1)?.captures.a;
    if (!found?.value || ctx.personAt[j - 1]) continue;
    // "Merkel and Hollande held talks": the whole list that ends where this subject ends
    let value = found.value as PartyReading;
    for (let k = j - 1; k >= floor && k >= j - 30; k--) {
      const wider = ctx.matcher.at(subject, k, { limit: first + 1 })?.captures.a;
      if (wider?.value && wider.end === found.end && !(k > s.firstToken && isObjectPosition(ctx, k))) value = wider.value as PartyReading;
    }
    return value.parties.filter((p) => p.kind !== 'group' || value.parties.length === 1);
  }
  return [];
}

/** The "who" clause's antecedent: ", who" and the party that ends right before it. */
const ANTECEDENT = '[a:PARTY] , who';

let antecedent: ReturnType<typeof compilePattern<EventContext>> | undefined;

/**
 * The parties a "who" clause around token `first` is about ("The chancellor, who had discussed it
 * with X in a call, …": the chancellor), or undefined outside one: the agent of a frame that reads
 * only the partner inside the clause.
 */
export function whoClauseAntecedent(ctx: EventContext, first: number): Party[] | undefined {
  const s = ctx.doc.sentences[ctx.doc.tokens[first]?.sentence ?? 0];
  if (!s) return undefined;
  const floor = s.firstToken;
  const clause = relativeClauseAround(ctx, first, floor, s.endToken);
  if (!clause || ctx.folded[clause.start - 1] !== 'who') return undefined;
  antecedent ??= compilePattern(ANTECEDENT, EVENT_LEXICON);
  let found: PartyReading | undefined;
  for (let j = clause.start - 3; j >= Math.max(floor, clause.start - 30); j--) {
    const m = ctx.matcher.at(antecedent, j, { limit: clause.start });
    if (m?.end === clause.start && m.captures.a?.value) found = m.captures.a.value as PartyReading;
  }
  return found?.parties.filter((p) => p.kind !== 'group');
}

/** Whether token `j` continues a titled name begun before it ("Indonesian President [Susilo] …"): no subject starts there. */
function insideTitledName(ctx: EventContext, j: number): boolean {
  const named = !!ctx.personAt[j] || TITLE_WORDS.has(ctx.folded[j] ?? '');
  return named && (TITLE_WORDS.has(ctx.folded[j - 1] ?? '') || ctx.facts.countryKind[j - 1] === 'demonym');
}

/**
 * The subject of a sentence's first clause ("Milei and Boric have traded barbs for months" → both),
 * for a group word in the next sentence ("On Tuesday they spoke by phone").
 */
export function leadSubject(ctx: EventContext, index: number): Party[] {
  subject ??= compilePattern(SUBJECT, EVENT_LEXICON);
  const s = ctx.doc.sentences[index];
  if (!s) return [];
  for (let j = s.firstToken; j < Math.min(s.endToken, s.firstToken + 12); j++) {
    if (j > s.firstToken && isObjectPosition(ctx, j)) continue;
    const m = ctx.matcher.at(subject, j, { limit: s.endToken });
    const value = m?.captures.a?.value as PartyReading | undefined;
    if (value) return value.parties.filter((p) => p.kind !== 'group');
  }
  return [];
}

/** How many sentences back a bare noun looks for the subject it continues. */
const SUBJECT_LOOKBACK = 3;

/** The person who is the subject of one of the few sentences before `index`, nearest first. */
function recentSubject(ctx: EventContext, index: number): Party[] {
  for (let k = index - 1; k >= Math.max(0, index - SUBJECT_LOOKBACK); k--) {
    const people = leadSubject(ctx, k).filter((p) => p.kind === 'person');
    if (people.length) return people;
  }
  return [];
}

/**
 * "X, who was in Ankara on Tuesday for talks with Y, said …": a contact inside a relative clause
 * has the person the clause hangs on as its agent (the name right before ", who").
 */
function relativeAntecedent(ctx: EventContext, first: number): Party[] {
  const s = ctx.doc.sentences[ctx.doc.tokens[first]?.sentence ?? 0];
  const clause = s ? relativeClauseAround(ctx, first, s.firstToken, s.endToken) : undefined;
  const person = clause ? whoAntecedent(ctx, clause.start) : undefined;
  return person ? [{ kind: 'person', personId: person, via: 'name' }] : [];
}

/**
 * "X made clear, standing alongside Y, that …": a participle set off by a comma inside a clause has
 * the clause's subject for agent: its subject named before it in the sentence.
 */
function participleSubject(ctx: EventContext, first: number): Party[] {
  if (ctx.folded[first - 1] !== ',' || !/ing$/.test(ctx.folded[first] ?? '')) return [];
  const id = subjectOf(ctx, ctx.doc.tokens[first]?.sentence ?? 0, first, 0);
  return id ? [{ kind: 'person', personId: id, via: 'name' }] : [];
}

/** Words that open a phrase put before the main clause ("After talks with X, Y said …"). */
const FRONTING: ReadonlySet<string> = new Set(['after', 'during', 'at', 'following', 'over', 'in', 'before', 'on', 'upon', 'since', 'ahead', 'having', 'to', 'while', 'when', 'amid', 'with']);

/**
 * The subject of the main clause for a trigger in a phrase put before it: "Meeting X in Tokyo on
 * Monday, Y defended …", "After talks with X, Y said …", "At their meeting in Seoul, A and B
 * agreed …" (the subject may be the source of a quote: it still took part); the phrase may open a
 * clause after "that" ("X reported that during the call on May 2, A and B discussed …").
 */
export function frontedSubject(ctx: EventContext, first: number, own: readonly Party[] = [], partnersEnd = first): Party[] {
  const s = ctx.doc.sentences[ctx.doc.tokens[first]?.sentence ?? 0];
  if (!s) return [];
  // the clause opens the sentence, or follows "that" ("X reported that during the call, A and B …")
  let start = s.firstToken;
  for (let k = first - 1; k > s.firstToken; k--) if (ctx.folded[k] === 'that' && FRONTING.has(ctx.folded[k + 1] ?? '')) [start, k] = [k + 1, s.firstToken];
  start = afterOpeningDate(ctx, start, first);
  const opener = ctx.folded[start] ?? '';
  // (a trigger that opens the sentence is a verb whatever the tagger says of its capital: "Standing next to X, Y said")
  const participle = (ctx.pos[start] === 'VERB' || start === first) && /(?:ing|ed)$/.test(opener);
  if (!participle && !FRONTING.has(opener)) return [];
  for (let i = start; i < first; i++) if (ctx.folded[i] === ',' || ctx.folded[i] === ';') return [];
  // (the main clause comes after the phrase's own partners: "During calls with A, minister of X; and B, Y discussed …")
  const from = partnersEnd > first && ctx.folded[partnersEnd] === ',' ? partnersEnd : first;
  for (let i = from; i < Math.min(s.endToken, Math.max(first + 40, from + 10)); i++) {
    if (ctx.folded[i] !== ',') continue;
    const read = readPartyList(ctx, i + 1, s.endToken, true);
    // the phrase's own partner named in apposition ("After speaking with his counterpart, X, Y said …"): the main clause comes after it
    // (or a description in apposition to the last of them: "… and Yair Lapid, leader of the opposition in Israel, he reviewed …")
    const described = !!read && read.value.parties.every((p) => p.kind !== 'person' || p.via === 'description');
    const apposed = from > first && described && (ownPartner(read?.value.parties ?? [], own) || !!read?.value.parties.every((p) => p.kind !== 'person'));
    if (read && ((ownPartner(read.value.parties, own) && ctx.folded[read.end] === ',') || apposed)) {
      i = read.end - 1;
      continue;
    }
    return read ? read.value.parties.filter((p) => p.kind !== 'group') : [];
  }
  return [];
}

/** Words that may open a date phrase set before a sentence ("On Thursday,", "Late on Monday,"). */
const DATE_OPENERS: ReadonlySet<string> = new Set(['on', 'late', 'early', 'earlier', 'later', 'last', 'this']);

/** "On Thursday, after a call with X, Y said …": where the sentence goes on after a date phrase and its comma that open it (else `start`). */
function afterOpeningDate(ctx: EventContext, start: number, first: number): number {
  let i = start;
  while (i < first && (DATE_OPENERS.has(ctx.folded[i] ?? '') || ctx.dateAt[i] !== undefined)) i++;
  return i > start && ctx.folded[i] === ',' && i + 1 < first && ctx.dateAt[i - 1] !== undefined ? i + 1 : start;
}

/** Whether the parties read are all people among `own` (a party the frame has already read). */
function ownPartner(read: readonly Party[], own: readonly Party[]): boolean {
  const ids = new Set(own.map((p) => (p.kind === 'person' ? p.personId : undefined)).filter(Boolean));
  return read.length > 0 && read.every((p) => p.kind === 'person' && ids.has(p.personId));
}

/** A light verb and the modifiers of its noun, ending where the noun starts ("will host next year's"). */
const LIGHT_VERB_BEFORE = '[lv:@light] (part)? (in | at)? $NMOD <T>';

let lightVerb: ReturnType<typeof compilePattern<EventContext>> | undefined;

/**
 * Whether a light verb carries the noun at `first` ("will host the next full summit"): within a
 * few tokens before it, with only the noun's modifiers between.
 */
function carriedByLightVerb(ctx: EventContext, m: EventMention): boolean {
  lightVerb ??= compilePattern(LIGHT_VERB_BEFORE, EVENT_LEXICON);
  const anchor = { start: m.hit.first, end: m.hit.end };
  const found = ctx.matcher.around(lightVerb, anchor, { limit: anchor.end, maxLeft: 8, prefer: 'shortest' });
  const verb = found?.captures.lv?.start;
  if (verb === undefined || ctx.pos[verb] !== 'VERB') return false;
  // "rejected a US offer to host a summit": the host is the one who offers, not the subject
  return !(ctx.folded[verb - 1] === 'to' && ctx.pos[verb - 2] === 'NOUN');
}

/**
 * A verb that no frame read ("the two men … agreed to meet soon"), or a summit its light verb
 * carries with nobody named ("Russia takes over the chair and will host next year's summit"),
 * takes the subject of its clause.
 */
function verbTakesSubject(ctx: EventContext, m: EventMention): void {
  if (m.frame || m.parties.length > 0) return;
  if (m.hit.entry.form !== 'verb' && !(m.type === 'summit' && carriedByLightVerb(ctx, m))) return;
  const subject = clauseSubject(ctx, m.hit.first);
  if (subject.length) m.parties = subject;
}

/**
 * A mention whose frame read only its partner ("walked into meetings with A, B and C", "a call
 * with A") takes the subject of its clause as the other side.
 */
export function completeAgent(ctx: EventContext, read: EventMention[]): EventMention[] {
  for (const m of read) verbTakesSubject(ctx, m);
  for (const m of read) {
    const r = m.frame;
    if (!r || r.agents.length > 0 || r.partners.length === 0) continue;
    const others = m.parties.filter((p) => !r.partners.includes(p));
    if (others.length > 0) continue;
    const found = clauseSubject(ctx, m.hit.first);
    const fronted = found.length ? found : frontedSubject(ctx, m.hit.first, r.partners, r.end);
    const inner = fronted.length ? fronted : relativeAntecedent(ctx, m.hit.first);
    const antecedent = inner.length ? inner : participleSubject(ctx, m.hit.first);
    // "… began his visit on Monday. The talks with X lasted two hours": a bare noun continues the subject before it
    const earlier = antecedent.length || m.hit.entry.form !== 'noun' ? antecedent : recentSubject(ctx, m.hit.sentence);
    const agents = partiesBesides(earlier, m.parties);
    if (agents.length) m.parties = [...agents, ...m.parties];
  }
  // "X landed in Lusaka and was welcomed by Y": the subject of the clause is the guest
  for (const m of read) {
    const r = m.frame;
    if (!r?.subjectIsPartner || r.partners.length > 0) continue;
    const guests = partiesBesides(clauseSubject(ctx, m.hit.first), m.parties);
    if (guests.length) m.parties = [...m.parties, ...guests];
  }
  // "At their meeting in Seoul, A and B agreed …": "their" is the subject of the main clause
  for (const m of read) {
    if (m.parties.some((p) => p.kind !== 'group')) continue;
    const fronted = frontedSubject(ctx, m.hit.first);
    if (fronted.length >= 2 || (fronted.length === 1 && m.parties.length === 0)) m.parties = fronted;
  }
  return read;
}
