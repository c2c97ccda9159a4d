import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';
import { toDayNumber } from '../../dates/calendar.js';
import { lastSentenceUpTo, mentionedWithin, sharesPerson } from './nearby-drafts.js';
import { partyCountry } from '../party.js';

/** How many sentences before a contact the visit or summit it belongs to may be reported. */
const REACH = 6;

/** The longest span of days a visit or summit passes on (a trip, not a season). */
const MAX_DAYS = 10;

/**
 * "X arrived in Prague on Tuesday for a two-day visit. … He will also meet President Y.": a
 * meeting with no date of its own, reported after a dated visit or summit of one of its parties
 * in the same country, took place during it and takes its days (inherited), as a reader dates it;
 * not when its own sentence holds a date.
 */
export function duringVisit(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  for (const d of drafts) {
    if (d.date || d.type === 'summit') continue;
    const first = d.mentions[0]?.hit.sentence ?? 0;
    // ("came in March, when X telephoned Y": a sentence with a date of its own is no part of the trip)
    if (sentenceDated(ctx, first)) continue;
    const source = tripOf(drafts, d, first, (v) => isDatedTrip(v) && samePlace(v, d));
    if (source?.date) d.date = { value: source.date.value, certainty: 'inherited' };
  }
  return drafts;
}

/**
 * "X began a four-day visit to Malaysia on Sunday. … He also met Malaysian ministers Y and Z": a
 * contact with no place of its own, reported after a visit of one of its parties, whose other
 * parties are all of the visited country (its hosts at home), took place there (inherited).
 */
export function placeDuringVisit(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  for (const d of drafts) {
    if (d.place || d.type !== 'meeting') continue;
    const first = d.mentions[0]?.hit.sentence ?? 0;
    const trip = tripOf(drafts, d, first, (v) => isVisit(v) && !!v.place);
    const visited = trip?.place?.value.country;
    if (!trip?.place || !visited) continue;
    const hosts = d.parties.filter((p) => !trip.parties.some((q) => q.kind === 'person' && p.kind === 'person' && q.personId === p.personId));
    if (hosts.length > 0 && hosts.every((p) => partyCountry(p, ctx.people) === visited)) d.place = { value: trip.place.value, certainty: 'inherited' };
  }
  return drafts;
}

/** How many sentences after a gathering a meeting with no day of its own may be held at it. */
const GATHERING_REACH = 2;

/**
 * "X attended the NATO ministers' meeting in Brussels on Thursday. Separately, X met Y": a meeting
 * with no place of its own, reported after a summit with a place that one of its parties attends,
 * of its status, took place there (inherited): on a day of that summit, or, with no day of its own,
 * reported at most {@link GATHERING_REACH} sentences after it. A visit goes where it goes.
 */
export function placeAtGathering(_ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  for (const d of drafts) {
    if (d.place || d.type !== 'meeting' || isVisit(d)) continue;
    const first = d.mentions[0]?.hit.sentence ?? 0;
    const summit = tripOf(drafts, d, first, (v) => v.type === 'summit' && !!v.place && !v.mentions.some((m) => m.declined));
    if (!summit?.place) continue;
    const sameDays = !!d.date && !!summit.date && daysOverlap(d.date.value, summit.date.value);
    const close = !d.date && first - lastSentenceUpTo(summit, first) <= GATHERING_REACH;
    if (sameDays || close) d.place = { value: summit.place.value, certainty: 'inherited' };
  }
  return drafts;
}

/** Whether two spans of days share one. */
function daysOverlap(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * The trip contact `d` (first reported in sentence `first`) took place during: of the drafts
 * `fits` accepts, one of its status and sharing a person with it, reported within {@link REACH}
 * sentences before it, the one reported last.
 */
function tripOf(drafts: EventDraft[], d: EventDraft, first: number, fits: (v: EventDraft) => boolean): EventDraft | undefined {
  const trips = drafts.filter((v) => v !== d && fits(v) && sameStatus(v, d) && sharesPerson(v.parties, d.parties) && mentionedWithin(v, first, REACH));
  return trips.sort((a, b) => lastSentenceUpTo(b, first) - lastSentenceUpTo(a, first))[0];
}

function isVisit(v: EventDraft): boolean {
  return v.mentions.some((m) => m.hit.entry.role === 'visit');
}
/** Whether sentence `s` holds a date expression. */
function sentenceDated(ctx: EventContext, s: number): boolean {
  const sentence = ctx.doc.sentences[s];
  for (let i = sentence?.firstToken ?? 0; i < (sentence?.endToken ?? 0); i++) if (ctx.dateAt[i] !== undefined) return true;
  return false;
}

/** A visit or summit dated to a span of at most {@link MAX_DAYS} days. */
function isDatedTrip(v: EventDraft): boolean {
  const date = v.date?.value;
  if (!date || v.date?.certainty === 'inferred') return false;
  const days = toDayNumber(date.end) - toDayNumber(date.start) + 1;
  return days <= MAX_DAYS && (v.type === 'summit' || isVisit(v));
}

function sameStatus(a: EventDraft, b: EventDraft): boolean {
  return (a.status.value === 'occurred') === (b.status.value === 'occurred');
}

/** No places, or places in the same country. */
function samePlace(v: EventDraft, d: EventDraft): boolean {
  return !v.place || !d.place || v.place.value.country === d.place.value.country;
}
