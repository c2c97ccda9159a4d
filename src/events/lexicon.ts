/**
 * Word lists the event readers consult, lower-case. Data only.
 */
import { REIGNING_MONARCH_TITLES } from '../entities/people/titles.js';
import { METONYMS } from '../entities/countries/metonyms.js';
import { fold } from '../text/fold.js';

/** Forms of "be" that carry a passive or a state ("was cancelled", "is in Hiroshima"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'been', 'was', 'were', 'is', 'are']);

/** Prepositions that introduce a place ("in Beijing", "at the Oval Office"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside']);

export { OCCASION_PREPOSITIONS } from '../lexicon/occasions.js';


/** Titles of monarchs that news uses for one another ("the Emir", "Sheikh Tamim"). */
export const MONARCHS: ReadonlySet<string> = new Set([...REIGNING_MONARCH_TITLES, 'sheikh', 'monarch', 'crown prince']);

/** Heads that name one kind of monarch ("the Amir" is the emir, never the king of the text). */
export const MONARCH_TITLES: ReadonlySet<string> = new Set(REIGNING_MONARCH_TITLES);

/** The role a monarch's head word names ("amir" → "emir"; any other head names itself). */
export function monarchTitle(head: string): string {
  return head === 'amir' ? 'emir' : head;
}

/** Whether a role is that of a head of state ("the Head of State"): a president or a reigning monarch, not a head of government or an heir. */
export function headOfStateRole(role: string): boolean {
  return role === 'president' || (MONARCHS.has(role) && role !== 'crown prince');
}

/** Offices a "the diplomat" may hold. */
export const DIPLOMATIC_ROLES: ReadonlySet<string> = new Set(['ambassador', 'envoy', 'diplomat', 'high commissioner', 'commissioner', 'charge d\'affaires', 'special envoy', 'consul', 'foreign minister', 'deputy foreign minister', 'vice foreign minister', 'foreign secretary', 'secretary of state', 'special representative']);

/** Roles that count as heads of state or government when a description says "leader". */
export const LEADER_ROLES: ReadonlySet<string> = new Set([
  ...REIGNING_MONARCH_TITLES, 'president', 'prime minister', 'chancellor', 'leader', 'supreme leader',
  'crown prince', 'chairman', 'president-elect', 'premier', 'monarch',
]);

/** Adjectives that name two countries at once ("inter-Korean talks", "cross-strait ties"). */
export const COUNTRY_PAIR_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['inter-korean', ['KOR', 'PRK']],
  ['cross-strait', ['CHN', 'TWN']],
]);

/** Venues of state that stand for no country, with their city. */
const VENUE_CITIES: ReadonlyArray<[string, string]> = [
  ['great hall of the people', 'Beijing'],
  ['hyderabad house', 'New Delhi'],
  ['chancellery', 'Berlin'],
];

/**
 * Places that are seats of government, with the city they stand in (so "the Kremlin" locates an
 * event in Moscow): the seats of the metonym table that have a city, and a few venues of state.
 * Keys are folded (lower case, no accents).
 */
export const SEAT_CITIES: ReadonlyMap<string, string> = new Map([
  ...METONYMS.filter((m) => m.city).map((m): [string, string] => [fold(m.phrase), m.city ?? '']),
  ...VENUE_CITIES,
]);

/** Adverbs that may stand between "and" and the preposition of a second partner ("with A and, separately, with B", "and later with B"). */
export const JOINING_ADVERBS: ReadonlySet<string> = new Set(['separately', 'later', 'also', 'afterwards', 'subsequently', 'then', 'again']);

/** Words of the edge of a gathering ("on the sidelines of the summit", "on its margins"). */
export const SIDELINE_WORDS: ReadonlySet<string> = new Set(['sidelines', 'sideline', 'margins', 'margin', 'fringes', 'fringe']);

/** Words before a gathering's name that put a contact at it ("on the sidelines of the summit", "at the summit", "during the summit"). */
export const AT_GATHERING: ReadonlySet<string> = new Set([...SIDELINE_WORDS, 'at', 'during']);

/** Words that put a contact before or after a gathering, not at it ("ahead of the summit", "after the summit"). */
export const AROUND_GATHERING: readonly string[] = ['ahead', 'before', 'after', 'following', 'preceding', 'until', 'upcoming'];

/** Triggers of talking that say nothing of how ("exchanged views", "discussed"): told again of a contact just reported, they are that contact. */
export const TYPE_FREE_TALK: ReadonlySet<string> = new Set(['exchange-views', 'discuss.verb', 'speak.verb', 'conversation', 'discussion.noun', 'agree-together']);

/** Words that put what follows them before what they follow in time ("returned to Nairobi after attending the summit", "following talks with X", "having met Y"). */
export const EARLIER_DEED_WORDS: ReadonlySet<string> = new Set(['after', 'following', 'having']);
