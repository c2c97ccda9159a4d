import { rulingHouseCountries } from './royal-house.js';
import { agencyCountry } from '../countries/news-agencies.js';
import { findDateline } from '../countries/dateline.js';
import { visitorCountry } from './visitor-country.js';
import { counterpartsLeft, notOwnCounterparts } from './counterpart-country.js';
import { spousesCountries } from './spouse-country.js';
import { ownGovernmentCountries } from './own-government-country.js';
import { hostsCountries } from './host-country.js';
import type { CountryMention, Person, Span } from '../../types.js';
import type { TextDocument, Token } from '../../text/types.js';
import { tokenFacts } from '../token-facts.js';
import { TITLE_WORDS } from './titles.js';
import { clusterMentions, draftCountry, draftIndexByToken, key, type PersonDraft } from './cluster.js';
import { countriesFromContext, homeFitsSentence, isCredit, mostNamed, namesakeCountry, nearestCountry, type PeopleContext } from './context-country.js';
import { findNameMentions, type NameMention } from './name-mentions.js';
import { arabicSpelling, knownByName } from './known-people-index.js';
import { nationalOfficeCountry } from './national-offices.js';

/** Input of the people stage. */
export interface PeopleInput {
  /** The segmented text. */
  doc: TextDocument;
  /** Country mentions from the countries stage (titles such as "Russian President" read them). */
  countryMentions: CountryMention[];
  /** Organisation mentions ("European Commission"): offices of organisations give no country. */
  organisationMentions: Span[];
  /** Publication date `YYYY-MM-DD`, or null: picks the office holders of that year from the gazetteer. */
  publishedAt: string | null;
  /** Known places that are not countries ("Geneva", "San Francisco"), which are never names; a place dateline gives the home country. Optional. */
  placeMentions?: Array<Span & { country?: string }>;
}

/**
 * Finds the people named in a text (stage 3 of the pipeline): one {@link Person} per real person,
 * every full, partial or truncated mention attached, with role and country from the text or,
 * failing that, from the gazetteer of well-known office holders.
 */
export function findPeople(input: PeopleInput): Person[] {
  const { doc } = input;
  const facts = tokenFacts(doc, input.countryMentions, input.organisationMentions, input.placeMentions);
  const year = input.publishedAt ? Number(input.publishedAt.slice(0, 4)) : null;
  const drafts = clusterMentions(findNameMentions(doc, facts, year), year);
  const people = drafts.map((draft, i) => toPerson(doc, draft, `p${i + 1}`));
  const home = homeCountry(doc, input.countryMentions, input.placeMentions);
  const context: PeopleContext = { doc, countryMentions: input.countryMentions, placeMentions: input.placeMentions ?? [], drafts, people, at: draftIndexByToken(drafts), home };
  inheritPossessorCountries(context, year);
  rulingHouseCountries(people);
  // "a visit to Japan at the invitation of Prime Minister X", "flew to Bogota to call on President Y": the host is of the visited country
  hostsCountries(context, isOrganisationOfficial);
  // an opposition leader with no country named opposes a government of the story, not the scene's or the dateline's: the nearest country named, last
  countriesFromContext(context, (person, d) => stateOfficial(person, d) && !inOpposition(doc, d));
  // "X, who led a delegation to Accra": a visitor is of the other side
  people.forEach((person, i) => {
    const draft = drafts[i];
    // (an official of an international body, "UN Secretary-General X arrived in Munich", is of no country)
    const country = !person.country && draft && !ofInternationalBody(draft) ? visitorCountry(context, draft, home) : undefined;
    if (country) [person.country, person.countryCertainty] = [country, 'inherited'];
  });
  drafts.forEach((d, i) => {
    const person = people[i];
    if (!person || !home) return;
    // "federal Labour Minister Kellie Leitch" in a Canadian story; someone with no office only where nothing else is named around them
    const noOffice = !person.role && !person.country && !ofOrganisation(d);
    if ((homeOfficial(person, d) && !inOpposition(doc, d)) || (noOffice && homeFitsSentence(context, d, i, home))) [person.country, person.countryCertainty] = [home, 'inferred'];
  });
  counterpartsLeft(context);
  relativesCountries(context);
  spousesCountries(context);
  // "Presidency spokesperson X": an official of an institution named with no state serves the story's own government
  ownGovernmentCountries(context, (person, d) => homeOfficial(person, d) || unplaced(context, person, d));
  // last, the country the text names nearest before them: inferred, never stated
  drafts.forEach((d, i) => {
    const person = people[i];
    if (!person) return;
    const official = homeOfficial(person, d);
    if (!official && !unplaced(context, person, d)) return;
    const country = nearestCountry(context, d, official);
    if (country) [person.country, person.countryCertainty] = [country, 'inferred'];
  });
  notOwnCounterparts(context);
  return people;
}

/** Whether a title before one of the person's mentions has "opposition" in it ("Opposition Leader X"). */
function inOpposition(doc: TextDocument, d: PersonDraft): boolean {
  return d.mentions.some((m) => doc.tokens.slice(m.prefix.firstToken, m.first).some((t) => t.text.toLowerCase() === 'opposition'));
}

function ofOrganisation(d: PersonDraft): boolean {
  return d.mentions.some((m) => m.prefix.organisation || m.appositionOrganisation);
}

/** A person with an office of a state and no country yet: one whose country the context may give (not a known official of an international body). */
function stateOfficial(person: Person, d: PersonDraft): boolean {
  return !person.country && !!person.role && !privateRole(person.role) && !ofOrganisation(d) && d.known?.country !== null;
}

/** A state official whom the article's home or nearest country may be given: not a counterpart, who acts for the other side. */
function homeOfficial(person: Person, d: PersonDraft): boolean {
  return stateOfficial(person, d) && person.role !== 'counterpart';
}

/**
 * A person still with no country who may be given the country under discussion where they are
 * named: an official (of the state, or of a national body such as a senate, a party or an agency),
 * or someone named with no description at all, who in diplomatic news is mostly an official whose
 * title was not read. Not a counterpart (of the other side), a credit line, an official of a
 * company or an international body (the UN, the African Development Bank), nor someone described
 * by an occupation or a kinship ("a climber", "his wife"): they act for no country.
 */
function unplaced(c: PeopleContext, person: Person, d: PersonDraft): boolean {
  if (person.country || person.role === 'counterpart' || (person.role && privateRole(person.role))) return false;
  return !isCredit(c.doc, d) && !ofInternationalBody(d) && !describedByNoun(c.doc, d);
}

function privateRole(role: string): boolean {
  return PRIVATE_ROLES.has(role) || PRIVATE_ROLES.has(role.split(' ').pop() ?? '');
}

/**
 * Whether the first mention is described by a common noun that is no office: right before the name
 * ("Norwegian climber X", "intelligence contractor Y") or heading an apposition ("Z, a former
 * customs official", "his wife, W"): a private person, who acts for no country.
 */
function describedByNoun(doc: TextDocument, d: PersonDraft): boolean {
  const m = d.mentions[0];
  if (!m || m.prefix.office) return false;
  let k = Math.min(m.prefix.firstToken, m.first) - 1;
  if (doc.tokens[k]?.text === ',') k--;
  for (; k < m.first; k++) if (commonNoun(doc.tokens[k])) return true;
  // an apposition is a noun phrase ("X, a former customs official"), not a clause ("X, speaking to television, …")
  if (doc.tokens[m.end]?.text !== ',' || !['DET', 'PRON', 'ADJ', 'NOUN'].includes(doc.tokens[m.end + 1]?.pos ?? '')) return false;
  for (let k = m.end + 1; k < m.end + 6; k++) {
    const t = doc.tokens[k];
    if (!t || t.text === ',' || t.text === '.') return false;
    if (commonNoun(t)) return true;
  }
  return false;
}

/** A lower-case noun that is no office: an occupation ("climber"), a kinship ("wife") or any other ("contractor"). */
function commonNoun(t: Token | undefined): boolean {
  const kind = TITLE_WORDS.get(t?.text.toLowerCase() ?? '')?.kind;
  return !!t && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && kind !== 'office' && kind !== 'modifier';
}

function ofInternationalBody(d: PersonDraft): boolean {
  return d.known?.country === null || d.mentions.some((m) => m.prefix.international || m.appositionInternational);
}

/**
 * A person with no office and no country who shares a family name with someone acting for a
 * country ("Barack and Michelle Obama", "the president and his wife, Jill Biden") is taken to be of
 * that family and that country.
 */
function relativesCountries(c: PeopleContext): void {
  c.drafts.forEach((d, i) => {
    const person = c.people[i];
    if (!person || person.country || person.role || !d.surname || ofOrganisation(d)) return;
    const country = namesakeCountry(c, i);
    if (country) [person.country, person.countryCertainty] = [country, 'inherited'];
  });
}

/** Roles that belong to companies, groups and international organisations, never to a state by default ("Secretary-General X"). */
const PRIVATE_ROLES = new Set(['chief executive', 'chairman', 'director', 'secretary-general', 'director-general']);

/**
 * The country an article is written from: its national agency's, the capital of its dateline ("MOSCOW –", "Nairobi —"),
 * or else the country that most of its country mentions name (at least 40% and twice).
 */
export function homeCountry(doc: TextDocument, mentions: CountryMention[], places: Array<Span & { country?: string }> = []): string | undefined {
  // a national agency's story ("BOGOR, Aug 9 (Bernama) --") is told from its country, whatever the dateline
  const agency = agencyCountry(doc.text);
  if (agency) return agency;
  const dateline = findDateline(doc.text, mentions, places);
  // a wire service's regional hub ("DUBAI —" over a story about Iran) is only where the reporter is: the dateline gives the home country when the story names that country again
  if (dateline && mentions.some((m) => m.code === dateline.country && m.start >= dateline.end)) return dateline.country;
  const top = mostNamed(mentions);
  return top && top.count >= 2 && top.count / mentions.length >= 0.4 ? top.code : undefined;
}

function toPerson(doc: TextDocument, draft: PersonDraft, id: string): Person {
  const mentions: Span[] = draft.mentions.map((m) => spanOf(doc, m));
  const person: Person = { id, name: displayName(draft), mentions };
  const role = draft.mentions.map((m) => m.prefix.role ?? m.appositionRole).find(Boolean) ?? draft.known?.role;
  if (role) person.role = role;
  const country = draftCountry(draft) ?? draft.mentions.map((m) => m.appositionCountry).find(Boolean);
  if (country && !(isOrganisationOfficial(draft) && !draft.known)) {
    person.country = country;
    person.countryCertainty = draft.country === undefined && draft.known?.country === country ? 'inferred' : 'stated';
  }
  // "Home Secretary X": an office only one state has names that state, though the text does not
  const national = person.country ? undefined : draft.mentions.map((m) => nationalOfficeCountry(doc, m)).find(Boolean);
  if (national) [person.country, person.countryCertainty] = [national, 'inferred'];
  return person;
}

function isOrganisationOfficial(d: PersonDraft): boolean {
  return d.mentions.some((m) => m.prefix.organisation) && !d.mentions.some((m) => m.prefix.office && m.prefix.country && !m.prefix.organisation);
}

/** "Nawaz Sharif's envoy Shaharyar Khan": an official of a person acts for that person's country. */
function inheritPossessorCountries({ doc, drafts, people, at: draftAt }: PeopleContext, year: number | null): void {
  drafts.forEach((d, i) => {
    const person = people[i];
    if (!person || person.country) return;
    const owner = d.mentions.map((m) => m.prefix.possessor ?? m.appositionOwner).find((x) => x !== undefined);
    if (owner === undefined) return;
    let j = draftAt.get(owner) ?? -1;
    if (j < 0) {
      // "the president's deputy chief of staff": the nearest earlier person holding that office
      const office = doc.tokens[owner]?.text.toLowerCase() ?? '';
      let best = -1;
      drafts.forEach((o, k) => {
        if (!people[k]?.role?.includes(office === 'prime' || office === 'pm' ? 'prime minister' : office)) return;
        const at = Math.max(-1, ...o.mentions.filter((m) => m.first < owner).map((m) => m.first));
        if (at >= 0 && (best < 0 || at > best)) [best, j] = [at, k];
      });
    }
    // "his top adviser, X": the person named last before the pronoun in its sentence
    if (j < 0 && /^(?:his|her)$/i.test(doc.tokens[owner]?.text ?? '')) j = personBefore(draftAt, doc, owner, i);
    // "Netanyahu aide X": the owner is a person named elsewhere by that name, or a known office holder
    if (j < 0) j = drafts.findIndex((o) => o.mentions.some((m) => m.tokens.some((t) => key(t) === key(doc.tokens[owner]?.text ?? ''))));
    const country = j >= 0 ? people[j]?.country : knownByName([doc.tokens[owner]?.text ?? ''], year)?.country ?? undefined;
    if (country) [person.country, person.countryCertainty] = [country, 'inherited'];
  });
}

/** The draft of the person named last before token `at` in its sentence, other than `self`, or -1. */
function personBefore(draftAt: Map<number, number>, doc: TextDocument, at: number, self: number): number {
  const sentence = doc.tokens[at]?.sentence;
  for (let k = at - 1; k >= 0 && doc.tokens[k]?.sentence === sentence; k--) {
    const j = draftAt.get(k);
    if (j !== undefined && j !== self) return j;
  }
  return -1;
}

function spanOf(doc: TextDocument, m: NameMention): Span {
  const start = doc.tokens[m.first]?.start ?? 0;
  const last = doc.tokens[m.end - 1];
  const dot = doc.tokens[m.end];
  // "Locsin Jr." keeps the full stop of its suffix, which ends no sentence
  const suffixDot = dot?.text === '.' && dot.start === last?.end && /^[JS]r$/.test(last.text) && dot.sentence === last.sentence;
  const end = (suffixDot ? dot.end : last?.end) ?? start;
  return { start, end, text: doc.text.slice(start, end) };
}

/** The fullest name the text gives; a lone given or family name is completed from the other mentions or the gazetteer. */
function displayName(d: PersonDraft): string {
  const longest = d.mentions.reduce((a, b) => (b.tokens.length > a.tokens.length ? b : a), d.mentions[0] as NameMention);
  let tokens = longest.tokens;
  // "King Salman bin Abdulaziz": the gazetteer's full name of an office holder the text names in part
  if (d.known && (tokens.length === 1 || withinName(tokens, d.known.name))) return d.known.name;
  if (tokens.length === 1) {
    const surname = d.mentions.find((m) => m.tokens.length === 1 && key(m.tokens[0] ?? '') !== d.given)?.tokens[0];
    const given = d.mentions.find((m) => m.tokens.length === 1 && key(m.tokens[0] ?? '') === d.given)?.tokens[0];
    if (surname && given) tokens = [given, surname];
  }
  return tokens.map(unshout).join(' ');
}

/** Whether `tokens` begin `name`, which goes on ("Salman bin Abdulaziz" of "Salman bin Abdulaziz Al Saud"; not "Abdulaziz bin Salman"). */
function withinName(tokens: readonly string[], name: string): boolean {
  const words = name.split(/\s+/).map(key);
  // ("Abdullah Ibn Abdul Aziz" is "Abdullah bin Abdulaziz" as the gazetteer spells it)
  const spelt = arabicSpelling(tokens.map(key)).split(' ');
  return words.length > spelt.length && spelt.every((t, k) => words[k] === t);
}

/** "OBAMA" → "Obama"; mixed-case words are kept as written ("McConnell", "JD"). */
function unshout(word: string): string {
  if (word.length <= 2 || word !== word.toUpperCase() || word.includes('.')) return word;
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

