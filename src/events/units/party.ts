import { blocMembers } from '../../entities/countries/blocs.js';
import { yearOf } from '../../dates/calendar.js';
import { appointmentWordAt, titleOfWord } from '../../entities/people/titles.js';
import type { Unit } from '../../match/index.js';
import type { EventContext } from '../context.js';
import type { Party, TokenRange } from '../party.js';
import { nameAfterTitle } from './name-after-title.js';
import { resolvePronoun } from './pronoun.js';
import { resolveFirstPerson } from './first-person.js';
import { SPEECH_VERBS } from '../../lexicon/speech.js';
import { addressBeforeThe, readDescriptionItem, readEachItem } from './description.js';
import { readCountryItem } from './country-party.js';
import { skipApposition } from './apposition.js';
import { fold } from '../../text/fold.js';
import { JOINING_ADVERBS, PLACE_PREPOSITIONS } from '../lexicon.js';

/** What the PARTY unit read: one party or a coordinated list of them. */
export interface PartyReading {
  /** The parties, in text order. */
  parties: Party[];
  /** "the leaders of France, Britain and China": one contact per country. */
  perCountry: boolean;
  /** How many items the list had ("A, B and C": 3). */
  items: number;
  /** The last item is followed by "'s": an owner ("Trump's plan"), a party only where a pattern says so. */
  possessor: boolean;
}

/** One item of a list, with where it ends. */
export interface PartyItem {
  parties: Party[];
  end: number;
  perCountry?: boolean;
  /** A group word ("they", "the two leaders"): stands alone, never inside a list. */
  group?: boolean;
}

/**
 * The PARTY unit: a named person with any title and apposition ("the Foreign Minister of Chad, X";
 * "X, Deputy Prime Minister of Vietnam"; "Presidents X of Azerbaijan"), a description ("his
 * Turkish counterpart", "the visiting Emir"), a pronoun, a group ("the two leaders"), a country or
 * government ("Egypt", "the Chinese side", "the government of Mali"), or a list of these joined by
 * commas, "and", "as well as", "along with". A person named right before a verb of saying is the
 * source of a report, not a party.
 */
export const PARTY: Unit<PartyReading, EventContext> = (ctx, i, limit) => readPartyList(ctx, i, limit, false);

/** The SPEAKER unit: a PARTY that may also be the source of a report ("Meloni told reporters at the summit"). */
export const SPEAKER: Unit<PartyReading, EventContext> = (ctx, i, limit) => readPartyList(ctx, i, limit, true);

/**
 * The OWNER unit: whose something is, a PARTY with "'s" ("the president's", "Mr Hollande's") or a
 * possessive pronoun resolved to a person ("his", "her").
 */
export const OWNER: Unit<PartyReading, EventContext> = (ctx, i, limit) => {
  const w = ctx.folded[i] ?? '';
  if (w === 'his' || w === 'her' || w === 'my') {
    const person = w === 'my' ? resolveFirstPerson(ctx, i) : resolvePronoun(ctx, i, new Set());
    return person ? { end: i + 1, value: { parties: [{ kind: 'person', personId: person, via: 'pronoun' }], perCountry: false, items: 1, possessor: true } } : null;
  }
  const list = readPartyList(ctx, i, limit, false);
  return list && list.value.possessor ? { end: list.end + 1, value: list.value } : null;
};

/**
 * The NATION unit: a country or demonym used as a modifier, whose state the thing it modifies is
 * from ("a US invitation", "a Chinese offer"): the country, as the owner of that thing.
 */
export const NATION: Unit<PartyReading, EventContext> = (ctx, i, limit) => {
  const code = ctx.facts.country[i];
  if (!code || ctx.facts.organisation[i]) return null;
  let end = i;
  while (end < limit && ctx.facts.country[end] === code) end++;
  return { end, value: { parties: [{ kind: 'country', code, via: 'description' }], perCountry: false, items: 1, possessor: false } };
};

/** Reads a PARTY at `i`; with `sources`, a list followed by a verb of saying is read too ("…, Meloni said"). */
export function readPartyList(ctx: EventContext, i: number, limit: number, sources: boolean): { end: number; value: PartyReading } | null {
  // "by both A and B": "both" opens a list of two named parties (alone it is a group, "both leaders")
  if (ctx.folded[i] === 'both' && !cannotStartItem(ctx, i + 1) && (ctx.personAt[i + 1] || ctx.facts.country[i + 1])) {
    const list = readItems(ctx, i + 1, limit, sources);
    if (list && list.value.items > 1) return list;
  }
  return readItems(ctx, i, limit, sources);
}

/** Words of a separator that join one more item to a list ("and", "as well as", "along with", "plus"). */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'well', 'along', 'plus', 'together']);

/** Whether a joining word stands among the separator tokens in `[from, to)`. */
function joinsAgain(ctx: EventContext, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (JOINING_WORDS.has(ctx.folded[k] ?? '')) return true;
  return false;
}

/** The items of a party list from `i` on, with their places and dates, and where the list ends. */
function readItems(ctx: EventContext, i: number, limit: number, sources: boolean): { end: number; value: PartyReading } | null {
  const parties: Party[] = [];
  let perCountry = false;
  let items = 0;
  let end = -1;
  let j = i;
  let firstEnd = -1;
  let firstCount = 0;
  let joined = false;
  let lastTail = false;
  let beforeTail: { end: number; count: number; items: number } | undefined;
  // where the separator before the current item starts
  let sepFrom = i;
  while (j < limit) {
    const item = readItem(ctx, j, limit);
    // "A, B and the chairman of the assembly, C": an "and" before an item not read still makes A, B a list
    if (!item && items > 1 && ctx.folded[j - 1] === 'and') joined = true;
    if (!item || (item.group && items > 0)) break;
    parties.push(...item.parties);
    perCountry ||= !!item.perCountry;
    items++;
    end = countryInBracketsEnd(ctx, item.end, limit);
    if (items === 1) [firstEnd, firstCount] = [end, parties.length];
    else if (ctx.folded[j - 1] !== ',') joined = true;
    if (item.group) break;
    // "A in Paris on Monday and B in Rome on Tuesday": an item's own place and date, when another item follows
    const tail = itemTailEnd(ctx, end, limit);
    const next = separatorAfter(ctx, tail, limit);
    if (next < 0) break;
    // "calls with A; B; and C, UAE Foreign Minister D discussed …": the item after "and" ends the list, unless another joining word follows ("and C, as well as E")
    if (items > 1 && joinsAgain(ctx, sepFrom, j) && !joinsAgain(ctx, tail, next)) break;
    if (tail > end) {
      if (!readItem(ctx, next, limit)) break;
      beforeTail ??= { end, count: parties.length, items };
      giveOwn(parties, parties.length - item.parties.length, { start: end, end: tail });
      lastTail = true;
    }
    // "met with A, Minister of X; B, Minister of Y": a semicolon joins people in a list
    if (ctx.folded[next - 1] === ';') joined = true;
    sepFrom = tail;
    j = next;
  }
  if (items === 0 || end < 0) return null;
  if (items > 1 && frontedPlace(ctx, i, parties, firstCount)) return null;
  // the last item of a list of stops has its own place and date too
  if (lastTail && items > 1) {
    const tail = itemTailEnd(ctx, end, limit);
    if (tail > end) giveOwn(parties, parties.length - 1, { start: end, end: tail });
  }
  // "In Beijing, Xi met …": items joined by commas alone, with no "and" before the last, are no list
  if (items > 1 && !joined) [parties.length, items, end] = [firstCount, 1, firstEnd];
  return closeList(ctx, { start: i, end, limit, sources }, { parties, perCountry, items }, beforeTail);
};

/**
 * What follows a list read: the people around its last party ("X and his delegation"), the
 * delegation it heads ("a Kenyan delegation headed by X"), and a speaker after it ("met A in Paris
 * and B said …"), before which the list stops.
 */
function closeList(
  ctx: EventContext,
  at: { start: number; end: number; limit: number; sources: boolean },
  list: { parties: Party[]; perCountry: boolean; items: number },
  beforeTail: { end: number; count: number; items: number } | undefined,
): { end: number; value: PartyReading } | null {
  let { items } = list;
  const { parties, perCountry } = list;
  let end = entourageEnd(ctx, at.end, at.limit);
  const leaders = ledBy(ctx, end, at.limit);
  if (leaders) return leaders;
  if (!at.sources && speakerAfter(ctx, at.start, end)) {
    if (!beforeTail) return null;
    parties.length = beforeTail.count;
    [end, items] = [beforeTail.end, beforeTail.items];
    dropOwn(parties);
  }
  return { end, value: { parties, perCountry, items, possessor: ctx.folded[end] === "'s" } };
}

/**
 * Whether a verb of saying follows the list (from `i` to `end`), which then names a source ("met A in
 * Paris and B said …"); not after "between", where the list is whole and the verb is its subject's
 * ("a readout of the call between A and B said …").
 */
function speakerAfter(ctx: EventContext, i: number, end: number): boolean {
  if (ctx.folded[i - 1] === 'between') return false;
  return SPEECH_VERBS.has(ctx.folded[end] ?? '') || (['has', 'had', 'have'].includes(ctx.folded[end] ?? '') && SPEECH_VERBS.has(ctx.folded[end + 1] ?? ''));
}

/** Gives the parties from index `from` on the place and date that stand after their item ("A in Paris on Monday"), unless they have their own. */
function giveOwn(parties: Party[], from: number, own: TokenRange): void {
  for (let k = from; k < parties.length; k++) {
    const p = parties[k];
    if (p && p.kind !== 'group' && !p.own) parties[k] = { ...p, own };
  }
}

/** Takes the items' own places and dates away again, when the list turned out to stop before its tails. */
function dropOwn(parties: Party[]): void {
  for (let k = 0; k < parties.length; k++) {
    const p = parties[k];
    if (p && p.kind !== 'group' && p.own) parties[k] = { ...p, own: undefined } as Party;
  }
}

/**
 * "In Osaka, A and B met": a place in a phrase that opens the sentence ("In Osaka,", "At the
 * summit in Lima,") is where, not the first of a list of people.
 */
function frontedPlace(ctx: EventContext, i: number, parties: Party[], firstCount: number): boolean {
  const first = ctx.doc.sentences[ctx.doc.tokens[i]?.sentence ?? 0]?.firstToken ?? 0;
  if (!PLACE_PREPOSITIONS.has(ctx.folded[i - 1] ?? '') || ctx.pos[first] !== 'ADP') return false;
  for (let k = first; k < i; k++) if (ctx.pos[k] === 'VERB' || ctx.pos[k] === 'AUX') return false;
  return parties.slice(0, firstCount).every((p) => p.kind === 'country') && parties.slice(firstCount).some((p) => p.kind === 'person');
}

/** Nouns of a body that someone leads on a visit or in talks. */
const LED_BODIES: ReadonlySet<string> = new Set(['delegation', 'team', 'mission']);

/** Participles of leading a body ("led by", "headed by"). */
const LEADING: ReadonlySet<string> = new Set(['led', 'headed']);

/** Whether "led by" or "headed by" starts at token `k`. */
function ledByAt(ctx: EventContext, k: number): boolean {
  return LEADING.has(ctx.folded[k] ?? '') && ctx.folded[k + 1] === 'by';
}

/** After a delegation ("a Kenyan delegation", "delegations from the two sides"), the people it is "led by" or "headed by". */
function ledBy(ctx: EventContext, end: number, limit: number): { end: number; value: PartyReading } | null {
  // the body ends the party or heads it ("delegations from the two sides")
  if (![1, 2, 3, 4].some((back) => LED_BODIES.has(ctx.lemmas[end - back] ?? ''))) return null;
  const k = ctx.folded[end] === ',' ? end + 1 : end;
  if (!ledByAt(ctx, k)) return null;
  const people = readItems(ctx, k + 2, limit, false);
  return people && people.value.parties.every((p) => p.kind === 'person') ? people : null;
}

/** Nouns for the people who come with a party ("his delegation", "a group of deputies", "their aides"). */
const ENTOURAGE: ReadonlySet<string> = new Set(['delegation', 'team', 'entourage', 'aide', 'adviser', 'advisor', 'group', 'official', 'deputy', 'member', 'minister', 'wife', 'husband', 'spouse']);

/** The end of "and his delegation", "and a group of deputies", "and other officials" after a party, or `end` itself. */
function entourageEnd(ctx: EventContext, end: number, limit: number): number {
  if (ctx.folded[end] !== 'and' && !(ctx.folded[end] === 'along' && ctx.folded[end + 1] === 'with')) return end;
  let k = ctx.folded[end] === 'and' ? end + 1 : end + 2;
  if (['his', 'her', 'their', 'its', 'a', 'the', 'other', 'several', 'senior'].includes(ctx.folded[k] ?? '')) k++;
  while (k < limit && ctx.pos[k] === 'ADJ') k++;
  if (!ENTOURAGE.has(ctx.lemmas[k] ?? '')) return end;
  k++;
  // "a group of deputies", "members of his cabinet"
  if (ctx.folded[k] === 'of' && ctx.pos[k + 1] !== 'PROPN') {
    k++;
    while (k < limit && k < end + 9 && ['DET', 'ADJ', 'NOUN', 'PRON'].includes(ctx.pos[k] ?? '') && !ctx.personAt[k]) k++;
  }
  return k;
}

/**
 * The end of a list item's own place and date ("in Paris on Monday", "at the Élysée on Friday",
 * "in Seoul"), or `end` itself: at most a place phrase and a date, in either order.
 */
/** "A (Myanmar), B (Laos) and C (Thailand)": past the country an item's brackets name, or `end` when none follows. */
function countryInBracketsEnd(ctx: EventContext, end: number, limit: number): number {
  if (ctx.folded[end] !== '(') return end;
  let k = end + 1;
  while (k < limit && k < end + 5 && ctx.facts.country[k]) k++;
  return k > end + 1 && ctx.folded[k] === ')' ? k + 1 : end;
}

function itemTailEnd(ctx: EventContext, end: number, limit: number): number {
  let k = end;
  for (let part = 0; part < 2; part++) {
    if ((ctx.folded[k] === 'in' || ctx.folded[k] === 'at') && k + 1 < limit) {
      let m = ctx.folded[k + 1] === 'the' ? k + 2 : k + 1;
      const start = m;
      while (m < limit && m < start + 4 && (ctx.facts.country[m] || ctx.facts.place[m]) && ctx.facts.countryKind[m] !== 'demonym') m++;
      if (m === start) break;
      k = m;
    } else if (ctx.dateAt[k] !== undefined || (['on', 'this', 'next'].includes(ctx.folded[k] ?? '') && ctx.dateAt[k + 1] !== undefined)) {
      let m = ctx.dateAt[k] !== undefined ? k : k + 1;
      const d = ctx.dateAt[m];
      while (m < limit && ctx.dateAt[m] === d) m++;
      k = m;
    } else break;
  }
  return k;
}

const SEPARATORS: ReadonlyArray<readonly string[]> = [
  [',', 'and', 'then', 'with'],
  ['and', 'then', 'with'],
  [',', 'as', 'well', 'as', 'with'],
  [',', 'as', 'well', 'as'],
  [';', 'as', 'well', 'as', 'with'],
  [';', 'as', 'well', 'as'],
  [';', 'and', 'with'],
  ['as', 'well', 'as', 'with'],
  [',', 'and', 'with'],
  ['and', 'with'],
  [',', 'and', 'then', 'on', 'to'],
  ['and', 'then', 'on', 'to'],
  [',', 'then', 'on', 'to'],
  ['then', 'on', 'to'],
  [',', 'and', 'then', 'to'],
  ['and', 'then', 'to'],
  [',', 'then', 'to'],
  [',', 'and', 'then'],
  ['and', 'then'],
  [',', 'then'],
  ['and', 'to'],
  ['and', 'in'],
  ['and', 'of'],
  [',', 'and'],
  [',', 'along', 'with'],
  ['as', 'well', 'as'],
  ['along', 'with'],
  ['together', 'with'],
  [','],
  [';', 'and'],
  [';'],
  ['and'],
  ['&'],
  ['plus'],
];

/** Adverbs that may close an item before the separator ("met Modi again and then Johnson"). */
const ITEM_ADVERBS: ReadonlySet<string> = new Set(['again', 'separately', 'briefly', 'too']);

/** Index after "(,) and (,) ADVERB (,) with" at `i` ("… with A and, separately, with B"), or -1. */
function adverbialWith(ctx: EventContext, i: number, limit: number): number {
  let k = ctx.folded[i] === ',' ? i + 1 : i;
  if (ctx.folded[k] !== 'and') return -1;
  k++;
  if (ctx.folded[k] === ',') k++;
  if (!JOINING_ADVERBS.has(ctx.folded[k] ?? '')) return -1;
  k++;
  if (ctx.folded[k] === ',') k++;
  return ctx.folded[k] === 'with' && k + 1 < limit ? k + 1 : -1;
}

/** Index after the list separator at `i`, or -1. */
function separatorAfter(ctx: EventContext, i: number, limit: number): number {
  if (ITEM_ADVERBS.has(ctx.folded[i] ?? '')) i++;
  const adverbial = adverbialWith(ctx, i, limit);
  if (adverbial >= 0) return adverbial;
  for (const sep of SEPARATORS) {
    if (i + sep.length >= limit) continue;
    if (sep.every((w, k) => ctx.folded[i + k] === w)) return i + sep.length;
  }
  return -1;
}

/** Plural pronouns that can only be a clause's subject ("he" and "she" are left to the clause subject, read further back). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we']);

function readItem(ctx: EventContext, j: number, limit: number): PartyItem | null {
  // "HE the Nigerian President X", "HH the Amir": a form of address opens the item
  if (addressBeforeThe(ctx, j)) return readItem(ctx, ctx.folded[j + 1] === '.' ? j + 2 : j + 1, limit);
  if (cannotStartItem(ctx, j)) return null;
  const each = readEachItem(ctx, j, limit, (k) => readPronounItem(ctx, k) ?? readDescriptionItem(ctx, k, limit));
  if (each) return each;
  // after a semicolon, a list goes on with names ("met A; B; and C"); a subject pronoun opens a clause ("…; they last met in May")
  if (ctx.folded[j - 1] === ';') return readPersonItem(ctx, j, limit) ?? (SUBJECT_PRONOUNS.has(ctx.folded[j] ?? '') ? readPronounItem(ctx, j) : null);
  const named = namedAfterDescription(ctx, j, limit) ?? delegationLedBy(ctx, j, limit);
  if (named) return named;
  return readPersonItem(ctx, j, limit) ?? blocItem(ctx, j, limit) ?? readDescriptionItem(ctx, j, limit) ?? readPronounItem(ctx, j) ?? readCountryItem(ctx, j, limit);
}

/** Words that may open a description or a bloc before its head ("his host", "the G7 leaders"). */
const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its']);

/** Nouns for the members of a bloc ("G7 leaders", "the Quad partners"). */
const BLOC_MEMBER_NOUNS: ReadonlySet<string> = new Set(['leaders', 'counterparts', 'partners', 'members', 'nations', 'countries', 'heads']);

/** "G7 leaders", "the Quad leaders", "his BRICS counterparts": the member states of the bloc, in the year of the text. */
function blocItem(ctx: EventContext, j: number, limit: number): PartyItem | null {
  const k = DEFINITE_DETERMINERS.has(ctx.folded[j] ?? '') ? j + 1 : j;
  const noun = k + 1;
  if (noun >= limit || !BLOC_MEMBER_NOUNS.has(ctx.folded[noun] ?? '')) return null;
  const members = blocMembers(ctx.folded[k] ?? '', ctx.publishedAt ? yearOf(ctx.publishedAt) : null);
  if (members.length === 0) return null;
  // "heads of state", "heads of government"
  const end = ctx.folded[noun] === 'heads' && ctx.folded[noun + 1] === 'of' ? noun + 3 : noun + 1;
  // ("the G7 Leaders' Summit", "a G7 leaders meeting": the name of the gathering, not its members)
  if (/^(?:'|’|'s|’s)$/.test(ctx.folded[end] ?? '') || ctx.pos[end] === 'NOUN' || ctx.pos[end] === 'PROPN') return null;
  return { parties: members.map((code) => ({ kind: 'country', code, via: 'description', bloc: ctx.folded[k] ?? '' })), end };
}

/** Heads of a description that a name in apposition then gives ("his host, X", "her Kenyan counterpart, Y"). */
const APPOSED_HEADS: ReadonlySet<string> = new Set(['host', 'guest', 'counterpart', 'counterparts', 'opposite', 'visitor', 'peers', 'hosts', 'guests']);

/** "his host, Kyrgyz President X", "his counterpart from Chad, Y": a description whose head is named right after a comma is that person. */
function namedAfterDescription(ctx: EventContext, j: number, limit: number): PartyItem | null {
  if (!DEFINITE_DETERMINERS.has(ctx.folded[j] ?? '')) return null;
  for (let k = j + 1; k < Math.min(limit, j + 5); k++) {
    if (APPOSED_HEADS.has(ctx.folded[k] ?? '')) {
      const comma = afterCountryOf(ctx, k + 1);
      return ctx.folded[comma] === ',' ? readPersonItem(ctx, comma + 1, limit) : null;
    }
    if (!(ctx.pos[k] === 'ADJ' || ctx.facts.country[k] || ctx.folded[k] === 'number')) return null;
  }
  return null;
}

/** "his counterpart from North Macedonia, Y": the index after a "from"/"of" country at `k` (or `k` when there is none). */
function afterCountryOf(ctx: EventContext, k: number): number {
  if (ctx.folded[k] !== 'from' && ctx.folded[k] !== 'of') return k;
  let c = ctx.folded[k + 1] === 'the' ? k + 2 : k + 1;
  let code = ctx.facts.country[c];
  if (!code) return k;
  for (;;) {
    while (ctx.facts.country[c] === code) c++;
    // "his counterparts from Argentina and Brazil, A and B": a list of countries
    const next = ctx.folded[c] === 'and' || ctx.folded[c] === ',' ? (ctx.folded[c + 1] === 'the' ? c + 2 : c + 1) : -1;
    if (next < 0 || !ctx.facts.country[next] || ctx.facts.countryKind[next] === 'demonym' || ctx.personAt[next]) return c;
    [c, code] = [next, ctx.facts.country[next]];
  }
}

/** How many words may stand between "delegation" and "led by" ("a delegation of the Lao People's Revolutionary Party led by X"). */
const DELEGATION_REACH = 10;

/** "a delegation of the Lao People's Revolutionary Party led by X": the one who leads it, the delegation being of no state the text names. */
function delegationLedBy(ctx: EventContext, j: number, limit: number): PartyItem | null {
  if (!['a', 'an', 'the'].includes(ctx.folded[j] ?? '')) return null;
  const head = ctx.pos[j + 1] === 'ADJ' ? j + 2 : j + 1;
  if (ctx.lemmas[head] !== 'delegation') return null;
  for (let k = head + 1; k < Math.min(limit, head + DELEGATION_REACH); k++) {
    if (ledByAt(ctx, k)) return readPersonItem(ctx, k + 2, limit);
    if (ctx.pos[k] === 'VERB' && !LEADING.has(ctx.folded[k] ?? '')) return null;
  }
  return null;
}

/** Parts of speech no party starts with (a verb, a preposition, punctuation …), unless the word is a name, a place or a title. */
const NO_ITEM_START: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT', 'PART', 'ADV', 'INTJ', 'SYM']);

/** A quick test that token `j` starts no party item, before the readers try it. */
function cannotStartItem(ctx: EventContext, j: number): boolean {
  if (!NO_ITEM_START.has(ctx.pos[j] ?? '') || ctx.personAt[j] || ctx.facts.country[j] || ctx.facts.place[j] || ctx.facts.organisation[j]) return false;
  const w = ctx.folded[j] ?? '';
  return w !== 'both' && w !== "'s" && !titleOfWord(w) && !appointmentWordAt(ctx.folded, j);
}

/** A named person, with the titles before the name and what stands in apposition after it. */
function readPersonItem(ctx: EventContext, j: number, limit: number): PartyItem | null {
  const at = ctx.personStart[j] ? j : ctx.personAt[j] ? -1 : nameAfterTitle(ctx, j, limit);
  if (at < 0 || at >= limit) return null;
  const id = ctx.personAt[at];
  if (!id) return null;
  let k = at + 1;
  while (k < limit && ctx.personAt[k] === id && !ctx.personStart[k]) k++;
  // "Prime Minister Luís Montenegro": a family name that is also a country is still the name
  const words = nameWords(ctx, id);
  while (k < limit && !ctx.personAt[k] && words.has(ctx.folded[k] ?? '')) k++;
  // "Putin's aide Yuri Ushakov": the aide is the party
  if (ctx.folded[k] === "'s") {
    const aide = nameAfterTitle(ctx, k + 1, limit);
    if (aide > k + 1) return readPersonItem(ctx, aide, limit);
  }
  // "Presidents Ilham Aliyev of Azerbaijan"
  if (ctx.folded[k] === 'of' && ctx.facts.country[k + 1] && ctx.facts.countryKind[k + 1] !== 'demonym') {
    const code = ctx.facts.country[k + 1];
    k += 1;
    while (k < limit && ctx.facts.country[k] === code) k++;
  }
  // "A. K. Abdul Momen, MP": letters after a name belong to it
  if (ctx.folded[k] === ',' && POST_NOMINALS.has(ctx.folded[k + 1] ?? '') && ['VERB', 'AUX'].includes(ctx.pos[k + 2] ?? '')) k += 2;
  k = skipApposition(ctx, k, limit);
  return { parties: [{ kind: 'person', personId: id, via: 'name' }], end: k };
}

/** Letters after a name ("X, MP", "Y, PC", "Z, QC"). */
const POST_NOMINALS: ReadonlySet<string> = new Set(['mp', 'mna', 'mla', 'pc', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'kbe', 'phd']);

/** The folded words of a person's full name. */
function nameWords(ctx: EventContext, id: string): ReadonlySet<string> {
  return new Set(fold(ctx.people.get(id)?.name ?? '').split(/\s+/));
}

/** "he", "she", "him", "her" (not "her" as a possessive), "they", "them". */
function readPronounItem(ctx: EventContext, j: number): PartyItem | null {
  const w = ctx.folded[j] ?? '';
  // ("us" only in lower case: "US" is the country)
  if (w === 'they' || w === 'them' || w === 'we' || (w === 'us' && ctx.texts[j] === 'us')) return { parties: [{ kind: 'group' }], end: j + 1, group: true };
  if (w === 'i' || w === 'me') {
    const speaker = resolveFirstPerson(ctx, j);
    return speaker ? { parties: [{ kind: 'person', personId: speaker, via: 'pronoun' }], end: j + 1 } : null;
  }
  if (w !== 'he' && w !== 'she' && w !== 'him' && !(w === 'her' && ctx.pos[j] === 'PRON')) return null;
  const person = resolvePronoun(ctx, j, new Set());
  return person ? { parties: [{ kind: 'person', personId: person, via: 'pronoun' }], end: j + 1 } : null;
}
