import type { CountryMention, Person, Span } from '../../types.js';
import type { TextDocument } from '../../text/types.js';
import { tokenFacts, type TokenFacts } from '../token-facts.js';
import { clusterMentions, draftCountry, type PersonDraft } from './cluster.js';
import { findNameMentions, type NameMention } from './name-mentions.js';

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
}

/**
 * Finds the people named in a text (stage 3 of the pipeline): one {@link Person} per real person,
 * every full, partial or truncated mention attached, with role and country from the text or,
 * failing that, from the gazetteer of well-known office holders.
 */
export function findPeople(input: PeopleInput): Person[] {
  const { doc } = input;
  const facts = tokenFacts(doc, input.countryMentions, input.organisationMentions);
  const year = input.publishedAt ? Number(input.publishedAt.slice(0, 4)) : null;
  const drafts = clusterMentions(findNameMentions(doc, facts, year), year);
  const people = drafts.map((draft, i) => toPerson(doc, draft, `p${i + 1}`));
  inheritPossessorCountries(doc, drafts, people);
  return people;
}

function toPerson(doc: TextDocument, draft: PersonDraft, id: string): Person {
  const mentions: Span[] = draft.mentions.map((m) => spanOf(doc, m));
  const person: Person = { id, name: displayName(draft), mentions };
  const role = draft.mentions.map((m) => m.prefix.role).find(Boolean) ?? draft.known?.role;
  if (role) person.role = role;
  const country = draftCountry(draft);
  if (country && !(isOrganisationOfficial(draft) && !draft.known)) person.country = country;
  return person;
}

function isOrganisationOfficial(d: PersonDraft): boolean {
  return d.mentions.some((m) => m.prefix.organisation) && !d.mentions.some((m) => m.prefix.office && m.prefix.country && !m.prefix.organisation);
}

/** "Nawaz Sharif's envoy Shaharyar Khan": an official of a person acts for that person's country. */
function inheritPossessorCountries(doc: TextDocument, drafts: PersonDraft[], people: Person[]): void {
  drafts.forEach((d, i) => {
    const person = people[i];
    if (!person || person.country) return;
    const owner = d.mentions.map((m) => m.prefix.possessor).find((x) => x !== undefined);
    if (owner === undefined) return;
    const j = drafts.findIndex((o) => o.mentions.some((m) => m.first <= owner && owner < m.end));
    const country = j >= 0 ? people[j]?.country : undefined;
    if (country) person.country = country;
  });
}

function spanOf(doc: TextDocument, m: NameMention): Span {
  const start = doc.tokens[m.first]?.start ?? 0;
  const end = doc.tokens[m.end - 1]?.end ?? start;
  return { start, end, text: doc.text.slice(start, end) };
}

/** The fullest name the text gives; a lone given or family name is completed from the other mentions or the gazetteer. */
function displayName(d: PersonDraft): string {
  const longest = d.mentions.reduce((a, b) => (b.tokens.length > a.tokens.length ? b : a), d.mentions[0] as NameMention);
  let tokens = longest.tokens;
  if (tokens.length === 1) {
    if (d.known) return d.known.name;
    const surname = d.mentions.find((m) => m.tokens.length === 1 && key1(m) !== d.given)?.tokens[0];
    const given = d.mentions.find((m) => m.tokens.length === 1 && key1(m) === d.given)?.tokens[0];
    if (surname && given) tokens = [given, surname];
  }
  return tokens.map(unshout).join(' ');
}

function key1(m: NameMention): string {
  return (m.tokens[0] ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "OBAMA" → "Obama"; mixed-case words are kept as written ("McConnell", "JD"). */
function unshout(word: string): string {
  if (word.length <= 2 || word !== word.toUpperCase()) return word;
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

export type { TokenFacts };
