/**
 * Word lists the event readers consult, lower-case. Data only.
 */

/** Words that end the stretch of a clause in which a trigger's parties are looked for. */
export const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([
  ';', ':', '--', '—', '–', '(', ')', '"', '“', '”', 'that', 'who', 'which', 'when', 'where', 'while', 'after',
  'before', 'since', 'because', 'as', 'but', 'although', 'though', 'whereas', 'said', 'says', 'told', 'announced',
  'added', 'according', 'amid', 'if', 'unless', 'whether', 'until',
]);

/** Prepositions that introduce a party after a trigger ("spoke with X", "a call to X", "received by X"). */
export const PARTY_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'between', 'to', 'by', 'from', 'of', 'on', 'and', 'along', 'together']);

/** Prepositions that introduce a place ("in Beijing", "at the Oval Office"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside']);

/** Words that may stand between a trigger and its parties or place without ending the phrase. */
export const SKIPPABLE: ReadonlySet<string> = new Set([
  'also', 'directly', 'briefly', 'formally', 'reportedly', 'separately', 'later', 'again', 'officially', 'personally',
  'virtually', 'privately', 'publicly', 'first', 'finally', 'already', 'just', 'then', 'jointly', 'closely',
  'behind', 'closed-door', 'closed', 'door', 'doors', 'over', 'the', 'a', 'an', 'phone', 'telephone', 'by',
  'morning', 'afternoon', 'evening', 'night', 'on', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would',
  'to', 'be', 'been', 'held', 'hold', 'did', 'not', 'also', 'up', 'visiting', 'his', 'her', 'their', 'its', 'new',
]);

/** Pronouns that stand for one person. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him']);

/** Words that stand for the parties of the latest contact ("they", "the two leaders"). */
export const GROUP_WORDS: ReadonlySet<string> = new Set(['they', 'their', 'them', 'both', 'two', 'leaders', 'sides']);

/** Office words that a description of a person may end in ("the Russian leader", "his Iranian counterpart"). */
export const DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  'leader', 'president', 'premier', 'chancellor', 'counterpart', 'minister', 'secretary', 'king', 'emir', 'prince',
  'monarch', 'host', 'guest', 'head', 'pm', 'adviser', 'advisor', 'envoy', 'ambassador', 'commander', 'spokesman',
  'spokeswoman', 'official', 'delegation', 'negotiator',
]);

/** Roles that count as heads of state or government when a description says "leader". */
export const LEADER_ROLES: ReadonlySet<string> = new Set([
  'president', 'prime minister', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'leader', 'supreme leader',
  'crown prince', 'chairman', 'president-elect', 'premier', 'monarch',
]);

/** Nouns that, owned by a person, make that person the host of a visit ("visited Trump's residence"). */
export const HOST_PLACES: ReadonlySet<string> = new Set([
  'residence', 'home', 'estate', 'house', 'palace', 'office', 'villa', 'ranch', 'resort', 'retreat', 'club',
]);

/** Adjectives that name two countries at once ("inter-Korean talks", "cross-strait ties"). */
export const COUNTRY_PAIR_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['inter-korean', ['KOR', 'PRK']],
  ['cross-strait', ['CHN', 'TWN']],
]);

/** Places that are seats of government, with the city they stand in (so "the Kremlin" locates an event in Moscow). */
export const SEAT_CITIES: ReadonlyMap<string, string> = new Map([
  ['kremlin', 'Moscow'],
  ['white house', 'Washington'],
  ['oval office', 'Washington'],
  ['downing street', 'London'],
  ['elysee', 'Paris'],
  ['elysee palace', 'Paris'],
  ['zhongnanhai', 'Beijing'],
  ['great hall of the people', 'Beijing'],
  ['blue house', 'Seoul'],
  ['aso rock', 'Abuja'],
  ['chancellery', 'Berlin'],
]);
