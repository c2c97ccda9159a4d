/**
 * Countries of officials that their title does not give, read from the context they stand in
 * (issue 13), in order of certainty:
 * 1. the delegation they belong to ("X, accompanied by Communications Minister Y", "X, along with
 *    Trade Minister Y", "the Chinese co-chairs, State Councilor A and Vice Premier B");
 * 2. the person they are joined to by "and" ("Crown Prince A and Crown Princess B"), or the list
 *    they stand in, when the people on both sides of them act for one country ("US Treasury
 *    Secretary A, Secretary of State B and US NSA C");
 * 3. the country of the press or lawmakers they address ("told Sri Lankan journalists"), or of the
 *    leader whose doings they report ("Press Secretary X said President Y would …");
 * 4. the one country their sentence names as a place ("in", "to", "at") that no other person
 *    there acts for, when someone of another country stands in it too ("flies to Fiji on Monday
 *    for talks with Prime Minister Z"); else the place their paragraph opens on ("In Manila, …").
 * Only people with an office and no country are changed; the dateline comes after these, and
 * last the country named nearest before them ({@link nearestCountry}).
 */
import type { CountryMention, Person, Span } from '../../types.js';
import type { TextDocument } from '../../text/types.js';
import { lineBreakBetween } from '../../text/lines.js';
import { TITLE_WORDS } from './titles.js';
import { OUTBOUND_TRAVEL_VERBS } from '../../lexicon/travel.js';
import type { PersonDraft } from './cluster.js';
import { counterpartCountry } from './counterpart-country.js';
import { ownedByItsCountry, representedCountry } from './represented-country.js';
import { audienceCountry } from './audience-country.js';
import { accompaniedCountry } from './accompanied-country.js';
import { speakerCountry } from './speaker-country.js';

/** What the context readers look at: the text, its countries and places, and the people found so far. */
export interface PeopleContext {
  doc: TextDocument;
  countryMentions: CountryMention[];
  placeMentions: Array<Span & { country?: string }>;
  drafts: PersonDraft[];
  people: Person[];
  /** For each token of a name, the index of its person (`draftIndexByToken`). */
  at: Map<number, number>;
  /** The country the text is written from (its dateline or agency), when it has one. */
  home?: string | undefined;
}

/** Participles that put the people after "by" in the delegation of the sentence's subject ("accompanied [at the talks] by"). */
const DELEGATION_PARTICIPLES: ReadonlySet<string> = new Set(['accompanied', 'joined', 'flanked', 'escorted']);

/** Phrases that do the same without "by" ("along with", "a delegation including"). */
const DELEGATION_CUES: ReadonlyArray<readonly string[]> = [
  ['along', 'with'],
  ['together', 'with'],
  ['delegation', 'included'],
  ['delegation', 'including'],
  ['delegation', 'comprising'],
];

/** Words that open the list of a delegation's members after a few words on it ("a delegation of MPs, including …"). */
const DELEGATION_MEMBERS: ReadonlySet<string> = new Set(['including', 'included', 'comprising', 'comprised', 'among']);

/** Whether a delegation cue starts at token `i` of `words`. */
function delegationCueAt(words: readonly string[], i: number): boolean {
  if (DELEGATION_CUES.some((c) => c.every((w, k) => words[i + k] === w))) return true;
  // "a delegation of MPs, including Health Minister X", "a delegation of senior officials comprising Y"
  if (words[i] === 'delegation' && ['of', 'that'].includes(words[i + 1] ?? '')) {
    for (let k = i + 2; k <= i + 6; k++) if (DELEGATION_MEMBERS.has(words[k] ?? '')) return true;
  }
  // "arrived with Foreign Minister X", "flew with Y": who travels with the subject is of its party
  if (OUTBOUND_TRAVEL_VERBS.has(words[i] ?? '') && words[i + 1] === 'with') return true;
  if (!DELEGATION_PARTICIPLES.has(words[i] ?? '')) return false;
  for (let k = i + 1; k <= i + 5; k++) if (words[k] === 'by') return true;
  return false;
}

/** Whether a person may take a country from context: an office, no country, not of an organisation. */
export type Eligible = (person: Person, draft: PersonDraft) => boolean;

/** Refines the countries of the eligible people from their delegation, then their list, then their sentence. */
export function countriesFromContext(c: PeopleContext, eligible: Eligible): void {
  c.people.forEach((person, i) => {
    const draft = c.drafts[i];
    if (!draft || !eligible(person, draft)) return;
    const country = person.role === 'counterpart' ? counterpartCountry(c, draft, i) : representedCountry(c, draft) ?? ownedByItsCountry(c, draft) ?? audienceCountry(c, draft) ?? accompaniedCountry(c, draft, i) ?? speakerCountry(c, draft, i) ?? ledDelegationCountry(c, draft) ?? delegationCountry(c, draft, i) ?? pairedCountry(c, draft) ?? listCountry(c, draft) ?? sentenceCountry(c, draft, i) ?? sceneCountry(c, draft);
    if (country) [person.country, person.countryCertainty] = [country, 'inherited'];
  });
}

/** The country of another person of the same family name who has one ("Barack and Michelle Obama"), if any. */
export function namesakeCountry(c: PeopleContext, self: number): string | undefined {
  const surname = c.drafts[self]?.surname;
  const namesake = surname ? c.drafts.findIndex((o, k) => k !== self && o.surname === surname && !!c.people[k]?.country) : -1;
  return namesake >= 0 ? c.people[namesake]?.country ?? undefined : undefined;
}

/** The lower-case text of token `k`, or '' outside the text. */
export function wordAt(doc: TextDocument, k: number): string {
  return doc.tokens[k]?.text.toLowerCase() ?? '';
}

/** The sentence holding token `t`. */
export function sentenceOf(doc: TextDocument, t: number) {
  return doc.sentences[doc.tokens[t]?.sentence ?? -1];
}

/** The first person other than `self` named in tokens `[from, to)` before a comma, a full stop or a semicolon, or undefined. */
export function personNamedAfter(c: PeopleContext, from: number, to: number, self: number): Person | undefined {
  for (let j = from; j < to; j++) {
    const w = wordAt(c.doc, j);
    if (w === ',' || w === '.' || w === ';') return undefined;
    const other = c.at.get(j);
    if (other !== undefined && other !== self) return c.people[other];
  }
  return undefined;
}

/** The countries of the people named in sentence `s`, but the person `self`. */
export function otherPeoplesCountries(c: PeopleContext, s: { firstToken: number; endToken: number }, self: number): Set<string> {
  const countries = new Set<string>();
  for (let t = s.firstToken; t < s.endToken; t++) {
    const other = c.at.get(t);
    const country = other !== undefined && other !== self ? c.people[other]?.country : undefined;
    if (country) countries.add(country);
  }
  return countries;
}

/**
 * "an Eritrean delegation led by Foreign Minister X and adviser Y", "a delegation from Chad headed
 * by Z": the country of the delegation the person leads or belongs to.
 */
function ledDelegationCountry(c: PeopleContext, draft: PersonDraft): string | undefined {
  const first = draft.mentions[0]?.prefix.firstToken ?? draft.mentions[0]?.first ?? 0;
  const words = (k: number): string => wordAt(c.doc, k);
  for (let i = first - 1; i >= Math.max(0, first - 20); i--) {
    if (words(i) === '.' || words(i) === ';') return undefined;
    if (words(i) !== 'by' || !['led', 'headed'].includes(words(i - 1))) continue;
    for (let k = i - 2; k >= Math.max(0, i - 8); k--) {
      if (!/^delegations?$/.test(words(k))) continue;
      const before = c.countryMentions.find((m) => m.end <= (c.doc.tokens[k]?.start ?? 0) && (c.doc.tokens[k]?.start ?? 0) - m.end <= 3);
      const after = c.countryMentions.find((m) => m.start >= (c.doc.tokens[k]?.end ?? 0) && m.end <= (c.doc.tokens[i - 1]?.start ?? 0) && /^ (of|from) (the )?/.test(c.doc.text.slice(c.doc.tokens[k]?.end ?? 0, m.start)));
      return (before ?? after)?.code;
    }
    return undefined;
  }
  return undefined;
}

/** The country of the person whose delegation the first mention of `draft` stands in. */
function delegationCountry(c: PeopleContext, draft: PersonDraft, self: number): string | undefined {
  const { doc } = c;
  const first = draft.mentions[0]?.first ?? 0;
  const s = sentenceOf(doc, first);
  if (!s) return undefined;
  const words: string[] = [];
  for (let t = s.firstToken; t < s.endToken; t++) words[t] = wordAt(doc, t);
  for (let i = first - 1; i >= s.firstToken; i--) {
    // "their Chinese co-chairs, A and B": a list headed by a demonym
    const head = listHead(c, words, i);
    if (head) return head;
    // "On the Malaysian side were A, B and C"
    const side = sideCountry(c, words, i);
    if (side) return side;
    if (!delegationCueAt(words, i)) continue;
    // the leader of the delegation: the clause's first person with a country (its subject), or
    // a subject described by a country ("The Nigerian leader was accompanied by …"); the clause
    // starts after "while", "whereas", "but" or a semicolon ("A was flanked by …, while B was joined by C")
    for (let j = clauseStart(words, s.firstToken, i); j < i; j++) {
      const other = c.at.get(j);
      if (other !== undefined && other !== self && c.people[other]?.country) return c.people[other]?.country;
    }
    const start = clauseStart(words, s.firstToken, i);
    return subjectCountry(c, s.start, doc.tokens[i]?.start ?? s.start) ?? pronounSubjectCountry(c, words, start) ?? describedSubjectCountry(c, words, start, i, self);
  }
  return undefined;
}

/** Offices a subject may be described by alone ("The Prime Minister is accompanied by …"), longest first. */
const DESCRIBED_OFFICES: readonly string[] = ['prime minister', 'foreign minister', 'president', 'chancellor', 'premier', 'king', 'emir', 'sultan'];

/**
 * "In Turkey, the Prime Minister is accompanied by Interior Minister X": a subject described by an
 * office alone stands for the one person of the text who holds it, whose country the delegation's
 * members share (none when several hold it for different countries).
 */
function describedSubjectCountry(c: PeopleContext, words: readonly string[], start: number, cue: number, self: number): string | undefined {
  // the subject may follow an opening place or date ("In Turkey, the Prime Minister …")
  let k = start;
  for (let j = start; j < cue; j++) if (words[j] === ',') k = j + 1;
  if (words[k] !== 'the') return undefined;
  const office = DESCRIBED_OFFICES.find((o) => o.split(' ').every((w, n) => words[k + 1 + n] === w));
  if (!office) return undefined;
  const countries = new Set(c.people.filter((p, n) => n !== self && p.role === office && p.country).map((p) => p.country));
  return countries.size === 1 ? [...countries][0] ?? undefined : undefined;
}

/** Subject pronouns that stand for a person named before ("He was accompanied by …"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** How many sentences back a subject pronoun's person may be named. */
const PRONOUN_REACH = 2;

/**
 * "Prime Minister X arrived in Delhi. He is accompanied by Law Minister Y": a clause whose subject
 * is a pronoun has, for subject, the person who is the subject of a sentence just before: the first
 * person with a country named there (not the last one, who is more often the one visited).
 */
function pronounSubjectCountry(c: PeopleContext, words: readonly string[], first: number): string | undefined {
  if (!SUBJECT_PRONOUNS.has(words[first] ?? '')) return undefined;
  const here = c.doc.tokens[first]?.sentence ?? 0;
  for (let back = here - 1; back >= Math.max(0, here - PRONOUN_REACH); back--) {
    const s = c.doc.sentences[back];
    if (!s) return undefined;
    for (let t = s.firstToken; t < s.endToken; t++) {
      const country = c.people[c.at.get(t) ?? -1]?.country;
      if (country) return country;
    }
  }
  return undefined;
}

/** Words that open a new clause with a subject of its own inside a sentence. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['while', 'whereas', 'but', ';']);

/** The first token of the clause that holds token `i`: after the last clause opener before it. */
function clauseStart(words: readonly string[], first: number, i: number): number {
  for (let k = i - 1; k > first; k--) if (CLAUSE_OPENERS.has(words[k] ?? '')) return k + 1;
  return first;
}

/** "the Malaysian side", "the Thai side": the country of a side named by the words ending at token `i`. */
function sideCountry(c: PeopleContext, words: readonly string[], i: number): string | undefined {
  if (words[i] !== 'side') return undefined;
  const at = c.doc.tokens[i - 1];
  return at ? c.countryMentions.find((m) => m.start <= at.start && m.end >= at.end && (m.kind === 'demonym' || m.kind === 'name'))?.code : undefined;
}

/** The country that describes the subject of a sentence before `end` ("The Nigerian leader …", "Kenya's president …"): its first country named not as a place. */
function subjectCountry(c: PeopleContext, start: number, end: number): string | undefined {
  const first = c.countryMentions.find((m) => m.start >= start && m.end <= end);
  return first && !asPlace(c.doc, first) && (first.kind === 'demonym' || c.doc.text.slice(first.end, first.end + 2) === "'s") ? first.code : undefined;
}

/** The country of a demonym heading the list that a comma at token `i` opens ("the Chinese co-chairs, …"). */
function listHead(c: PeopleContext, words: readonly string[], i: number): string | undefined {
  if (words[i] !== ',' || !/s$/.test(words[i - 1] ?? '')) return undefined;
  const comma = c.doc.tokens[i];
  if (!comma) return undefined;
  const demonym = c.countryMentions.find((m) => m.kind === 'demonym' && m.end <= comma.start && comma.start - m.end <= 20);
  return demonym && /^[\s\p{Ll}-]*$/u.test(c.doc.text.slice(demonym.end, comma.start)) ? demonym.code : undefined;
}

/** Words between two people that make the second the first one's companion ("and his wife,"). */
const COMPANION_WORDS: ReadonlySet<string> = new Set(['and', ',', 'his', 'her', 'wife', 'husband', 'spouse']);

/**
 * "Japan's Crown Prince Akishino and Crown Princess Kiko", "Prince William and his wife,
 * Catherine": someone joined by "and" to the person right before them, who has a country, acts
 * for it too.
 */
function pairedCountry(c: PeopleContext, draft: PersonDraft): string | undefined {
  const m = draft.mentions[0];
  if (!m) return undefined;
  let k = m.prefix.firstToken - 1;
  const words = (t: number): string => wordAt(c.doc, t);
  if (!COMPANION_WORDS.has(words(k))) return undefined;
  let joined = false;
  while (k >= 0 && k > m.prefix.firstToken - 6 && COMPANION_WORDS.has(words(k))) {
    if (words(k) === 'and') joined = true;
    k--;
  }
  const before = c.at.get(k);
  return joined && before !== undefined ? c.people[before]?.country : undefined;
}

/** Words that may separate the items of a list of people. */
const LIST_SEPARATORS: ReadonlySet<string> = new Set([',', 'and', ';']);

/** The country of the people right before and right after the first mention of `draft` in a list, when they share one. */
function listCountry(c: PeopleContext, draft: PersonDraft): string | undefined {
  const m = draft.mentions[0];
  if (!m) return undefined;
  // separators, and the capitalised words of a ministry standing before an office ("…, Environment Minister X")
  const separated = (from: number, to: number): boolean => {
    const between = c.doc.tokens.slice(from, to);
    return between.length > 0 && between.length <= 5 && LIST_SEPARATORS.has(between[0]?.text.toLowerCase() ?? '') && between.every((t) => LIST_SEPARATORS.has(t.text.toLowerCase()) || /^\p{Lu}/u.test(t.text));
  };
  let before: string | undefined;
  let after: string | undefined;
  c.drafts.forEach((d, k) => d.mentions.forEach((o) => {
    if (separated(o.end, m.prefix.firstToken)) before = c.people[k]?.country;
    if (separated(m.end, o.prefix.firstToken)) after = c.people[k]?.country;
  }));
  return before && before === after ? before : undefined;
}

/**
 * The one country the sentence of the first mention of `draft` names as a place that no other
 * person of that sentence acts for; when the sentence names no place, the one the sentence before
 * it in the same paragraph names ("Pompeo flies to Prague on Tuesday. He will meet Foreign
 * Minister X …").
 */
function sentenceCountry(c: PeopleContext, draft: PersonDraft, self: number): string | undefined {
  const { doc } = c;
  const s = sentenceOf(doc, draft.mentions[0]?.first ?? 0);
  if (!s) return undefined;
  let others = otherPeoplesCountries(c, s, self);
  let named = placeCountries(c, s);
  const before = doc.sentences[s.index - 1];
  if (named.size === 0 && before && !lineBreakBetween(doc.text, before.end, s.start)) {
    named = placeCountries(c, before);
    others = new Set([...others, ...otherPeoplesCountries(c, before, self)]);
  }
  for (const country of others) named.delete(country);
  // only beside someone acting for another country (a visitor they meet); alone, the dateline decides
  return named.size === 1 && others.size > 0 ? [...named][0] : undefined;
}

/** Words that open a sentence by setting its scene in a place ("In Manila, …", "Back in Ankara, …"). */
const SCENE_OPENERS: ReadonlySet<string> = new Set(['in', 'from', 'at']);

/**
 * "In Manila, coast guard spokesman X said …": a paragraph whose sentence opens on a place acts
 * there; the officials of that sentence and of the rest of its paragraph are of that place's country.
 */
function sceneCountry(c: PeopleContext, draft: PersonDraft): string | undefined {
  const { doc } = c;
  const s = sentenceOf(doc, draft.mentions[0]?.first ?? 0);
  for (let k = s?.index ?? -1; k >= 0; k--) {
    const sentence = doc.sentences[k];
    const next = doc.sentences[k + 1];
    if (!sentence || (k < (s?.index ?? 0) && next && lineBreakBetween(doc.text, sentence.end, next.start))) return undefined;
    const back = wordAt(doc, sentence.firstToken) === 'back' ? 1 : 0;
    if (!SCENE_OPENERS.has(wordAt(doc, sentence.firstToken + back))) continue;
    const at = doc.tokens[sentence.firstToken + back + 1]?.start ?? -1;
    const place = [...c.countryMentions.filter((m) => m.kind !== 'demonym'), ...c.placeMentions].find((m) => m.start === at);
    const code = place && 'code' in place ? place.code : place?.country;
    if (code && doc.text.slice(place!.end, place!.end + 1) === ',') return code;
  }
  return undefined;
}

/** The countries a sentence names as places (a country, a city), but "ambassador to X" (the host, not the envoy's country). */
export function placeCountries(c: PeopleContext, s: { start: number; end: number }): Set<string> {
  const named = new Set<string>();
  // a demonym describes someone ("the Ethiopian leader")
  for (const m of c.countryMentions) if (m.kind !== 'demonym' && within(m, s) && asPlace(c.doc, m) && !afterEnvoyTo(c.doc, m)) named.add(m.code);
  for (const p of c.placeMentions) if (p.country && within(p, s) && asPlace(c.doc, p)) named.add(p.country);
  return named;
}

/** Whether a country mention follows "ambassador to" or "envoy to". */
function afterEnvoyTo(doc: TextDocument, m: Span): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 30), m.start).toLowerCase();
  return /\b(ambassador|envoy|representative)s? to (the )?$/.test(before);
}

function within(m: Span, s: { start: number; end: number }): boolean {
  return m.start >= s.start && m.end <= s.end;
}

/** Whether a country or place is named as where something happens ("to Fiji", "in Tashkent"), not as an actor ("the PRC has declined"). */
function asPlace(doc: TextDocument, m: Span): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 12), m.start).toLowerCase();
  return /\b(in|to|at|visiting|visit|inside)( the)? $/.test(before);
}

/** Words before "by" that credit a journalist or photographer ("Reporting by X", "Photo by Y"), who acts for no country. */
const CREDIT_WORDS: ReadonlySet<string> = new Set(['reporting', 'editing', 'writing', 'compiled', 'photo', 'photograph', 'photos', 'picture', 'credit', 'produced', 'additional', 'translated', 'via']);

/** Whether the person is first named in a credit ("Reporting by X"). */
export function isCredit(doc: TextDocument, draft: PersonDraft): boolean {
  const first = draft.mentions[0]?.first ?? 0;
  for (let i = first - 1; i >= Math.max(0, first - 4); i--) {
    if (wordAt(doc, i) === 'by' && CREDIT_WORDS.has(wordAt(doc, i - 1))) return true;
  }
  return false;
}

/**
 * Whether a person with no office may take the article's home country: not a credit ("Reporting
 * by X"), and their first sentence names no country but that one, nor anyone acting for another.
 */
export function homeFitsSentence(c: PeopleContext, draft: PersonDraft, self: number, home: string): boolean {
  const { doc } = c;
  const first = draft.mentions[0]?.first ?? 0;
  if (isCredit(doc, draft)) return false;
  const s = sentenceOf(doc, first);
  if (!s) return false;
  if (c.countryMentions.some((m) => within(m, s) && m.code !== home)) return false;
  return [...otherPeoplesCountries(c, s, self)].every((country) => country === home);
}

/**
 * The last resort for an official whose country nothing else gives: the country the text names
 * last before their first mention when that stands in the same paragraph, in their sentence or the
 * one before (the country under discussion there); else the one the text names most (for someone
 * who is no state `official`, only when their own sentence names no country). Envoys' host
 * countries ("ambassador to X") and country words inside names ("Luís Montenegro") are skipped.
 */
export function nearestCountry(c: PeopleContext, draft: PersonDraft, official = true): string | undefined {
  const at = c.doc.tokens[draft.mentions[0]?.first ?? 0]?.start ?? 0;
  const inName = (m: CountryMention): boolean => c.people.some((p) => p.mentions.some((s) => s.start <= m.start && m.end <= s.end));
  const named = c.countryMentions.filter((m) => !afterEnvoyTo(c.doc, m) && !inName(m) && !beforeOffice(c.doc, m));
  let last: CountryMention | undefined;
  for (const m of named) if (m.end <= at && (!last || m.start > last.start)) last = m;
  const sentence = c.doc.tokens[draft.mentions[0]?.first ?? 0]?.sentence ?? 0;
  const from = c.doc.sentences[Math.max(0, sentence - 1)]?.start ?? 0;
  if (last && last.start >= from && !lineBreakBetween(c.doc.text, last.end, at)) return last.code;
  // someone with no state office takes the most named country only where their own sentence names none (no side to contradict it)
  const own = c.doc.sentences[sentence];
  if (!official && own && c.countryMentions.some((m) => within(m, own))) return undefined;
  return mostNamed(named)?.code;
}

/** "the Japanese Ambassador", "Chinese officials": a demonym before an office describes its holder, not the scene. */
function beforeOffice(doc: TextDocument, m: CountryMention): boolean {
  const next = /^\s+([\p{L}-]+)/u.exec(doc.text.slice(m.end, m.end + 40))?.[1]?.toLowerCase() ?? '';
  return m.kind === 'demonym' && TITLE_WORDS.get(next)?.kind === 'office';
}

/** The country the mentions name most often (the first of equals), and how often. */
export function mostNamed(mentions: readonly CountryMention[]): { code: string; count: number } | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  let top: { code: string; count: number } | undefined;
  for (const [code, count] of counts) if (count > (top?.count ?? 0)) top = { code, count };
  return top;
}
