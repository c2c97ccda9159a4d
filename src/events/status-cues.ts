import type { EventStatus } from '../types.js';

/**
 * Words and phrases that set an event's status, lower-case. A phrase is matched as consecutive
 * words in the trigger's clause, the first in any inflection ("intend to" matches "intended to");
 * the strongest status found wins (see `status.ts`).
 */
export const STATUS_CUES: ReadonlyArray<{ words: string[]; status: EventStatus | 'denied' }> = [
  ...[
    'cancelled', 'canceled', 'cancels', 'cancel', 'called off', 'calls off', 'call off', 'postponed', 'postpones',
    'scrapped', 'scraps', 'refused', 'refuses', 'declined', 'declines', 'skipped', 'skips', 'pulled out',
    'rejected', 'rejects', 'refuse', 'refusing', 'but stayed', 'no longer', 'shelved', 'aborted', 'snubbed', 'boycotted',
    'put off', 'puts off', 'putting off', 'fell through', 'falls through', 'turn down', 'rebuff', 'spurn',
    // a contact suspended or put on hold is off until further notice ("the visit was suspended without a new date")
    'was suspended', 'were suspended', 'been suspended', 'suspends', 'put on hold', 'on hold',
    // a contact that broke down before it was held ("the planned meeting collapsed", "scuppering a meeting", "did not take place")
    'collapsed', 'scuppering', 'scuppered', 'scuppers', 'torpedoed', 'torpedoing', 'did not take place', 'never took place', 'failed to take place',
    'dropped from', 'was dropped', 'were dropped', 'been dropped', 'off the agenda', 'off the table',
    // a plan told in the past perfect is one that did not go ahead ("had been due to visit", "had been expected in Rabat")
    'had been due', 'had been expected', 'had been scheduled', 'had been slated', 'had been set to', 'was to have', 'were to have',
  ].map((p) => ({ words: p.split(' '), status: 'cancelled' as const })),
  ...['no plans', 'not planning', 'no plan', 'no intention', 'no intentions', 'not on the agenda', 'denied', 'denies', 'ruled out', 'rules out', 'never', 'not', 'yet to'].map((p) => ({
    words: p.split(' '),
    status: 'denied' as const,
  })),
  ...[
    'could', 'may', 'might', 'possible', 'possibly', 'potential', 'proposed', 'proposes', 'propose', 'proposal',
    'offered', 'offers', 'offer', 'bid to', 'invited', 'invites', 'invitation', 'would seek', 'seek to', 'seeks to', 'hopes to',
    'hope to', 'wants to', 'want to', 'wanted to', 'want', 'wants', 'whether', 'idea of', 'ready to', 'willing to', 'readiness to', 'willingness to', 'suggested',
    'called for', 'calls for', 'urged', 'would like', 'asked for', 'asks for', 'requested', 'requests', 'request',
    // a contact someone resists is one not held ("opposed talks between A and B", "is cool to meeting X")
    'opposed', 'opposes', 'oppose', 'objected to', 'objects to', 'reluctant to', 'unwilling to', 'cool to', 'resisted', 'resists',
    'sought', 'seeking', 'uncertain', 'unclear', 'unlikely', 'likely to', 'possibility', 'should', 'ought to', 'demanded', 'demands', 'demand',
    // a contact with no date fixed ("no date yet for a meeting", "too early to set a date for talks")
    'no date', 'too early to',
    // talk about a contact nobody has fixed ("speculation of a meeting", "the prospect of talks")
    'speculation', 'speculated', 'rumoured', 'rumored', 'rumours of', 'rumors of', 'talk of', 'prospect of', 'prospects of', 'prospects for',
  ].map((p) => ({ words: p.split(' '), status: 'proposed' as const })),
  ...[
    'will', "'ll", 'shall', 'to be held', 'to be hosted', 'to be chaired', 'to be co-chaired', 'to be attended', 'set to', 'set for', 'scheduled', 'slated', 'expected', 'expects', 'expect', 'plans to',
    'plan to', 'planned', 'planning', 'plans', 'agreed to', 'agree to', 'upcoming', 'forthcoming', 'next', 'is to',
    'are to', 'was to', 'were to', 'due to', 'due in', 'due at', 'looking forward', 'looked forward', 'look forward', 'looks forward', 'ahead of', 'preparing for', 'preparations for',
    'prepare for', 'going to', 'would', 'coming', 'later this', 'to take place',
    'confirmed', 'locks in', 'will be', 'accepted', 'agreed', 'intend to', 'aim to', 'includes', 'commitment to', 'week ahead', 'weeks ahead', 'days ahead', 'months ahead', 'month ahead', 'year ahead',
  ].map((p) => ({ words: p.split(' '), status: 'planned' as const })),
];

/**
 * Lemmas of agreeing and deciding that make the contact of their "to" clause a plan, even with
 * words between ("struck a deal on Monday to hold talks", "decided on Tuesday to meet").
 */
export const AGREEMENT_WORDS: ReadonlySet<string> = new Set([
  'deal', 'agreement', 'accord', 'decision', 'arrangement', 'consensus', 'understanding', 'pact', 'agree', 'decide', 'resolve', 'promise', 'pledge', 'vow',
]);

/** Lemmas of nouns of asking and offering whose "to" clause holds a contact ("his request to meet X", "an invitation to visit"). */
export const REQUEST_NOUNS: ReadonlySet<string> = new Set(['request', 'invitation', 'offer', 'proposal', 'bid', 'plea', 'overture', 'attempt', 'effort']);

/** Lemmas of asking, suggesting, hoping and possibility whose "that" clause holds a contact only proposed ("suggested that X and Y meet", "his request that X should meet Y", "it is possible that X and Y will meet"). */
export const ASKING_THAT: ReadonlySet<string> = new Set(['ask', 'urge', 'suggest', 'propose', 'demand', 'insist', 'recommend', 'request', 'suggestion', 'proposal', 'call', 'hope', 'wish', 'possible', 'possibility', 'unlikely']);

/** Participles of refusing: a request to meet that was "turned down" or "rejected" is a contact called off. */
export const REFUSED: ReadonlyArray<readonly string[]> = [['turned', 'down'], ['rejected'], ['refused'], ['declined'], ['denied'], ['rebuffed'], ['spurned'], ['ignored']];

/** Lemmas of asking and offering whose "to" clause holds a contact not yet agreed ("invited X on Monday to visit"). */
export const REQUEST_WORDS: ReadonlySet<string> = new Set(['invite', 'ask', 'urge', 'propose', 'offer', 'request']);

/** Phrases that mark a repeated, unspecified contact ("have spoken seven times"): never an event of its own. */
export const REPEATED_CONTACT_CUES: ReadonlyArray<string[]> = [
  ['times'],
  ['repeatedly'],
  ['regularly'],
  ['occasions'],
  ['frequently'],
  ['often'],
  ['every', 'week'],
  ['every', 'month'],
  ['every', 'day'],
  ['weekly'],
  ['routinely'],
  ['yearly'],
  ['annually'],
  ['every', 'year'],
];

/** Determiners that make an event noun generic ("any meeting", "such a meeting", "all summits"). */
export const GENERIC_DETERMINERS: ReadonlySet<string> = new Set(['any', 'such', 'all', 'every', 'no', 'future', 'more', 'further']);
