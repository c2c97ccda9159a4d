import type { TextDocument } from '../../text/types.js';
import { fold } from '../../text/fold.js';
import type { TokenFacts } from '../token-facts.js';
import type { NameMention } from './name-mentions.js';
import { roleOf } from './title-prefix.js';
import { titleOfWord } from './titles.js';

/** How many words may stand between the last country and the plural office ("foreign ministers", "deputy prime ministers"). */
const OFFICE_WORDS = 3;

/** A title shared by a list of names, one country each: the countries in order, the role, and where the title starts. */
interface RespectiveTitle {
  countries: string[];
  role: string | undefined;
  firstToken: number;
}

/**
 * "his Latvian and Estonian counterparts, A and B", "the Egyptian, Jordanian and Iraqi foreign
 * ministers, A, B and C": a plural office after a list of countries, then as many names: each name
 * holds the office for the country in the same place of its list. The names are people for sure.
 */
export function respectiveTitles(doc: TextDocument, facts: TokenFacts, mentions: NameMention[]): NameMention[] {
  const out = [...mentions];
  for (let k = 0; k < out.length; k++) {
    if (interleavedTitles(doc, facts, out, k)) continue;
    const first = out[k];
    const start = first ? courtesyStart(doc, first.first) : 0;
    const title = first && doc.tokens[start - 1]?.text === ',' ? (titleBefore(doc, facts, start - 2) ?? titleOfCountries(doc, facts, start - 2)) : undefined;
    if (!first || !title) continue;
    const list = namesInList(doc, out, k);
    if (list.length !== title.countries.length) continue;
    list.forEach((j, n) => {
      const m = out[j]!;
      const country = title.countries[n]!;
      const prefix = { ...m.prefix, office: true, country, firstToken: n === 0 ? title.firstToken : m.first, ...(title.role ? { role: title.role } : {}) };
      out[j] = { ...m, prefix, certainty: 'person' };
    });
  }
  return out;
}

/** The countries and office of a plural title ending at token `end` ("Latvian and Estonian counterparts"), or undefined. */
function titleBefore(doc: TextDocument, facts: TokenFacts, end: number): RespectiveTitle | undefined {
  const office = pluralOffice(doc, facts, end);
  if (!office) return undefined;
  const list = countriesEndingAt(facts, doc, office.start - 1);
  return list ? { countries: list.countries, role: office.role, firstToken: list.start } : undefined;
}

/** The countries and office of a plural title naming its countries after "of" or "from" ("the foreign ministers of Mali, Niger and Chad", "his counterparts from Uganda and Kenya"), or undefined. */
function titleOfCountries(doc: TextDocument, facts: TokenFacts, end: number): RespectiveTitle | undefined {
  const list = countriesEndingAt(facts, doc, end);
  if (!list || !['of', 'from'].includes(fold(doc.tokens[list.start - 1]?.text ?? ''))) return undefined;
  const office = pluralOffice(doc, facts, list.start - 2);
  return office ? { countries: list.countries, role: office.role, firstToken: office.start } : undefined;
}

/** A plural office ending at token `end` ("counterparts", "foreign ministers"): its role and first token, or undefined. */
function pluralOffice(doc: TextDocument, facts: TokenFacts, end: number): { role: string | undefined; start: number } | undefined {
  const last = fold(doc.tokens[end]?.text ?? '');
  if (!last.endsWith('s') || titleOfWord(last)?.kind !== 'office') return undefined;
  const words: string[] = [last.replace(/ies$/, 'y').replace(/s$/, '')];
  let i = end - 1;
  while (i > end - OFFICE_WORDS && !facts.country[i] && titleOfWord(fold(doc.tokens[i]?.text ?? ''))) words.unshift(fold(doc.tokens[i--]?.text ?? ''));
  return { role: roleOf(words), start: i + 1 };
}

/** A list of two or more distinct countries (not capitals) ending at token `end`, joined by ",", "and" or ", and": the codes in order and the first token. */
function countriesEndingAt(facts: TokenFacts, doc: TextDocument, end: number): { countries: string[]; start: number } | undefined {
  const countries: string[] = [];
  let i = end;
  let start = end + 1;
  while (facts.country[i] && facts.countryKind[i] !== 'capital') {
    const code = facts.country[i]!;
    while (facts.country[i - 1] === code) i--;
    countries.unshift(code);
    start = i;
    const sep = doc.tokens[i - 1]?.text ?? '';
    if (sep !== ',' && sep !== 'and') break;
    i -= doc.tokens[i - 2]?.text === ',' && sep === 'and' ? 3 : 2;
  }
  const distinct = new Set(countries).size === countries.length;
  return countries.length >= 2 && distinct ? { countries, start } : undefined;
}

/** Indexes of the mentions of a list that opens with mention `k`: names joined by ",", "and" or ", and". */
function namesInList(doc: TextDocument, mentions: readonly NameMention[], k: number): number[] {
  const list = [k];
  for (let j = k + 1; j < mentions.length; j++) {
    const [prev, next] = [mentions[list[list.length - 1]!]!, mentions[j]!];
    if (!joinsList(doc, prev.end, courtesyStart(doc, next.first))) break;
    list.push(j);
  }
  return list;
}

/** Whether the tokens `[from, to)` join two items of a list: ",", "and" or ", and". */
function joinsList(doc: TextDocument, from: number, to: number): boolean {
  const between = doc.tokens.slice(from, to).map((t) => t.text).join(' ');
  return between === ',' || between === 'and' || between === ', and';
}

/** Where a name starts with the forms of address before it ("Mr", "Mrs", "Dr."): the first of them, or the name's first token. */
function courtesyStart(doc: TextDocument, first: number): number {
  let i = first;
  const honorific = (k: number): boolean => titleOfWord(fold(doc.tokens[k]?.text ?? ''))?.kind === 'honorific';
  while (i > 0 && (honorific(i - 1) || (doc.tokens[i - 1]?.text === '.' && honorific(i - 2)))) i--;
  return i;
}

/**
 * "the Prime Ministers of Tajikistan A, Kazakhstan B and Belarus C": a plural office over a list
 * whose items are each a country and a name: each name holds the office for the country before it.
 * Rewrites the mentions of the list in `out` and says whether there was one at mention `k`.
 */
function interleavedTitles(doc: TextDocument, facts: TokenFacts, out: NameMention[], k: number): boolean {
  const first = out[k];
  const head = first ? countryRightBefore(doc, facts, first.first) : undefined;
  if (!head || fold(doc.tokens[head.start - 1]?.text ?? '') !== 'of') return false;
  const office = pluralOffice(doc, facts, head.start - 2);
  if (!office) return false;
  const items = [{ j: k, ...head }];
  for (let j = k + 1; j < out.length; j++) {
    const country = countryRightBefore(doc, facts, out[j]!.first);
    if (!country || !joinsList(doc, out[items[items.length - 1]!.j]!.end, country.start)) break;
    items.push({ j, ...country });
  }
  if (items.length < 2 || new Set(items.map((x) => x.code)).size !== items.length) return false;
  items.forEach(({ j, code, start }, n) => {
    const m = out[j]!;
    const prefix = { ...m.prefix, office: true, country: code, firstToken: n === 0 ? office.start : start, ...(office.role ? { role: office.role } : {}) };
    out[j] = { ...m, prefix, certainty: 'person' };
  });
  return true;
}

/** The country named (by its name, not a demonym or a capital) in the tokens right before token `first`: its code and first token. */
function countryRightBefore(doc: TextDocument, facts: TokenFacts, first: number): { code: string; start: number } | undefined {
  const code = facts.country[first - 1];
  if (!code || facts.countryKind[first - 1] !== 'name') return undefined;
  let start = first - 1;
  while (facts.country[start - 1] === code) start--;
  return { code, start };
}
