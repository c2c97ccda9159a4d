import type { PersonDraft } from './cluster.js';
import { namesakeCountry, wordAt, type PeopleContext } from './context-country.js';

/** Words of marriage that make the name after them someone's spouse ("his wife X", "her husband, Y"). */
const SPOUSE_WORDS: ReadonlySet<string> = new Set(['wife', 'husband', 'spouse', 'widow', 'widower']);

/** Words that may stand between the spouse word and the one whose spouse it is ("X and his wife, Y", "for him and his wife Y"). */
const BETWEEN: ReadonlySet<string> = new Set(['his', 'her', ',', 'and']);

/**
 * A spouse acts for the country of the one they are married to: the person right before "and his
 * wife" or before "'s wife" ("Xi and his wife Peng Liyuan", "Kishida's wife Yuko"), else a person
 * of the same family name ("hosted a banquet for him and his wife Sehba Musharraf"). This
 * outweighs a country guessed from the scene, but not one the text states.
 */
export function spousesCountries(c: PeopleContext): void {
  c.people.forEach((person, i) => {
    const draft = c.drafts[i];
    if (!draft || person.countryCertainty === 'stated' || spouseWordBefore(c, draft) < 0) return;
    const country = marriedToCountry(c, draft, i);
    if (country) [person.country, person.countryCertainty] = [country, 'inherited'];
  });
}

/** The token right before the spouse word of the first mention, or -1 when no spouse word stands there. */
function spouseWordBefore(c: PeopleContext, draft: PersonDraft): number {
  const m = draft.mentions[0];
  if (!m) return -1;
  let k = m.first - 1;
  if (wordAt(c.doc, k) === ',') k--;
  return SPOUSE_WORDS.has(wordAt(c.doc, k)) ? k : -1;
}

/** The country of the one the spouse is married to: the named person before "'s" or before "and his/her", else a namesake. */
function marriedToCountry(c: PeopleContext, draft: PersonDraft, self: number): string | undefined {
  let k = spouseWordBefore(c, draft) - 1;
  if (wordAt(c.doc, k) === "'s" || wordAt(c.doc, k) === '’s') k--;
  else while (k >= 0 && BETWEEN.has(wordAt(c.doc, k))) k--;
  const before = c.at.get(k);
  const owner = before !== undefined && before !== self ? c.people[before]?.country : undefined;
  return owner ?? namesakeCountry(c, self);
}
