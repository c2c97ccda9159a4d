import type { PersonDraft } from './cluster.js';
import { wordAt, type PeopleContext } from './context-country.js';
import { AUDIENCE_NOUNS } from '../../lexicon/speech.js';

/** Verbs by which an official addresses an audience ("told", "briefed"). */
const ADDRESS_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'briefed', 'briefs', 'brief', 'addressed', 'addresses']);


/** How many words may stand between the demonym and the audience noun ("Sri Lankan state television"). */
const AUDIENCE_GAP = 3;

/**
 * "Foreign Minister X told Sri Lankan journalists travelling with the delegation", "Y briefed
 * Indian reporters": an official speaks to their own country's press or lawmakers, so the demonym
 * of the audience is the official's country.
 */
export function audienceCountry(c: PeopleContext, draft: PersonDraft): string | undefined {
  for (const m of draft.mentions) {
    let k = m.end;
    if (!ADDRESS_VERBS.has(wordAt(c.doc, k))) continue;
    k++;
    if (wordAt(c.doc, k) === 'the') k++;
    const at = c.doc.tokens[k];
    const demonym = at && c.countryMentions.find((x) => x.start === at.start && (x.kind === 'demonym' || x.kind === 'name'));
    if (!demonym) continue;
    for (let j = k + 1; j <= k + AUDIENCE_GAP; j++) if (AUDIENCE_NOUNS.has(wordAt(c.doc, j))) return demonym.code;
  }
  return undefined;
}
