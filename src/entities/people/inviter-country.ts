import type { PersonDraft } from './cluster.js';
import type { PeopleContext } from './context-country.js';
import { OUTBOUND_TRAVEL_VERBS } from '../../lexicon/travel.js';
import { JOURNEY_NOUNS, countryAt } from './visitor-country.js';

/** Words that may stand between "invitation of" and the inviter's title or name ("of his counterpart, X", "of the King, Y"). */
const BEFORE_INVITER: ReadonlySet<string> = new Set(['his', 'her', 'their', 'the', 'counterpart', 'host']);

/** Forms of "visit" that take the visited place as their object ("will visit Japan", "visiting Hanoi"). */
const VISIT_VERBS: ReadonlySet<string> = new Set(['visit', 'visits', 'visited', 'visiting']);

/**
 * "X will pay a state visit to Japan at the invitation of Prime Minister Y", "At the invitation of
 * President Z, W arrived in Hanoi": who invites a visitor hosts them, and acts for the country the
 * visit goes to. Inherited, so a country the text states for the inviter stands; an official of an
 * organisation ("at the invitation of European Council President Charles Michel") acts for none.
 */
export function invitersCountries(c: PeopleContext, isOrganisationOfficial: (d: PersonDraft) => boolean): void {
  c.drafts.forEach((draft, i) => {
    const person = c.people[i];
    if (!person || person.countryCertainty === 'stated' || isOrganisationOfficial(draft)) return;
    const invited = draft.mentions.find((m) => invitationBefore(c, m.first, m.prefix.firstToken));
    const sentence = invited ? c.doc.tokens[invited.first]?.sentence : undefined;
    const country = sentence === undefined ? undefined : journeyCountry(c, sentence);
    if (country) [person.country, person.countryCertainty] = [country, 'inherited'];
  });
}

/** Whether "invitation of" stands before the name at `first`, with only its title (from `title`) or "his counterpart," between. */
function invitationBefore(c: PeopleContext, first: number, title: number): boolean {
  const word = (k: number): string => c.doc.tokens[k]?.text.toLowerCase() ?? '';
  const at = (k: number): boolean => word(k) === 'of' && word(k - 1) === 'invitation';
  let k = first - 1;
  // a comma only after "counterpart" or "host": "of the King, Prime Minister X" puts X apart from the inviter
  const skip = (k: number): boolean => BEFORE_INVITER.has(word(k)) || (word(k) === ',' && BEFORE_INVITER.has(word(k - 1)));
  while (k > first - 9 && !at(k) && ((k >= title && word(k) !== ',') || skip(k))) k--;
  return at(k);
}

/** The country a journey in the sentence goes to: "a visit to Japan", "arrived in Hanoi", "will visit Angola". */
function journeyCountry(c: PeopleContext, sentence: number): string | undefined {
  const word = (k: number): string => c.doc.tokens[k]?.text.toLowerCase() ?? '';
  const tokens = c.doc.tokens;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]?.sentence !== sentence) continue;
    const noun = JOURNEY_NOUNS.has(word(k)) && word(k + 1) === 'to';
    const verb = OUTBOUND_TRAVEL_VERBS.has(word(k)) && (word(k + 1) === 'to' || word(k + 1) === 'in');
    const country = noun || verb ? countryAt(c, k + 2, c.home) : VISIT_VERBS.has(word(k)) ? countryAt(c, k + 1, c.home) : undefined;
    if (country) return country;
  }
  return undefined;
}
