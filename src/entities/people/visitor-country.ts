import type { CountryMention } from '../../types.js';
import { JOURNEY_NOUNS, OUTBOUND_TRAVEL_VERBS } from '../../lexicon/travel.js';
import type { PersonDraft } from './cluster.js';
import { mostNamed, type PeopleContext } from './context-country.js';

/** Nouns of a journey, or of those who make one, in the relative clause after a name ("who led a delegation to …", "who is on a visit to …"). */
const VISITING_NOUNS: ReadonlySet<string> = new Set([...JOURNEY_NOUNS, 'delegation', 'mission']);

/** How many words the relative clause may run before its journey noun. */
const REACH = 8;

/**
 * "Mr X, who led a six-member delegation to Accra", "Y, who is on a working visit to the country":
 * a person whose relative clause takes them on a journey to a country is not of that country; with
 * no country of their own in the text, they act for the country the text names most after it
 * (the other side of the visit). Undefined when no such clause follows the person's first mention.
 */
export function visitorCountry(c: PeopleContext, draft: PersonDraft, home: string | undefined): string | undefined {
  const visited = visitedCountry(c, draft, home);
  if (!visited) return undefined;
  const others = c.countryMentions.filter((m: CountryMention) => m.code !== visited);
  return mostNamed(others)?.code;
}

/**
 * The country that the words after the first mention of `draft` take them to: a relative clause
 * ("X, who led a delegation to Accra") or their own predicate ("X will pay a state visit to
 * Hanoi", "X arrived in Accra on Monday"), within a few words and no comma.
 */
function visitedCountry(c: PeopleContext, draft: PersonDraft, home: string | undefined): string | undefined {
  const end = draft.mentions[0]?.end ?? 0;
  const word = (k: number): string => c.doc.tokens[k]?.text.toLowerCase() ?? '';
  const from = word(end) === ',' && word(end + 1) === 'who' ? end + 2 : end;
  const sentence = c.doc.tokens[end]?.sentence;
  for (let k = from; k < from + REACH && c.doc.tokens[k]?.sentence === sentence && word(k) !== ','; k++) {
    const at = destinationAfter(c, k);
    if (at >= 0) return countryAt(c, at, home);
  }
  return undefined;
}

/** Where the place a journey word at `k` goes to starts ("a visit to Accra", "arrived in Accra": after "to"/"in"), or -1 when no journey word stands there. */
export function destinationAfter(c: PeopleContext, k: number): number {
  const word = (i: number): string => c.doc.tokens[i]?.text.toLowerCase() ?? '';
  const noun = VISITING_NOUNS.has(word(k)) && word(k + 1) === 'to';
  const verb = OUTBOUND_TRAVEL_VERBS.has(word(k)) && (word(k + 1) === 'to' || word(k + 1) === 'in');
  return noun || verb ? k + 2 : -1;
}

/** The country named at token `to` ("Accra", "Ghana"), or the home country for "the country". */
export function countryAt(c: PeopleContext, to: number, home: string | undefined): string | undefined {
  const word = (k: number): string => c.doc.tokens[k]?.text.toLowerCase() ?? '';
  if (word(to) === 'the' && word(to + 1) === 'country') return home;
  const at = c.doc.tokens[to];
  const place = at && [...c.countryMentions, ...c.placeMentions].find((m) => m.start === at.start);
  return place ? ('code' in place ? place.code : place.country) : undefined;
}
