import type { PersonDraft } from './cluster.js';
import { wordAt, type PeopleContext } from './context-country.js';

/** Verbs by which an official addresses an audience ("told", "briefed"). */
const ADDRESS_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'briefed', 'briefs', 'brief', 'addressed', 'addresses']);

/** An official's own country's audiences: its press and its lawmakers. */
const AUDIENCE_NOUNS: ReadonlySet<string> = new Set([
  'journalists', 'reporters', 'media', 'press', 'correspondents', 'television', 'tv', 'radio', 'broadcaster', 'newspaper',
  'lawmakers', 'legislators', 'parliament', 'parliamentarians',
]);

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
    if (wordAt(c.doc, k) === ',') continue;
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
    for (let j = k + 1; j <= k + ACCOMPANIED_REACH; j++) {
      const w = wordAt(c.doc, j);
      if (w === ',' || w === '.' || w === ';') break;
      const other = c.at.get(j);
      if (other === undefined || other === self) continue;
      return c.people[other]?.country;
    }
  }
  return undefined;
}
