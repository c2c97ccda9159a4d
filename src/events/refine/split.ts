import { WORD_SETS } from '../rules/vocabulary.js';
import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import { partyCountry, sameParty, type Party, type TokenRange } from '../party.js';
import { knownPlaceAt, placeAt, type Place } from '../place.js';
import { countryName } from '../../entities/countries/index.js';
import { JOINING_ADVERBS, TYPE_FREE_TALK } from '../lexicon.js';

/** Words that say the contacts with the parties of a list were separate ("met separately with"). */
const SEPARATE: ReadonlySet<string> = new Set(['separately', 'respectively', 'individually', 'one-on-one', 'bilateral', 'bilaterally', 'back-to-back', 'each', 'separate']);

/** Words that say the parties of a list met together. */
const TOGETHER: ReadonlySet<string> = new Set(['trilateral', 'joint', 'jointly', 'together', 'quadrilateral', 'multilateral', 'three-way', 'four-way', 'trilaterally', 'four-lateral', 'videoconference', 'teleconference', 'collectively', 'tripartite']);

/** How far around the trigger the cue words are looked for. */
const CUE_WINDOW = 12;

/**
 * One contact per partner where the text separates them: "held meetings with A, B and C",
 * "spoke to A and B on the phone", "visits to A, B and C", "met separately with A and B"; and one
 * per agent where they acted alone ("A and B will visit C", "A and B each met C"). Parties named together ("trilateral talks with A and
 * B", "met jointly") stay one contact.
 */
export function splitPartners(ctx: EventContext, read: EventMention[]): EventMention[] {
  const out: EventMention[] = [];
  const split: EventMention[] = [];
  for (const m of read) {
    const parts = splitOne(ctx, m);
    if (parts.length > 1) split.push(m);
    out.push(...parts);
  }
  // "During calls with A and B, X discussed …": the talk told again of the contacts just split is none of its own
  return out.filter((m) => !TYPE_FREE_TALK.has(m.hit.entry.id) || !split.some((s) => s !== m && sameParties(s.parties, m.parties)));
}

/** Whether two lists hold the same parties, in any order. */
function sameParties(a: readonly Party[], b: readonly Party[]): boolean {
  return a.length === b.length && a.every((p) => b.some((q) => sameParty(p, q)));
}

function splitOne(ctx: EventContext, m: EventMention): EventMention[] {
  const r = m.frame;
  if (!r || m.type === 'summit') return [m];
  const partners = m.parties.filter((p) => r.partners.includes(p) && p.kind !== 'group');
  const agents = m.parties.filter((p) => !r.partners.includes(p) && p.kind !== 'group');
  if (cue(ctx, m, TOGETHER)) return [m];
  if (agents.length === 1 && partners.length >= 2 && separates(ctx, m, partners)) return partners.map((p, k) => perPartner(ctx, m, [...agents, p], k));
  if (agents.length >= 2 && partners.length === 1 && r.agentItems >= 2 && agentsSeparate(ctx, m, agents)) return agents.map((a) => ({ ...m, parties: [a, ...partners] }));
  return [m];
}

/**
 * Whether the agents of a list each made the contact with the one partner on their own: visitors
 * ("A and B will visit C"), "A and B each met C" (or "separately", or a plural: "meetings with
 * C"), and hosts of different
 * countries ("was received by both A and B").
 */
function agentsSeparate(ctx: EventContext, m: EventMention, agents: Party[]): boolean {
  if (m.hit.entry.role === 'visit') return true;
  // "A and B are fresh from meetings with C": a plural noun tells one contact each
  if (m.hit.entry.role === 'mutual') return cue(ctx, m, SEPARATE) || (!!m.hit.plural && m.hit.entry.form === 'noun');
  return countriesOf(ctx, agents).size === agents.length;
}

/**
 * The contact with one partner of a list. A visit goes to its destination: a country partner is
 * also its place. The list's date is certain only for its first item ("travels to Paris on June 2,
 * then to Mongolia and China"): the others inherit it.
 */
function perPartner(ctx: EventContext, m: EventMention, parties: Party[], k: number): EventMention {
  const out: EventMention = { ...m, parties };
  const partner = parties[parties.length - 1];
  if (m.hit.entry.role === 'visit' && partner?.kind === 'country' && !(k === 0 && m.place && m.place.country === partner.code)) {
    out.place = namedPlace(ctx, m, partner.code) ?? { name: countryName(partner.code) ?? partner.code, country: partner.code, wholeCountry: true };
  }
  if (k > 0 && out.date) out.dateInherited = true;
  // "will meet A in Paris on Monday and B in Rome on Tuesday": each stop's own place and date
  const own = partner && partner.kind !== 'group' ? partner.own : undefined;
  return own ? withOwn(ctx, out, own) : out;
}

/** A contact placed and dated by its own item of a list; what the item does not give, the list's first item's contact gives (inherited). */
function withOwn(ctx: EventContext, out: EventMention, own: TokenRange): EventMention {
  for (let i = own.start; i < own.end; i++) {
    const d = ctx.dateAt[i];
    if (d !== undefined) [out.date, out.dateInherited, out.dateWhole] = [ctx.dates[d], false, false];
    if (ctx.facts.country[i] || ctx.facts.place[i]) {
      const place = ctx.facts.country[i] ? placeAt(ctx, i, own.end) : knownPlaceAt(ctx, i, own.end);
      if (place) [out.place, out.placeInherited] = [place, false];
      while (i + 1 < own.end && (ctx.facts.country[i + 1] || ctx.facts.place[i + 1])) i++;
    }
  }
  return out;
}

/** The place the list names for a country ("visited Beijing, Seoul and Tokyo": Seoul for KOR). */
function namedPlace(ctx: EventContext, m: EventMention, code: string): Place | undefined {
  const end = m.frame?.end ?? m.hit.end;
  for (let i = m.hit.end; i < end; i++) {
    if (ctx.facts.country[i] === code && ctx.facts.countryKind[i] !== 'demonym') return placeAt(ctx, i, end);
  }
  return undefined;
}

/**
 * Whether the contacts with a list of partners were separate ones: a plural ("meetings"), a call,
 * a visit, a cue ("separately", "bilateral"), members of a group met one by one, or partners of
 * different countries ("exchanged views with the ministers of Chad, Peru and Laos"); partners of
 * one country met together.
 */
function separates(ctx: EventContext, m: EventMention, partners: Party[]): boolean {
  if (m.hit.plural || m.type === 'phone_call' || m.hit.entry.role === 'visit' || m.frame?.perCountry || cue(ctx, m, SEPARATE)) return true;
  // partners each with a place or day of their own ("A in Paris on Monday and B in Rome on Tuesday")
  if (partners.filter((p) => p.kind !== 'group' && p.own).length >= 2) return true;
  // members of a group met one by one ("met several counterparts, including A and B"), unless all of one country
  if (m.frame?.partnersApart && countriesOf(ctx, partners).size >= 2) return true;
  // ("a meeting with ministers from A, B and C": one group of three countries, met together)
  const manyCountries = countriesOf(ctx, partners).size >= 3 && m.frame?.partnerItems !== 1;
  return manyCountries || prepositionRepeated(ctx, m) || inSequence(ctx, m);
}

/** "met A and then B", "received first A, then B": partners one after the other, each a contact of their own. */
function inSequence(ctx: EventContext, m: EventMention): boolean {
  for (let i = m.hit.end; i < (m.frame?.end ?? m.hit.end); i++) {
    const joined = ctx.folded[i - 1] === 'and' || ctx.folded[i - 1] === ',';
    if (joined && (ctx.folded[i] === 'then' || WORD_SETS.sequence!.has(ctx.folded[i] ?? ''))) return true;
  }
  return false;
}

/** "held talks with A, and with B", "with A and, afterwards, with B": the preposition said again before the next partner. */
function prepositionRepeated(ctx: EventContext, m: EventMention): boolean {
  for (let i = m.hit.end; i < (m.frame?.end ?? m.hit.end); i++) {
    if (ctx.folded[i] !== 'and') continue;
    let k = i + 1;
    while (k < i + 4 && (ctx.folded[k] === ',' || JOINING_ADVERBS.has(ctx.folded[k] ?? ''))) k++;
    if (ctx.folded[k] === 'with') return true;
  }
  return false;
}

/** The countries a list of parties act for (a person of unknown country counts as one of their own). */
function countriesOf(ctx: EventContext, parties: Party[]): Set<string> {
  return new Set(parties.map((p) => partyCountry(p, ctx.people) ?? (p.kind === 'person' ? p.personId : '')));
}

/** Cue words that modify a noun: they bear on the contact only before it ends ("bilateral meetings with A and B", not "met A and B and discussed bilateral trade"). */
const ADJECTIVE_CUES: ReadonlySet<string> = new Set(['bilateral', 'separate', 'one-on-one', 'back-to-back', 'joint', 'trilateral', 'quadrilateral', 'multilateral', 'three-way', 'four-way', 'tripartite', 'four-lateral']);

function cue(ctx: EventContext, m: EventMention, words: ReadonlySet<string>): boolean {
  const s = ctx.doc.sentences[m.hit.sentence];
  if (s && openingCue(ctx, s.firstToken, m.hit.first, words)) return true;
  const from = Math.max(s?.firstToken ?? 0, m.hit.first - CUE_WINDOW);
  const to = Math.min(s?.endToken ?? ctx.length, (m.frame?.end ?? m.hit.end) + 10);
  for (let i = from; i < to; i++) {
    const w = ctx.folded[i] ?? '';
    if (words.has(w) && !(i >= m.hit.end && ADJECTIVE_CUES.has(w))) return true;
  }
  return false;
}

/** How long an opening phrase set off by a comma may be ("In separate phone calls on Monday,"). */
const OPENING_PHRASE = 10;

/** Whether the phrase that opens the sentence, up to its first comma before the trigger, holds a cue word ("In separate calls, A and B spoke with C"). */
function openingCue(ctx: EventContext, first: number, trigger: number, words: ReadonlySet<string>): boolean {
  for (let i = first; i < Math.min(trigger, first + OPENING_PHRASE); i++) {
    if (ctx.folded[i] === ',') return false;
    if (words.has(ctx.folded[i] ?? '')) return true;
  }
  return false;
}

export type { Party };
