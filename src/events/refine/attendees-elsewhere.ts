import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import type { Party } from '../party.js';
import { sameParty } from '../party.js';
import type { Place } from '../place.js';

/**
 * The partners of the contacts among `mentions` that the text places somewhere `place` cannot be:
 * in "will attend a summit in Vilnius and meet the French president in Paris", the French
 * president meets him in Paris and is no attendee of the Vilnius summit.
 */
export function partnersElsewhere(mentions: EventMention[], place: Place | undefined): Party[] {
  return mentions.filter((m) => m.type !== 'summit' && heldElsewhere(m, place)).flatMap((m) => m.frame?.partners ?? []);
}

/**
 * Whether the text places a contact in another country than a summit held at `place` (both stated,
 * not inherited). Two places of one country may still be one occasion: the summit's city and the
 * hotel or resort of a meeting on its sidelines.
 */
export function heldElsewhere(m: EventMention, place: Place | undefined): boolean {
  const other = m.placeInherited ? undefined : m.place;
  return !!place?.country && !!other?.country && other.country !== place.country;
}

/** A summit takes the people of its sentence as attendees (or as its parties, when it names none), but not the partners of a contact held elsewhere ({@link partnersElsewhere}). */
export function attendeesElsewhere(_ctx: EventContext, read: EventMention[]): EventMention[] {
  for (const summit of read) {
    if (summit.type !== 'summit' || summit.placeInherited) continue;
    const away = partnersElsewhere(read, summit.place);
    if (away.length === 0) continue;
    const here = (p: Party): boolean => !away.some((q) => sameParty(p, q));
    // with no one else left, the one who goes on from the summit to the other contact attends it
    const travellers = read.filter((m) => m.type !== 'summit' && heldElsewhere(m, summit.place)).flatMap((m) => m.parties.filter(here));
    const keep = (ps: Party[]): Party[] => (ps.some(here) ? ps.filter(here) : travellers);
    [summit.attendees, summit.fallbackParties] = [keep(summit.attendees), keep(summit.fallbackParties)];
  }
  return read;
}
