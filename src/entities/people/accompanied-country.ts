import type { PersonDraft } from './cluster.js';
import { personNamedAfter, wordAt, type PeopleContext } from './context-country.js';

/** Verbs by which an official goes along with someone ("accompanies President X"). */
const ACCOMPANY_VERBS: ReadonlySet<string> = new Set(['accompanies', 'accompanied', 'accompanying', 'accompany', 'escorted', 'escorts']);

/** How many words may stand between the verb and the person accompanied ("accompanied the visiting President X"). */
const ACCOMPANIED_REACH = 5;

/**
 * "Foreign Minister X accompanies President Y at the inauguration", "Minister Z accompanied the
 * Prime Minister, W, to Delhi": an official who goes along with a leader is of that leader's
 * delegation ("accompanied by" is the other way round, read with the delegations).
 */
export function accompaniedCountry(c: PeopleContext, draft: PersonDraft, self: number): string | undefined {
  for (const m of draft.mentions) {
    const k = m.end;
    if (!ACCOMPANY_VERBS.has(wordAt(c.doc, k)) || wordAt(c.doc, k + 1) === 'by') continue;
    const leader = personNamedAfter(c, k + 1, k + 1 + ACCOMPANIED_REACH, self);
    if (leader) return leader.country;
  }
  return undefined;
}
