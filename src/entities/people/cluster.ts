import { LINEAGE_PARTICLES } from './lineage.js';
import { givenNameSex } from './name-lexicon.js';
import { fold } from '../../text/fold.js';
import type { KnownPerson } from './data/known-people.js';
import { firstAbove } from '../../text/sorted.js';
import { isKnownFirstName } from './name-lexicon.js';
import type { NameMention } from './name-mentions.js';
import { knownByGivenName, knownByName, leaderTerm, nameKey } from './known-people-index.js';
import { FAMILY_NAME_FIRST, NAME_PARTICLES } from './stop-words.js';
import { REIGNING_MONARCH_TITLES, ROYAL_TITLES } from './titles.js';

/** One person being assembled from the mentions that name them. */
export interface PersonDraft {
  /** Mentions in text order. */
  mentions: NameMention[];
  /** Single words by which the person may be named alone (folded): family name, aliases. */
  keys: Set<string>;
  /** Folded given name, when known. */
  given?: string;
  /** Folded family name, when known. */
  surname?: string;
  /** The gazetteer entry, when the person is a known office holder. */
  known?: KnownPerson;
  /** The country the text says the person acts for (first one found), cached. */
  country?: string;
  /** Token positions of the mentions, for "the latest mention before" (sorted when `unsorted` is false). */
  positions: number[];
  /** Whether `positions` received a position out of order since it was last sorted. */
  unsorted?: boolean;
  /** Whether some mention has two or more words. */
  multiWord?: boolean;
}

/** A name word as the clustering compares it: folded, hyphens and apostrophes as "-" ("Jae-in" → "jae-in"). */
export function key(word: string): string {
  return nameKey(word).replace(/ /g, '-');
}

/** Generational suffixes after a family name ("Jr", "III"): never the name a person is shortened to. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The name's words without a generational suffix ("Teodoro L. Locsin Jr" → "Teodoro L. Locsin"). */
export function withoutSuffix(tokens: string[]): string[] {
  const last = key(tokens[tokens.length - 1] ?? '').replace(/\.$/, '');
  return tokens.length > 2 && NAME_SUFFIXES.has(last) ? tokens.slice(0, -1) : tokens;
}

/** The words a multi-word name may be shortened to. */
function standaloneKeys(all: string[], known?: KnownPerson): string[] {
  const keys: string[] = [];
  const tokens = withoutSuffix(all);
  const words = tokens.map(key);
  const last = words[words.length - 1];
  // "Mohammed bin Salman": the name after a lineage particle is the father's, no family name ("King
  // Salman" is another person); the particle and that name together stand for the son ("bin Salman")
  const particle = words.length >= 2 && LINEAGE_PARTICLES.has(words[words.length - 2] ?? '') ? words[words.length - 2] : undefined;
  if (last && particle) keys.push(`${particle}-${last}`);
  if (last && !particle) {
    keys.push(last);
    const afterParticle = last.split('-').slice(-1)[0];
    if (afterParticle && afterParticle !== last && NAME_PARTICLES.has(last.split('-')[0] ?? '')) keys.push(afterParticle);
  }
  const first = words[0];
  if (first && words.length <= 3 && FAMILY_NAME_FIRST.has(first)) keys.push(first);
  if (known) {
    keys.push(key(known.surname));
    for (const alias of known.aliases ?? []) if (!alias.includes(' ')) keys.push(key(alias));
  }
  return keys;
}

function familyFirst(tokens: string[], known?: KnownPerson): boolean {
  const first = key(tokens[0] ?? '');
  if (known) return key(known.surname) === first;
  return tokens.length <= 3 && FAMILY_NAME_FIRST.has(first);
}

/**
 * The country a mention states: its title's or apposition's, or a country owning the name ("Congo's
 * X"). A nationality alone ("Briton X", "Norwegian climber X") is no country one acts for.
 */
function countryOfMention(m: NameMention): string | undefined {
  const owns = m.prefix.office || m.prefix.possessiveCountry;
  return owns && !m.prefix.organisation ? (m.prefix.country ?? m.countryAfter) : m.countryAfter;
}

function compatible(draft: PersonDraft, m: NameMention): boolean {
  // "Barack and Michelle Obama … Mr. Obama": a courtesy form's sex against the given name's
  const given = draft.given ?? draft.known?.given?.split(' ')[0];
  const sex = given ? givenNameSex(given) : undefined;
  if (m.prefix.sex && sex && sex !== m.prefix.sex) return false;
  const mine = countryOfMention(m);
  if (!mine) return true;
  const theirs = draft.country ?? draft.known?.country ?? undefined;
  return !theirs || theirs === mine;
}

/**
 * The person a name with a royal title most likely means: the latest one whose title is that one
 * or holds it ("Prince Mohammed": the crown prince, not King Mohammed VI nor a Prime Minister
 * Mohammed); none when no candidate has it.
 */
function royalMatch(candidates: PersonDraft[], m: NameMention): PersonDraft | undefined {
  const title = m.prefix.role;
  if (!title || !ROYAL_TITLES.has(title)) return undefined;
  const roles = (d: PersonDraft): string[] => [...d.mentions.map((x) => x.prefix.role), d.known?.role].filter((r): r is string => !!r);
  return latest(candidates.filter((d) => roles(d).some((r) => r.includes(title))), m);
}

/**
 * Lookups over the people found so far, so that attaching each mention costs the same however
 * long the text is: by standalone key, by given name, by gazetteer entry, and by the first two
 * and last three letters of the family name (for one-letter misspellings).
 */
class DraftIndex {
  readonly all: PersonDraft[] = [];
  private readonly byKey = new Map<string, PersonDraft[]>();
  private readonly byGiven = new Map<string, PersonDraft[]>();
  private readonly byKnown = new Map<KnownPerson, PersonDraft>();
  private readonly bySurnameShape = new Map<string, PersonDraft[]>();
  /** People named so far only by single words, with no given name. */
  readonly surnameOnly = new Set<PersonDraft>();

  add(d: PersonDraft): void {
    this.all.push(d);
    this.reindex(d);
  }

  /** Records what a draft has learnt (a key, a given name, a gazetteer entry) in the lookups. */
  reindex(d: PersonDraft): void {
    for (const k of d.keys) push(this.byKey, k, d);
    if (d.given) push(this.byGiven, d.given, d);
    if (d.known && !this.byKnown.has(d.known)) this.byKnown.set(d.known, d);
    if (d.surname) for (const shape of surnameShapes(d.surname)) push(this.bySurnameShape, shape, d);
    if (!d.given && !d.multiWord) this.surnameOnly.add(d);
    else this.surnameOnly.delete(d);
  }

  withKey(k: string): PersonDraft[] {
    return this.byKey.get(k) ?? [];
  }

  withGiven(g: string): PersonDraft[] {
    return this.byGiven.get(g) ?? [];
  }

  ofKnown(known: KnownPerson | undefined): PersonDraft | undefined {
    return known ? this.byKnown.get(known) : undefined;
  }

  /** Drafts whose family name is one edit from `surname`. */
  nearSurname(surname: string): PersonDraft[] {
    const out = new Set<PersonDraft>();
    for (const shape of surnameShapes(surname)) for (const d of this.bySurnameShape.get(shape) ?? []) if (d.surname && oneEditApart(d.surname, surname)) out.add(d);
    return [...out];
  }
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (!list) map.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
}

function surnameShapes(surname: string): string[] {
  return [`^${surname.slice(0, 2)}`, `${surname.slice(-3)}$`];
}

/** Folded given name of a multi-word name (the second word of a family-name-first name). */
function givenOf(tokens: string[], known?: KnownPerson): string | undefined {
  if (tokens.length < 2) return undefined;
  const given = familyFirst(tokens, known) ? tokens[1] : tokens[0];
  if (!given) return undefined;
  // ("Bin Salman", "Hamad bin Isa": a lineage particle is no given name; the gazetteer's, if any, is)
  if (LINEAGE_PARTICLES.has(key(given))) return known?.given ? key(known.given) : undefined;
  return key(given);
}

function newDraft(m: NameMention, known: KnownPerson | undefined): PersonDraft {
  const draft: PersonDraft = { mentions: [m], keys: new Set(standaloneKeys(m.tokens, known)), positions: [m.first], multiWord: m.tokens.length > 1 };
  if (known) draft.known = known;
  const country = countryOfMention(m);
  if (country) draft.country = country;
  const given = givenOf(m.tokens, known);
  if (given) draft.given = given;
  if (m.tokens.length > 1) {
    const tokens = withoutSuffix(m.tokens);
    const surname = familyFirst(tokens, known) ? tokens[0] : tokens[tokens.length - 1];
    // ("Mohammed bin Salman" has no family name: "Salman" is the father's)
    const patronymic = LINEAGE_PARTICLES.has(key(tokens[tokens.length - 2] ?? ''));
    if (surname && !patronymic) draft.surname = key(surname);
  }
  return draft;
}

function attach(index: DraftIndex, draft: PersonDraft, m: NameMention, known?: KnownPerson): void {
  draft.mentions.push(m);
  draft.known ??= known;
  draft.country ??= countryOfMention(m);
  // mentions come in text order within each pass, so positions mostly grow; a late one marks them for one sort
  if (m.first < (draft.positions[draft.positions.length - 1] ?? -1)) draft.unsorted = true;
  draft.positions.push(m.first);
  if (m.tokens.length > 1) {
    draft.multiWord = true;
    for (const k of standaloneKeys(m.tokens, draft.known)) draft.keys.add(k);
  }
  index.reindex(draft);
}


/**
 * Groups name mentions into people. Full names come first and found people; shorter mentions
 * attach to them: a family name ("Putin"), a given name after a title ("President Vladimir"),
 * or, failing that, a well-known office holder from the gazetteer in office that year.
 */
export function clusterMentions(mentions: NameMention[], year: number | null): PersonDraft[] {
  const index = new DraftIndex();
  clusterFullNames(index, mentions.filter((m) => m.tokens.length > 1), year);
  // Family names first, so that a given name used alone can then find its family name.
  const givenOnly = clusterSingleNames(index, mentions.filter((m) => m.tokens.length === 1), year);
  clusterGivenNames(index, givenOnly, year);
  const drafts = index.all;
  for (const d of drafts) d.mentions.sort((a, b) => a.first - b.first);
  return drafts.sort((a, b) => (a.mentions[0]?.first ?? 0) - (b.mentions[0]?.first ?? 0));
}


/**
 * "Abdullah bin Zayed" after "Abdullah bin Zayed Al Nahyan" (or before it): the draft whose name
 * starts with this patronymic name, or that this name starts with (three words or more each).
 */
function lineageTwin(index: DraftIndex, m: NameMention): PersonDraft | undefined {
  const words = m.tokens.map(key);
  if (words.length < 3 || !words.some((w) => LINEAGE_PARTICLES.has(w))) return undefined;
  return index.all.find((d) => compatible(d, m) && d.mentions.some((other) => oneStartsTheOther(words, other.tokens.map(key))));
}

/**
 * "Ahmad Zaki" after "Prime Minister Ahmad Zaki Hamzah": a name of two words that opens a longer
 * name of three words or more, in order, is that person, told by the given names (Malay, Arabic
 * and other traditions that drop the father's or family name).
 */
function givenNamesOf(index: DraftIndex, m: NameMention): PersonDraft | undefined {
  const words = m.tokens.map(key);
  if (words.length !== 2) return undefined;
  return index.all.find((d) => compatible(d, m) && d.mentions.some((other) => other.tokens.length >= 3 && words.every((w, k) => key(other.tokens[k] ?? '') === w)));
}

function oneStartsTheOther(a: string[], b: string[]): boolean {
  const [short, long] = b.length < a.length ? [b, a] : [a, b];
  return short.length >= 3 && short.length < long.length && short.every((w, k) => long[k] === w);
}

/** Names of two words or more: the same known person, the same family name with a compatible given name, or a new person. */
function clusterFullNames(index: DraftIndex, multi: NameMention[], year: number | null): void {
  for (const m of multi) {
    const found = knownByName(m.tokens, year, countryOfMention(m), m.prefix.role);
    // ("Bin Salman" is the son of Salman, not King Salman: a name opened by a lineage particle is only a person known by it)
    const known = LINEAGE_PARTICLES.has(key(m.tokens[0] ?? '')) && found && key(found.surname) !== m.tokens.map(key).join('-') ? undefined : found;
    const mKeys = standaloneKeys(m.tokens, known);
    const given = givenOf(m.tokens, known);
    const lastKey = key(m.tokens[m.tokens.length - 1] ?? '');
    const same =
      index.ofKnown(known) ??
      // (two office holders the gazetteer tells apart stay apart: "Hun Sen" and "Hun Manet")
      mKeys.flatMap((k) => index.withKey(k)).find((d) => compatible(d, m) && (!d.given || !given || d.given === given) && !(known && d.known && d.known !== known)) ??
      (given ? index.nearSurname(lastKey).find((d) => d.given === given) : undefined) ??
      lineageTwin(index, m) ??
      givenNamesOf(index, m);
    if (same) {
      attach(index, same, m, known);
      continue;
    }
    if (m.certainty === 'person' || known) index.add(newDraft(m, known));
  }
}

/** One-word names: a family name or given name already met, a known person, or a titled new one; returns the titled given names left for later ("President Vladimir"). */
function clusterSingleNames(index: DraftIndex, single: NameMention[], year: number | null): NameMention[] {
  const givenOnly: NameMention[] = [];
  for (const m of single) {
    const k = key(m.tokens[0] ?? '');
    const keyed = [...index.withKey(k), ...(k.length >= 6 ? index.nearSurname(k) : [])].filter((d) => compatible(d, m));
    const given = index.withGiven(k).filter((d) => compatible(d, m));
    // "Prince Mohammed": among every Mohammed, the one of that title, by family or given name
    const royal = royalMatch([...keyed, ...given], m);
    const byKey = royal ?? principal(keyed, m) ?? latest(keyed, m);
    const byGiven = byKey ? undefined : latest(given, m);
    if (byKey ?? byGiven) {
      attach(index, (byKey ?? byGiven) as PersonDraft, m);
      continue;
    }
    const titled = m.prefix.office || m.prefix.honorific;
    // "President Vladimir": a given name alone; but "Pope Francis", "King Charles" are names of their own
    const regnal = titled ? knownByName(m.tokens, year, countryOfMention(m), m.prefix.role) : undefined;
    if (titled && isKnownFirstName(fold(m.tokens[0] ?? '')) && !(regnal && key(regnal.surname) === k)) {
      givenOnly.push(m);
      continue;
    }
    const word = m.tokens[0] ?? '';
    // a lone family name from the gazetteer must look like a name: not "X", not "II", not a modifier ("Houthi movement")
    const plausible = titled || (word.length >= 2 && !/^[IVXLC]+$/.test(word) && !m.modifierUse);
    const known = plausible ? knownByName(m.tokens, year, countryOfMention(m), m.prefix.role) : undefined;
    const sameKnown = index.ofKnown(known);
    if (sameKnown) attach(index, sameKnown, m);
    else if (known || titled) index.add(newDraft(m, known));
  }
  return givenOnly;
}

/** Offices whose holder a bare family name means when a relative shares it ("Milei" beside "Karina Milei"). */
const PRINCIPAL_ROLES: ReadonlySet<string> = new Set([...REIGNING_MONARCH_TITLES, 'president', 'prime minister', 'chancellor', 'premier']);

/**
 * "President Javier Milei … Karina Milei … Milei said": of several people of one family name, a
 * bare family name with no title means the one who leads a state, when only one does.
 */
function principal(candidates: PersonDraft[], m: NameMention): PersonDraft | undefined {
  if (candidates.length < 2 || m.prefix.office) return undefined;
  const leads = (d: PersonDraft): boolean =>
    d.mentions.some((x) => PRINCIPAL_ROLES.has(x.prefix.role ?? '')) || !!d.known?.terms.some(leaderTerm);
  return only([...new Set(candidates.filter(leads))]);
}

/** Given names used alone with a title: the known person of that given name, a draft with it, or the one family name of that country. */
function clusterGivenNames(index: DraftIndex, givenOnly: NameMention[], year: number | null): void {
  for (const m of givenOnly) {
    const k = key(m.tokens[0] ?? '');
    const country = countryOfMention(m);
    const known = knownByGivenName(m.tokens[0] ?? '', year, country, m.prefix.role);
    const target =
      (known && (index.ofKnown(known) ?? index.withKey(key(known.surname))[0])) ||
      latest(index.withGiven(k), m) ||
      only([...index.surnameOnly].filter((d) => compatible(d, m) && sameOffice(d, m) && (!country || draftCountry(d) === country)));
    if (target) {
      target.given ??= k;
      attach(index, target, m, known);
      continue;
    }
    const draft = newDraft(m, known);
    draft.given = k;
    index.add(draft);
  }
}

/** Whether a titled given name may be the person of a draft: the draft holds no other office ("King Hussein" is not the "President Clinton" of the text). */
function sameOffice(draft: PersonDraft, m: NameMention): boolean {
  const role = m.prefix.role;
  const theirs = draft.mentions.map((x) => x.prefix.role ?? x.appositionRole).find(Boolean) ?? draft.known?.role;
  // ("President-elect Donald" is the "President Trump" of the text)
  return !role || !theirs || wholeWordsIn(role, theirs) || wholeWordsIn(theirs, role);
}

/** Whether `part` stands in `whole` as whole words ("president" in "president-elect", not "crown prince" in "crown princess"). */
function wholeWordsIn(part: string, whole: string): boolean {
  const [p, w] = [part.split(/[\s-]+/), whole.split(/[\s-]+/)];
  return w.some((_, k) => p.every((x, n) => w[k + n] === x));
}

/** For each token of a name, the index of the draft it names. */
export function draftIndexByToken(drafts: readonly PersonDraft[]): Map<number, number> {
  const at = new Map<number, number>();
  drafts.forEach((d, i) => d.mentions.forEach((m) => {
    for (let t = m.first; t < m.end; t++) at.set(t, i);
  }));
  return at;
}

/** The country a draft is known to act for, from its mentions or the gazetteer. */
export function draftCountry(d: PersonDraft): string | undefined {
  return d.country ?? d.known?.country ?? undefined;
}

/** The draft mentioned last before `m`; failing that, the one mentioned first after it. */
function latest(candidates: PersonDraft[], m: NameMention): PersonDraft | undefined {
  let best: PersonDraft | undefined;
  let bestAt = -Infinity;
  for (const d of candidates) {
    if (d.unsorted) {
      d.positions.sort((a, b) => a - b);
      d.unsorted = false;
    }
    const k = firstAbove(d.positions, m.first - 1);
    const before = k > 0 ? (d.positions[k - 1] ?? -1) : -1;
    const rank = before >= 0 ? before : -2 - (d.positions[0] ?? 0) / 1e9;
    if (!best || rank > bestAt) {
      best = d;
      bestAt = rank;
    }
  }
  return best;
}

/** Whether two words of five letters or more differ by one edit (a misspelling: "Ouattara"/"Quattara"). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number): boolean => a.slice(x) === b.slice(y);
  return rest(i + 1, i + 1) || rest(i + 1, i) || rest(i, i + 1);
}

function only<T>(list: T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}
