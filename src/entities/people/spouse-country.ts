import type { PersonDraft } from './cluster.js';
import { namesakeCountry, sentenceOf, wordAt, type PeopleContext } from './context-country.js';

/** Words of marriage that make the name after them someone's spouse ("his wife X", "her husband, Y"). */
const SPOUSE_WORDS: ReadonlySet<string> = new Set(['wife', 'husband', 'spouse', 'widow', 'widower']);

/** Second words of a head of state's spouse ("First Lady X", "first gentleman Y"). */
const FIRST_SPOUSE: ReadonlySet<string> = new Set(['lady', 'gentleman', 'spouse']);

/** Words that may stand between the spouse word and the one whose spouse it is ("X and his wife, Y", "for him and his wife Y"). */
const BETWEEN: ReadonlySet<string> = new Set(['his', 'her', ',', 'and']);

/**
 * A spouse acts for the country of the one they are married to: the person right before "and his
 * wife" or "and first lady", or before "'s wife" ("Xi and his wife Peng Liyuan", "Xi and first lady
 * Peng Liyuan", "Kishida's wife Yuko"), else a person of the same family name ("hosted a banquet
 * for him and his wife Sehba Musharraf"), else the last person named before "his wife" in the
 * sentence ("X arrived accompanied by his wife Y"). This outweighs a country guessed from the
 * scene, but not one the text states.
 */
export function spousesCountries(c: PeopleContext): void {
  c.people.forEach((person, i) => {
    const draft = c.drafts[i];
    if (!draft || person.countryCertainty === 'stated' || spouseWordBefore(c, draft) < 0) return;
    const country = marriedToCountry(c, draft, i);
    if (country) [person.country, person.countryCertainty] = [country, 'inherited'];
  });
}

/** Where the spouse word before the first mention starts ("wife", "first lady"), or -1 when none stands there. */
function spouseWordBefore(c: PeopleContext, draft: PersonDraft): number {
  const m = draft.mentions[0];
  if (!m) return -1;
  let k = m.first - 1;
  if (wordAt(c.doc, k) === ',') k--;
  if (SPOUSE_WORDS.has(wordAt(c.doc, k))) return k;
  return FIRST_SPOUSE.has(wordAt(c.doc, k)) && wordAt(c.doc, k - 1) === 'first' ? k - 1 : -1;
}

/** The country of the one the spouse is married to: the named person before "'s" or before "and his/her", else a namesake, else whom "his/her" stands for. */
function marriedToCountry(c: PeopleContext, draft: PersonDraft, self: number): string | undefined {
  let k = spouseWordBefore(c, draft) - 1;
  const possessive = wordAt(c.doc, k) === 'his' || wordAt(c.doc, k) === 'her';
  if (wordAt(c.doc, k) === "'s" || wordAt(c.doc, k) === '’s') k--;
  else while (k >= 0 && BETWEEN.has(wordAt(c.doc, k))) k--;
  const before = c.at.get(k);
  const owner = before !== undefined && before !== self ? c.people[before]?.country : undefined;
  return owner ?? namesakeCountry(c, self) ?? (possessive ? lastNamedCountry(c, k, self) : undefined);
}

/** The country of the last person named in the sentence at or before token `k` ("X arrived accompanied by his wife Y": X's). */
function lastNamedCountry(c: PeopleContext, k: number, self: number): string | undefined {
  const first = sentenceOf(c.doc, Math.max(0, k))?.firstToken ?? 0;
  for (let j = k; j >= first; j--) {
    const p = c.at.get(j);
    if (p !== undefined && p !== self) return c.people[p]?.country ?? undefined;
  }
  return undefined;
}
