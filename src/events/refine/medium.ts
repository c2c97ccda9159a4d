import { compilePattern, type CompiledPattern } from '../../match/index.js';
import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import { EVENT_LEXICON } from '../rules/index.js';
import { partiesBesides } from '../party.js';

/** How far after a contact's frame a medium may stand and still be how it was held. */
const MEDIUM_WINDOW = 4;

/** How far after another trigger a medium belongs to it ("held talks on Friday by video link"). */
const MEDIUM_OF_OTHER = 8;

/** Words of meeting in person ("shook hands", "face to face"). */
const IN_PERSON: ReadonlySet<string> = new Set(['handshake', 'hands', 'in-person', 'face-to-face', 'sidelines', 'sideline', 'margins', 'fringes']);

/** Triggers of talking that name no medium: a venue or a handshake makes them a meeting. */
export const MEDIUM_FREE: ReadonlySet<string> = new Set(['speak.verb', 'conversation']);

let medium: CompiledPattern<EventContext> | undefined;

/**
 * The medium decides the type: talks held by phone ("had talked with X by phone") are a call
 * (held by video they stay a meeting, as a virtual meeting is one), and a conversation with a venue, a handshake or an occasion ("spoke briefly at the palace in Jeddah",
 * "shook hands and spoke", "caught up with X at the summit") was held in person.
 */
export function mediumDecidesType(ctx: EventContext, read: EventMention[]): EventMention[] {
  // "held talks by video link with X": the medium of a contact named before it is no contact of its own
  const kept = read.filter((m) => {
    // the nearest contact before the medium in its clause ("Ahead of the trip, X discussed Y by telephone": not the trip)
    const owner = m.hit.entry.id === 'medium' ? read.filter((o) => o !== m && o.hit.first < m.hit.first && m.hit.first - o.hit.end <= MEDIUM_OF_OTHER && !ctx.folded.slice(o.hit.end, m.hit.first).includes(',')).pop() : undefined;
    // "spoke to X by telephone on Tuesday": the day read beside the medium is the contact's
    if (owner && !owner.date && m.date) [owner.date, owner.dateWhole] = [m.date, m.dateWhole];
    // "discussed the crisis by telephone with X": the partner read beside the medium is the contact's
    if (owner) owner.parties = [...owner.parties, ...partiesBesides(m.parties, owner.parties)];
    return !owner;
  });
  for (const m of kept) {
    if (m.type === 'meeting' && m.hit.entry.role === 'mutual' && byMedium(ctx, m)) m.type = 'phone_call';
    else if (m.type === 'phone_call' && MEDIUM_FREE.has(m.hit.entry.id) && !byMedium(ctx, m) && inPerson(ctx, m)) m.type = 'meeting';
  }
  return kept;
}

/** Whether a phone medium stands right after the contact ("talked with X by phone"); video talks stay meetings. */
export function byMedium(ctx: EventContext, m: EventMention): boolean {
  medium ??= compilePattern('(by | over | on | via | through) the? @phone', EVENT_LEXICON);
  const s = ctx.doc.sentences[m.hit.sentence];
  const end = Math.min(s?.endToken ?? ctx.length, Math.max(m.hit.end, m.frame?.end ?? 0) + MEDIUM_WINDOW);
  for (let i = m.hit.end; i < end; i++) if (ctx.matcher.at(medium, i, { limit: end })) return true;
  return false;
}

/** How far after a conversation its venue may be named ("spoke briefly at the palace in Jeddah"). */
const VENUE_WINDOW = 120;

function inPerson(ctx: EventContext, m: EventMention): boolean {
  if (m.frame?.inPerson) return true;
  const after = ctx.doc.text.slice(m.trigger.end, m.trigger.end + VENUE_WINDOW);
  const venue = m.place?.name.split(',')[0] ?? '';
  // a venue named after the verb, not a place the clause reached before it ("arrived in Washington … spoke with")
  if (m.place && !m.place.wholeCountry && !m.placeInherited && venue && after.includes(venue)) return true;
  const s = ctx.doc.sentences[m.hit.sentence];
  for (let i = s?.firstToken ?? 0; i < (s?.endToken ?? 0); i++) if (IN_PERSON.has(ctx.folded[i] ?? '')) return true;
  return atOccasion(ctx, m.hit.end, s?.endToken ?? ctx.length);
}

/** Occasions people attend in person ("at the summit", "during the state dinner"). */
const OCCASIONS: ReadonlySet<string> = new Set(['summit', 'dinner', 'lunch', 'luncheon', 'breakfast', 'reception', 'banquet', 'ceremony', 'funeral', 'gala', 'forum', 'conference', 'inauguration', 'coronation', 'wedding', 'retreat']);

/** Rooms and grounds one stands in ("in a holding room", "in the corridor", "at the residence"). */
const ROOMS: ReadonlySet<string> = new Set(['room', 'corridor', 'hallway', 'lounge', 'lobby', 'hall', 'office', 'chamber', 'palace', 'residence', 'villa', 'terrace', 'garden', 'tent']);

/** Meals one shares in person, the only occasions read after "before", "after" and "over" ("over dinner"). */
const MEALS: ReadonlySet<string> = new Set(['dinner', 'lunch', 'luncheon', 'breakfast', 'banquet', 'reception', 'gala', 'coffee', 'tea', 'supper', 'iftar']);

/** Which settings each preposition introduces when it follows a conversation. */
const SETTINGS_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['at', new Set([...OCCASIONS, ...ROOMS])],
  ['during', OCCASIONS],
  ['in', ROOMS],
  ['inside', ROOMS],
  ['before', MEALS],
  ['after', MEALS],
  ['over', MEALS],
]);

/**
 * "caught up with X at the Quad summit", "spoke in a holding room", "talked over dinner": a
 * preposition right after the contact and, within five words of it, a setting it introduces.
 */
function atOccasion(ctx: EventContext, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 8); i++) {
    const settings = SETTINGS_AFTER.get(ctx.folded[i] ?? '');
    if (!settings) continue;
    for (let k = i + 1; k < Math.min(to, i + 6); k++) {
      if (settings.has(ctx.lemmas[k] ?? '')) return true;
      if (ctx.folded[k] === ',' || ctx.pos[k] === 'VERB') break;
    }
  }
  return false;
}
