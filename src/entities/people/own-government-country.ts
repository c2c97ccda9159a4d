import type { Person } from '../../types.js';
import type { PersonDraft } from './cluster.js';
import { wordAt, type PeopleContext } from './context-country.js';
import { REIGNING_MONARCH_TITLES } from './titles.js';

/** Words of a government's own institutions, named with no state ("the Presidency", "the Ministry of Foreign Affairs"). */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set(['presidency', 'ministry', 'government', 'cabinet', 'palace', 'administration', 'chancellery']);

/** Roles of those who lead a state or its diplomacy: whose government the story's officials serve. */
const LEAD_ROLES: ReadonlySet<string> = new Set([...REIGNING_MONARCH_TITLES, 'president', 'prime minister', 'premier', 'chancellor', 'foreign minister', 'foreign secretary', 'external affairs minister', 'secretary of state']);

/** How far past the name an apposition naming the institution may run ("X, spokesman for the Presidency,"). */
const APPOSITION_REACH = 10;

/**
 * "Presidency spokesperson X", "Y, spokesperson of the Ministry of Foreign Affairs": an official of
 * a government institution the text names with no state serves the government whose institution
 * the text named last with a state ("the Armenian Foreign Ministry said …"), else the story's own:
 * the state of the first leader or foreign minister it names with a country (inferred). Runs before
 * the nearest country is guessed, which would be the other side's as often as not.
 */
export function ownGovernmentCountries(c: PeopleContext, eligible: (person: Person, d: PersonDraft) => boolean): void {
  const lead = leadCountry(c);
  c.drafts.forEach((d, i) => {
    const person = c.people[i];
    const m = d.mentions[0];
    if (!person || !m || person.country || !eligible(person, d)) return;
    if (!namesInstitution(c, m.prefix.firstToken, m.first) && !(wordAt(c.doc, m.end) === ',' && namesInstitution(c, m.end, m.end + APPOSITION_REACH, true))) return;
    const country = institutionNamedBefore(c, m.prefix.firstToken) ?? lead;
    if (country) [person.country, person.countryCertainty] = [country, 'inferred'];
  });
}

/** The state of the institution last named with one before token `t` ("the Armenian Foreign Ministry said …"): the one "the Foreign Ministry" then means. */
function institutionNamedBefore(c: PeopleContext, t: number): string | undefined {
  for (let k = t - 1; k >= 0; k--) {
    if (!INSTITUTION_WORDS.has(wordAt(c.doc, k))) continue;
    const from = c.doc.tokens[Math.max(0, k - 3)]?.start ?? 0;
    const to = c.doc.tokens[k]?.start ?? 0;
    const named = c.countryMentions.filter((x) => x.start >= from && x.end <= to).pop();
    if (named) return named.code;
  }
  return undefined;
}

/** The country of the first leader or foreign minister named with a country, in text order. */
function leadCountry(c: PeopleContext): string | undefined {
  let best: { at: number; country: string } | undefined;
  c.drafts.forEach((d, i) => {
    const person = c.people[i];
    const at = d.mentions[0]?.first ?? Infinity;
    if (!person?.country || !person.role || !LEAD_ROLES.has(person.role)) return;
    if (!best || at < best.at) best = { at, country: person.country };
  });
  return best?.country;
}

/** Whether tokens `[from, to)` name a government institution with no state ("Presidency", "the Ministry of Foreign Affairs", "to the President"); an apposition stops at its comma. */
function namesInstitution(c: PeopleContext, from: number, to: number, apposition = false): boolean {
  for (let k = from; k < to; k++) {
    const w = wordAt(c.doc, k);
    if (apposition && k > from && (w === ',' || w === '.' || w === ';')) return false;
    if (INSTITUTION_WORDS.has(w)) return true;
    // "adviser to the President"
    if (apposition && w === 'the' && (wordAt(c.doc, k + 1) === 'president' || wordAt(c.doc, k + 1) === 'prime') && wordAt(c.doc, k - 1) === 'to') return true;
  }
  return false;
}
