import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import { partyCountry, type Party } from '../party.js';
import { venueIn, type Place } from '../place.js';
import { capitalOf } from '../capital-of.js';
import type { Dateline } from '../../entities/countries/index.js';
import { toDayNumber } from '../../dates/calendar.js';
import { WORD_SETS } from '../rules/vocabulary.js';
import { AROUND_GATHERING, AT_GATHERING, EARLIER_DEED_WORDS, SIDELINE_WORDS } from '../lexicon.js';
import { compilePattern, type CompiledPattern } from '../../match/index.js';
import { EVENT_LEXICON } from '../rules/index.js';
import { gatheringSeat } from './gathering-seat.js';
import { onSidelines } from './summit-context.js';
import { wordBetween } from '../phrase-at.js';

/** The last place stated for a person, and whether it is a summit's (where leaders of every country meet). */
interface Venue {
  place: Place;
  sentence: number;
  summit: boolean;
  /** The status and first day of the contact that stated it. */
  status: EventMention['status'];
  day?: number;
  /** Where the contact that stated it ends, and whether it was a journey there. */
  end: number;
  journey: boolean;
}

/** How many sentences a traveller's last stated place carries to contacts that name none. */
const CARRY_SENTENCES = 3;

/**
 * How many sentences a gathering's place carries to the contacts of those who attend it, when
 * they are told as its business ("at the sidelines of the AU summit in Addis Ababa today. … Abiy
 * also discussed with President X …"): of the same status, and within a few days of it.
 */
const GATHERING_CARRY_SENTENCES = 12;

/** How many days from a gathering's first day a contact carried to its place may be. */
const GATHERING_DAYS = 4;


/** Words that put a contact before or after a summit, not at it ("ahead of the summit"). */
const NOT_AT: ReadonlySet<string> = new Set(AROUND_GATHERING);

/**
 * Places the text states once and leaves to the reader: a contact "on the sidelines of" a summit
 * takes the place the text gives the summit anywhere ("the summit in Astana"), and a contact with
 * no place of its own takes the last place stated, within a few sentences, for one of its people
 * on their journey ("In Warsaw, Blinken will meet Duda. He will also meet Tusk."), when that place
 * is in the country of a party of the contact or of none named. Taken places are inherited.
 */
export function venueContext(ctx: EventContext, mentions: EventMention[]): EventMention[] {
  const ordered = [...mentions].sort((a, b) => a.hit.first - b.hit.first);
  const summitPlaces = placesOfSummits(ctx, ordered);
  const lastPlace = new Map<string, Venue>();
  for (const m of ordered) {
    // a venue no gazetteer places ("the Great Hall of the People") is looked up in its town, as an unplaced contact is
    const venue = m.place && !m.place.country ? m.place : undefined;
    const own = venue ? undefined : m.place;
    const atSummit = own ? undefined : summitVenue(ctx, m, ordered, summitPlaces);
    const seat = own || atSummit || heldRemotely(ctx, m) ? undefined : gatheringSeat(ctx, m);
    const from = own || atSummit || seat ? undefined : carried(ctx, m, lastPlace);
    const place = own ?? hostCapital(ctx, m) ?? hostSeat(ctx, m) ?? hereIsDateline(ctx, m) ?? (venue ? datelinePlace(ctx, m) : (atSummit ?? seat ?? from?.place ?? datelinePlace(ctx, m)));
    if (venue && place && !place.wholeCountry) m.place = venueIn(venue.name, place);
    else if (place && !m.place) [m.place, m.placeInherited] = [place, true];
    const summit = !!atSummit || !!seat || !!from?.summit || onSidelines(ctx, m.hit.sentence);
    const day = m.date ? toDayNumber(m.date.start) : from?.day;
    if (place && !place.wholeCountry) for (const id of people(m.parties)) lastPlace.set(id, { place, sentence: m.hit.sentence, summit, status: m.status, end: m.hit.end, journey: m.hit.entry.role === 'visit', ...(day !== undefined ? { day } : {}) });
  }
  return mentions;
}

/** Each summit mention's place: its own (or the dateline's, "here"), or that of another mention of the same summit ("the SCO summit … the summit in Astana"). */
function placesOfSummits(ctx: EventContext, ordered: EventMention[]): Map<EventMention, Place> {
  const summits = ordered.filter((m) => m.type === 'summit');
  const out = new Map<EventMention, Place>();
  const byName = new Map<string, Place>();
  // "the SCO summit here": the dateline's place
  const own = new Map(summits.map((s) => [s, s.place ?? hereIsDateline(ctx, s)]));
  for (const s of summits) {
    const place = own.get(s);
    if (place && s.summitName) byName.set(s.summitName, place);
  }
  let latest: Place | undefined;
  for (const s of summits) {
    const place = own.get(s) ?? (s.summitName ? byName.get(s.summitName) : undefined) ?? (s.definite && !s.summitName ? latest : undefined) ?? nextUnnamed(summits, s);
    if (place) out.set(s, place);
    latest = place ?? latest;
  }
  return out;
}

/** "the SCO summit … Moscow considers the summit in Astana": the first later unnamed, definite mention with a place. */
function nextUnnamed(summits: EventMention[], s: EventMention): Place | undefined {
  const later = summits.find((x) => x.hit.first > s.hit.first && x.hit.sentence - s.hit.sentence <= 2 && x.definite && !x.summitName && x.place);
  return later?.place;
}

/** The place of the summit a contact's sentence puts it at. */
function summitVenue(ctx: EventContext, m: EventMention, ordered: EventMention[], places: Map<EventMention, Place>): Place | undefined {
  if (m.type === 'summit') return places.get(m);
  const here = ordered.filter((x) => x.type === 'summit' && x.hit.sentence === m.hit.sentence);
  if (here.some((x) => placesAt(ctx, x.hit.first))) return here.map((x) => places.get(x)).find(Boolean);
  // "On the sidelines, X met Y", "On its margins, …": the summit of the sentences before
  if (here.length > 0 || !bareSidelines(ctx, m.hit.sentence)) return undefined;
  const before = ordered.filter((x) => x.type === 'summit' && x.hit.sentence < m.hit.sentence && m.hit.sentence - x.hit.sentence <= 2);
  return before.map((x) => places.get(x)).reverse().find(Boolean);
}

/** Whether a sentence says "on the sidelines" / "on its margins" with no summit named after it. */
function bareSidelines(ctx: EventContext, index: number): boolean {
  const s = ctx.doc.sentences[index];
  for (let i = s?.firstToken ?? 0; i < (s?.endToken ?? 0); i++) {
    if (!SIDELINE_WORDS.has(ctx.folded[i] ?? '')) continue;
    const next = ctx.folded[i + 1] ?? '';
    if (next !== 'of' || ['the', 'its', 'this'].includes(ctx.folded[i + 2] ?? '') && ['gathering', 'event', 'meeting', 'talks', 'forum'].includes(ctx.folded[i + 3] ?? '')) return true;
  }
  return false;
}

function placesAt(ctx: EventContext, first: number): boolean {
  let at = false;
  for (let i = first - 1; i >= Math.max(0, first - 7); i--) {
    const w = ctx.folded[i] ?? '';
    if (NOT_AT.has(w)) return false;
    if (AT_GATHERING.has(w)) at = true;
  }
  return at;
}

/** The last place stated for one of the contact's people, a few sentences back, if it fits the contact's countries. */
function carried(ctx: EventContext, m: EventMention, lastPlace: Map<string, Venue>): Venue | undefined {
  if (m.type === 'phone_call') return undefined;
  for (const id of people(m.parties)) {
    const last = lastPlace.get(id);
    if (!last || m.hit.sentence - last.sentence > (last.summit && ofTheGathering(m, last) ? GATHERING_CARRY_SENTENCES : CARRY_SENTENCES)) continue;
    // ("returned to Nairobi after attending the summit": a contact told after "after" came before the journey, elsewhere)
    if (last.journey && last.sentence === m.hit.sentence && wordBetween(ctx.folded, last.end, m.hit.first, EARLIER_DEED_WORDS)) continue;
    const countries = m.parties.map((p) => partyCountry(p, ctx.people)).filter((c): c is string => !!c);
    const others = countries.filter((c) => c !== ctx.people.get(id)?.country);
    if (last.summit || others.length === 0 || !last.place.country || others.includes(last.place.country)) return last;
  }
  return undefined;
}

/** Whether a contact may be of the business of a gathering told before it: of the same status, and undated or within a few days of it. */
function ofTheGathering(m: EventMention, gathering: Venue): boolean {
  if (m.status !== gathering.status) return false;
  if (!m.date || gathering.day === undefined) return true;
  const day = toDayNumber(m.date.start);
  return day >= gathering.day && day - gathering.day <= GATHERING_DAYS;
}


/** How many days from the report's date a contact may be and still have happened where it is filed from. */
const DATELINE_DAYS = 3;

/**
 * "NAIROBI — Ruto received Museveni on Monday": a contact with no place of its own is reported
 * from where it happened when it was hosted by a party of the dateline's country, or when it took
 * place in person within a few days of the report ("LIMA — Biden and Xi held talks on Saturday").
 */
function datelinePlace(ctx: EventContext, m: EventMention): Place | undefined {
  const dateline = ctx.dateline;
  if (!dateline || m.type === 'phone_call') return undefined;
  // the host is of the dateline's country: it received the guest at home
  const host = m.parties.find((p) => p.host);
  if (partyCountry(host, ctx.people) === dateline.country) return datelineAsPlace(dateline);
  if (m.status !== 'occurred' || !nearTheReport(ctx, m) || heldRemotely(ctx, m)) return undefined;
  return datelineAsPlace(dateline);
}

/** Whether a mention has no date, or one within a few days of the report's. */
function nearTheReport(ctx: EventContext, m: EventMention): boolean {
  if (!m.date || !ctx.publishedAt) return true;
  return Math.abs(toDayNumber(m.date.start) - toDayNumber(ctx.publishedAt)) <= DATELINE_DAYS;
}

/** Whether the mention's sentence says the contact was held at a distance. */
function heldRemotely(ctx: EventContext, m: EventMention): boolean {
  const s = ctx.doc.sentences[m.hit.sentence];
  for (let i = s?.firstToken ?? 0; i < (s?.endToken ?? 0); i++) if (WORD_SETS.remote?.has(ctx.folded[i] ?? '')) return true;
  return false;
}

/** The place a dateline names ("NAIROBI —"), as a contact's place. */
function datelineAsPlace(dateline: Dateline): Place {
  return { name: displayName(dateline.text), country: dateline.country, wholeCountry: false };
}

/** "met X here on Monday" in a report from "BEIJING, March 3 (Xinhua) --": "here" is the dateline's place. */
function hereIsDateline(ctx: EventContext, m: EventMention): Place | undefined {
  const dateline = ctx.dateline;
  if (!dateline || m.type === 'phone_call') return undefined;
  const s = ctx.doc.sentences[m.hit.sentence];
  const to = Math.min(s?.endToken ?? ctx.length, Math.max(m.hit.end, m.frame?.end ?? 0) + 12);
  for (let i = Math.max(s?.firstToken ?? 0, m.hit.first - 3); i < to; i++) {
    if (ctx.folded[i] === 'here' && ctx.folded[i + 1] !== 'is' && ctx.folded[i + 1] !== 'are') return datelineAsPlace(dateline);
  }
  return undefined;
}

/** "hosted X for talks in the capital": the capital of the host's country. */
function hostCapital(ctx: EventContext, m: EventMention): Place | undefined {
  const s = ctx.doc.sentences[m.hit.sentence];
  const to = Math.min(s?.endToken ?? ctx.length, m.hit.end + 12);
  let at = -1;
  for (let i = Math.max(s?.firstToken ?? 0, m.hit.first - 4); i < to && at < 0; i++) {
    if (ctx.folded[i] !== 'in' || ctx.folded[i + 1] !== 'the') continue;
    if (ctx.folded[i + 2] === 'capital' || (ctx.folded[i + 3] === 'capital' && ["country's", 'nation'].includes(ctx.folded[i + 2] ?? ''))) at = i;
  }
  return at < 0 ? undefined : hostsCapital(ctx, m);
}

/** The capital of the country of the contact's host (the party the text makes host, or a host trigger's agent), as a place. */
function hostsCapital(ctx: EventContext, m: EventMention): Place | undefined {
  const host = m.parties.find((p) => p.host) ?? (m.hit.entry.role === 'host' ? m.parties.find((p) => !p.host) : undefined);
  const country = partyCountry(host, ctx.people);
  const city = country ? capitalOf(country) : undefined;
  return city && country ? { name: city, country, wholeCountry: false } : undefined;
}

let seatPattern: CompiledPattern<EventContext> | undefined;

/** How far after its trigger a host's seat may be named ("welcomed X to State House on Monday"). */
const SEAT_WINDOW = 12;

/**
 * "Ruto welcomed Widodo to State House", "Sisi received him at the presidential palace": a seat
 * every capital has, named with no town, is the host's, in the host's capital ("State House,
 * Nairobi"). Only where the text makes one party the host; a residence may be anyone's.
 */
function hostSeat(ctx: EventContext, m: EventMention): Place | undefined {
  seatPattern ??= compilePattern('(at | to | inside) $SEAT', EVENT_LEXICON);
  const capital = hostsCapital(ctx, m);
  if (!capital) return undefined;
  const s = ctx.doc.sentences[m.hit.sentence];
  const to = Math.min(s?.endToken ?? ctx.length, m.hit.end + SEAT_WINDOW);
  for (let i = m.hit.end; i < to; i++) {
    const seat = ctx.matcher.at(seatPattern, i, { limit: to });
    if (!seat || ctx.folded[seat.end - 1] === 'residence') continue;
    const first = ctx.folded[i + 1] === 'the' ? i + 2 : i + 1;
    const name = ctx.doc.text.slice(ctx.doc.tokens[first]?.start ?? 0, ctx.doc.tokens[seat.end - 1]?.end ?? 0);
    return venueIn(name, capital);
  }
  return undefined;
}

/** "MOSCOW" → "Moscow", "DAR ES SALAAM" → "Dar Es Salaam"; a name in ordinary case stays as written. */
function displayName(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
}

function people(parties: Party[]): string[] {
  return parties.flatMap((p) => (p.kind === 'person' ? [p.personId] : []));
}
