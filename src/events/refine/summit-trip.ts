import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';

/** How far a summit may stand after the end of a journey's frame and still be its purpose. */
const PURPOSE_WINDOW = 14;

/** Words that make what follows a journey its purpose ("for the summit", "to attend", "attending"). */
const PURPOSE_LEMMAS: ReadonlySet<string> = new Set(['for', 'attend', 'part']);

/** Words that make the summit another stop, not the purpose ("visit Bogota after attending the summit"). */
const SEQUENCE_WORDS: ReadonlySet<string> = new Set(['after', 'before', 'following', 'then', 'and', 'ahead']);

/**
 * A journey whose purpose is a summit ("will travel to Rio for the G20 summit", "is due in Budapest,
 * attending a summit") is the trip to the summit, not a visit to the host country: the journey is
 * dropped and the summit, which takes the traveller as an attendee (see `summitSidelines`), stays.
 * A journey to meet a person ("flew to Paris to meet Macron before the summit") is kept.
 */
export function summitTrips(ctx: EventContext, read: EventMention[]): EventMention[] {
  const summits = read.filter((m) => m.type === 'summit' && !m.generic);
  if (summits.length === 0) return read;
  return read.filter((m) => {
    const summit = summits.find((s) => (((isJourney(m) && !earlierStop(m)) || travelsWithAttendees(m, s)) && isPurpose(ctx, m, s) && !isBilateral(ctx, s)) || joinsItsLeaders(m, s));
    if (summit) travellerAttends(m, summit);
    return !summit;
  });
}

/** Words that make a summit with no name one between two sides ("for an informal summit", "a bilateral summit"). */
const TWO_SIDED: ReadonlySet<string> = new Set(['informal', 'bilateral', 'one-on-one', 'two-way', 'state']);

/** "travelled to Chennai for an informal summit": a two-sided summit in a country is the visit to it, which stays. */
function isBilateral(ctx: EventContext, summit: EventMention): boolean {
  if (summit.multilateral) return false;
  for (let i = Math.max(0, summit.hit.first - 3); i < summit.hit.first; i++) if (TWO_SIDED.has(ctx.folded[i] ?? '')) return true;
  return false;
}

/**
 * "will travel to Switzerland for a peace summit": the journey states who goes to a summit that
 * names no one, so the traveller is its party, stated by the clause, not a guess from the sentence.
 */
function travellerAttends(trip: EventMention, summit: EventMention): void {
  const traveller = trip.parties[0];
  if (summit.parties.length > 0 || traveller?.kind !== 'person' || summit.multilateral) return;
  summit.parties = [{ ...traveller, host: false }];
}

/** "flies to Poland, then on to Russia and France, for the G8 summit": a stop of a list before its last, which the summit's purpose does not reach. */
function earlierStop(m: EventMention): boolean {
  const stops = m.frame?.partners ?? [];
  const own = m.parties.find((p) => stops.includes(p));
  return stops.length > 1 && own !== undefined && stops.indexOf(own) < stops.length - 1;
}

/** A journey to a place: a visit whose other side is only the country it goes to. */
function isJourney(m: EventMention): boolean {
  if (m.hit.entry.role !== 'visit' || m.type !== 'meeting') return false;
  return m.parties.every((p) => !p.host || p.kind === 'country') && (m.frame?.partners ?? []).every((p) => p.kind === 'country');
}

/**
 * "will fly to Osaka for the G20 summit, where he will join leaders including X": a journey whose
 * other people are the summit's attendees goes to the summit, not to them.
 */
function travelsWithAttendees(m: EventMention, summit: EventMention): boolean {
  if (m.hit.entry.role !== 'visit' || m.type !== 'meeting') return false;
  const attendees = [...summit.parties, ...summit.attendees];
  const others = m.parties.slice(1).filter((p) => p.kind === 'person');
  return others.length > 0 && others.every((p) => p.kind === 'person' && attendees.some((q) => q.kind === 'person' && q.personId === p.personId));
}

/** "…for the G20 summit, where he will join leaders including X": joining the leaders of a summit in its sentence is attending it. */
function joinsItsLeaders(m: EventMention, summit: EventMention): boolean {
  return m.hit.entry.id === 'join.verb' && m.hit.sentence === summit.hit.sentence && m.parties.some((p) => p.kind === 'group');
}

function isPurpose(ctx: EventContext, trip: EventMention, summit: EventMention): boolean {
  const from = Math.max(trip.hit.end, trip.frame?.end ?? 0);
  if (summit.hit.first < from || summit.hit.first - from > PURPOSE_WINDOW) return false;
  let purpose = false;
  for (let i = from; i < summit.hit.first; i++) {
    const w = ctx.folded[i] ?? '';
    // "arrived in Addis Ababa ahead of the summit" (held there): the arrival is for the summit
    if (w === 'ahead' && sameCity(trip, summit)) {
      purpose = true;
      continue;
    }
    if (w === ';' || w === '.' || ctx.personAt[i] || SEQUENCE_WORDS.has(w)) return false;
    if (PURPOSE_LEMMAS.has(w) || PURPOSE_LEMMAS.has(ctx.lemmas[i] ?? '')) purpose = true;
  }
  return purpose;
}

/** Whether the summit is held where the journey goes, or names no place of its own. */
function sameCity(trip: EventMention, summit: EventMention): boolean {
  if (!summit.place) return true;
  return !!trip.place && trip.place.country === summit.place.country && (trip.place.wholeCountry || summit.place.wholeCountry || trip.place.name === summit.place.name);
}
