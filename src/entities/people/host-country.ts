import type { PersonDraft } from './cluster.js';
import type { PeopleContext } from './context-country.js';
import { countryAt, destinationAfter } from './visitor-country.js';

/** Words that may stand between "invitation of" and the inviter's title or name ("of his counterpart, X", "of the King, Y"). */
const BEFORE_INVITER: ReadonlySet<string> = new Set(['his', 'her', 'their', 'the', 'counterpart', 'host']);

/** Forms of "visit" that take the visited place as their object ("will visit Japan", "visiting Hanoi"). */
const VISIT_VERBS: ReadonlySet<string> = new Set(['visit', 'visits', 'visited', 'visiting']);

/** Words of contact after which a name is the visitor's partner ("to meet President X", "for talks with Y", "a courtesy call on Z", "received by W"), with the words one of them needs before it. */
const CONTACT_CUES: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([
  ['meet', null],
  ['meets', null],
  ['met', null],
  ['with', new Set(['talks', 'meet', 'met', 'meeting', 'meetings', 'consultations', 'discussions', 'audience', 'dinner', 'lunch'])],
  ['on', new Set(['call', 'calls'])],
  ['by', new Set(['received', 'welcomed', 'hosted', 'greeted'])],
]);

/**
 * Who hosts a visitor acts for the country the visit goes to: "X will pay a state visit to Japan
 * at the invitation of Prime Minister Y" (the inviter, anywhere in the sentence), "X will fly to
 * Bogota to pay a courtesy call on President Z" (a partner named after the destination).
 * Inherited, so a country the text states stands; an official of an organisation ("at the
 * invitation of European Council President Charles Michel") acts for none.
 */
export function hostsCountries(c: PeopleContext, isOrganisationOfficial: (d: PersonDraft) => boolean): void {
  c.drafts.forEach((draft, i) => {
    const person = c.people[i];
    // an office holder the gazetteer knows keeps their country
    if (!person || person.countryCertainty === 'stated' || draft.known || isOrganisationOfficial(draft)) return;
    for (const m of draft.mentions) {
      const sentence = c.doc.tokens[m.first]?.sentence;
      const invited = invitationBefore(c, m.first, m.prefix.firstToken);
      const journey = journeyOf(c, sentence, invited ? undefined : m.first);
      const hosted = !!journey && (invited || (contactBefore(c, Math.min(m.first, m.prefix.firstToken)) && !otherCountryBetween(c, journey, m.first)));
      if (!hosted || !journey) continue;
      [person.country, person.countryCertainty] = [journey.country, 'inherited'];
      return;
    }
  });
}

/** Whether a word of contact stands right before token `at`, maybe with "his counterpart" or "the" between. */
function contactBefore(c: PeopleContext, at: number): boolean {
  const word = (k: number): string => c.doc.tokens[k]?.text.toLowerCase() ?? '';
  let k = at - 1;
  while (k > at - 4 && BEFORE_INVITER.has(word(k))) k--;
  const cue = CONTACT_CUES.get(word(k));
  if (cue === undefined) return false;
  if (cue === null) return true;
  for (let j = k - 1; j >= k - 4; j--) if (cue.has(word(j))) return true;
  return false;
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

/** Whether a demonym stands at token `at` ("the visiting Jordanian delegation" goes nowhere). */
function demonymAt(c: PeopleContext, at: number): boolean {
  const start = c.doc.tokens[at]?.start;
  return c.countryMentions.some((m) => m.start === start && m.kind === 'demonym');
}

/** Whether a country other than the journey's is named between its destination and token `to` ("… to Switzerland, before ending the tour in Berlin with talks with X"). */
function otherCountryBetween(c: PeopleContext, journey: { country: string; at: number }, to: number): boolean {
  const from = c.doc.tokens[journey.at]?.start ?? 0;
  const until = c.doc.tokens[to]?.start ?? 0;
  return [...c.countryMentions, ...c.placeMentions].some((x) => x.start > from && x.start < until && ('code' in x ? x.code : x.country) !== journey.country);
}

/**
 * The country a journey in the sentence goes to, and where it is named: "a visit to Japan",
 * "arrived in Hanoi", "will visit Angola"; the last one before token `before` when given, else the first.
 */
function journeyOf(c: PeopleContext, sentence: number | undefined, before?: number): { country: string; at: number } | undefined {
  if (sentence === undefined) return undefined;
  const word = (k: number): string => c.doc.tokens[k]?.text.toLowerCase() ?? '';
  const first = c.doc.sentences[sentence]?.firstToken ?? 0;
  const end = Math.min(c.doc.sentences[sentence]?.endToken ?? 0, before ?? Infinity);
  let found: { country: string; at: number } | undefined;
  for (let k = first; k < end; k++) {
    const journey = destinationAfter(c, k);
    const at = journey >= 0 ? journey : VISIT_VERBS.has(word(k)) ? k + 1 : -1;
    const country = at < 0 || demonymAt(c, at) ? undefined : countryAt(c, at, c.home);
    if (country) found = { country, at };
    if (found && before === undefined) return found;
  }
  return found;
}
