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
    const first = out[k];
    const title = first && doc.tokens[first.first - 1]?.text === ',' ? titleBefore(doc, facts, first.first - 2) : undefined;
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
  const last = fold(doc.tokens[end]?.text ?? '');
  if (!last.endsWith('s') || titleOfWord(last)?.kind !== 'office') return undefined;
  const words: string[] = [last.replace(/ies$/, 'y').replace(/s$/, '')];
  let i = end - 1;
  while (i > end - OFFICE_WORDS && !facts.country[i] && titleOfWord(fold(doc.tokens[i]?.text ?? ''))) words.unshift(fold(doc.tokens[i--]?.text ?? ''));
  const countries: string[] = [];
  while (facts.country[i] && facts.countryKind[i] !== 'capital') {
    const code = facts.country[i]!;
    while (facts.country[i - 1] === code) i--;
    countries.unshift(code);
    const sep = doc.tokens[i - 1]?.text ?? '';
    if (sep !== ',' && sep !== 'and') break;
    i -= doc.tokens[i - 2]?.text === ',' && sep === 'and' ? 3 : 2;
  }
  const distinct = new Set(countries).size === countries.length;
  return countries.length >= 2 && distinct ? { countries, role: roleOf(words), firstToken: i } : undefined;
}

/** Indexes of the mentions of a list that opens with mention `k`: names joined by ",", "and" or ", and". */
function namesInList(doc: TextDocument, mentions: readonly NameMention[], k: number): number[] {
  const list = [k];
  for (let j = k + 1; j < mentions.length; j++) {
    const [prev, next] = [mentions[list[list.length - 1]!]!, mentions[j]!];
    const between = doc.tokens.slice(prev.end, next.first).map((t) => t.text).join(' ');
    if (between !== ',' && between !== 'and' && between !== ', and') break;
    list.push(j);
  }
  return list;
}
