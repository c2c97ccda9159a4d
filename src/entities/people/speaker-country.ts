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
    const fronted = frontedReportCountry(c, m, self);
    if (fronted) return fronted;
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

/** How many words before the official's name the comma that opens the attribution may stand (its title). */
const TITLE_REACH = 8;

/**
 * "Turkish Foreign Minister X will visit Jordan …, Foreign Ministry spokesman Y said" (from Ankara),
 * "Egypt will tell Britain …, Foreign Minister Z said" (from Cairo): an official with no country who
 * ends a sentence by reporting it speaks for the subject that opens it, a person of a country or a
 * country by name, when the text is written from that country (from Athens, "French Premier X will
 * visit Greece …, government spokesman Y said" is the host's spokesman, whom the dateline places).
 */
function frontedReportCountry(c: PeopleContext, m: { first: number; end: number }, self: number): string | undefined {
  const s = sentenceOf(c.doc, m.first);
  if (!s || !REPORTING_VERBS.has(wordAt(c.doc, m.end)) || m.first - s.firstToken < 4) return undefined;
  let comma = -1;
  for (let k = m.first - 1; k >= Math.max(s.firstToken, m.first - TITLE_REACH); k--) if (wordAt(c.doc, k) === ',') [comma, k] = [k, 0];
  if (comma < 0) return undefined;
  const first = afterDateline(c, s.firstToken, comma);
  const subject = personNamedAfter(c, first, Math.min(comma, first + 6), self);
  const at = c.doc.tokens[first]?.start;
  const country = subject ? (subject.role ? subject.country : undefined) : c.countryMentions.find((x) => x.start === at && x.kind === 'name')?.code;
  return country && (!c.home || country === c.home) ? country : undefined;
}

/** Dashes that close a dateline ("ANKARA, Aug 28 -"). */
const DATELINE_DASHES: ReadonlySet<string> = new Set(['-', '--', '—', '–']);

/** The first token after a dateline opening the sentence at `from` ("ANKARA, Aug 28 - Turkish …"), or `from`. */
function afterDateline(c: PeopleContext, from: number, before: number): number {
  for (let k = from; k < Math.min(before, from + 10); k++) if (DATELINE_DASHES.has(wordAt(c.doc, k))) return k + 1;
  return from;
}
