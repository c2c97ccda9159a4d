import type { PersonDraft } from './cluster.js';
import { personNamedAfter, sentenceOf, wordAt, type PeopleContext } from './context-country.js';
import { REPORTING_VERBS } from '../../lexicon/speech.js';

/** How many words after the verb of saying the first person of the reported clause may stand. */
const REPORTED_REACH = 8;

/**
 * "Executive Secretary X said President Y had no plans to …": an official with no country who
 * reports what a leader of a country did or will do speaks for that leader's government. The
 * leader is the first person named in the reported clause, right after "said" (and "that").
 */
export function speakerCountry(c: PeopleContext, draft: PersonDraft, self: number): string | undefined {
  for (const m of draft.mentions) {
    let k = m.end;
    const s = sentenceOf(c.doc, m.first);
    if (!s || !REPORTING_VERBS.has(wordAt(c.doc, k))) continue;
    k++;
    if (wordAt(c.doc, k) === 'that') k++;
    const leader = personNamedAfter(c, k, Math.min(s.endToken, k + REPORTED_REACH), self);
    if (leader) return leader.role ? leader.country : undefined;
  }
  return undefined;
}
