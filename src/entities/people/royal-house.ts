import { fold } from '../../text/fold.js';
import type { Person } from '../../types.js';

/**
 * Ruling houses of the Gulf, by the family name their members carry, and the state each rules: a
 * prince or sheikh of the house acts for it ("Sheikh Jaber Al-Nawaf Al-Ahmad Al-Sabah", "Prince
 * Sultan bin Mishaal bin Abdulaziz").
 */
const RULING_HOUSES: ReadonlyArray<{ pattern: RegExp; country: string }> = [
  { pattern: /\bal[- ]?sabah$/, country: 'KWT' },
  { pattern: /\bal[- ]?thani$/, country: 'QAT' },
  { pattern: /\bal[- ]?(?:nahyan|nahayan|maktoum|qasimi|nuaimi|mualla|sharqi)$/, country: 'ARE' },
  { pattern: /\bal[- ]?khalifa$/, country: 'BHR' },
  { pattern: /\bal[- ]?sa[i']?id$/, country: 'OMN' },
  { pattern: /\b(?:al[- ]?saud|bin abdulaziz|bin abdul aziz)$/, country: 'SAU' },
];

/** The state a person's ruling house rules, or undefined. */
export function rulingHouseCountry(name: string): string | undefined {
  const folded = fold(name);
  return RULING_HOUSES.find((h) => h.pattern.test(folded))?.country;
}

/** People of a ruling house with no country yet act for the state it rules (inferred). */
export function rulingHouseCountries(people: Person[]): void {
  for (const person of people) {
    if (person.country) continue;
    const country = rulingHouseCountry(person.name);
    if (country) [person.country, person.countryCertainty] = [country, 'inferred'];
  }
}
