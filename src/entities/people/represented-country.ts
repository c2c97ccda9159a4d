import type { CountryMention } from '../../types.js';
import type { PersonDraft } from './cluster.js';
import { wordAt, type PeopleContext } from './context-country.js';

/** Auxiliaries that may stand before "represented by" ("was", "will be", "had been"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'has', 'had']);

/** Verbs by which a country fields someone ("Guyana sent X", "Saudi Arabia dispatched Y"). */
const FIELDING_VERBS: ReadonlySet<string> = new Set(['sent', 'dispatched', 'fielded']);

/** Words before a country that make it a place, not an actor ("in Islamabad", "to Kenya"). */
const PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'to', 'at', 'from', 'visiting']);

/**
 * The country a person stands for at a gathering, from the clause that fields them: "Angola was
 * represented by Vice President X", "Guyana sent Prime Minister X", "… and the United Arab Emirates
 * by His Highness Sheikh X". Undefined when no such clause stands right before the person's title.
 */
export function representedCountry(c: PeopleContext, draft: PersonDraft): string | undefined {
  const mention = draft.mentions[0];
  const word = (k: number): string => wordAt(c.doc, k);
  let t = (mention?.prefix.firstToken ?? mention?.first ?? 0) - 1;
  if (['the', 'its', 'their'].includes(word(t))) t--;
  if (FIELDING_VERBS.has(word(t))) return countryEndingAt(c, t - 1)?.code;
  if (word(t) !== 'by') return undefined;
  let k = t - 1;
  if (word(k) === 'there') k--;
  if (word(k) === 'represented') {
    k--;
    while (AUXILIARIES.has(word(k)) && k > t - 6) k--;
    return countryEndingAt(c, k)?.code;
  }
  // the elliptical second member: "…, and the United Arab Emirates by", after "represented by" in the sentence
  const country = countryEndingAt(c, t - 1);
  if (!country) return undefined;
  let before = tokenAt(c, country.start) - 1;
  if (word(before) === 'the') before--;
  const sentence = c.doc.sentences[c.doc.tokens[t]?.sentence ?? -1];
  const represented = sentence && c.doc.text.slice(sentence.start, country.start).toLowerCase().includes('represented by');
  return represented && (word(before) === 'and' || word(before) === ',') ? country.code : undefined;
}

/**
 * "Tehran's embassy in Islamabad said that its ambassador, X, …", "Kenya said its foreign minister,
 * Y, …": an office owned by "its"/"their" belongs to the country named last before it in the
 * sentence as an actor, not as a place ("in Islamabad").
 */
export function ownedByItsCountry(c: PeopleContext, draft: PersonDraft): string | undefined {
  const mention = draft.mentions[0];
  const first = mention?.prefix.firstToken ?? mention?.first ?? 0;
  const owner = c.doc.tokens[first - 1];
  if (!owner || !/^(?:its|their)$/i.test(owner.text)) return undefined;
  const sentence = c.doc.sentences[owner.sentence];
  if (!sentence) return undefined;
  const actor = (m: CountryMention): boolean => {
    let k = tokenAt(c, m.start) - 1;
    if (wordAt(c.doc, k) === 'the') k--;
    return !PLACE_WORDS.has(wordAt(c.doc, k));
  };
  const actors = c.countryMentions.filter((m) => m.start >= sentence.start && m.end <= owner.start && m.kind !== 'demonym' && actor(m));
  return actors[actors.length - 1]?.code;
}

/** The country named (not as a demonym) whose last character ends token `k`. */
function countryEndingAt(c: PeopleContext, k: number): CountryMention | undefined {
  const end = c.doc.tokens[k]?.end;
  return end === undefined ? undefined : c.countryMentions.find((m) => m.end === end && m.kind !== 'demonym');
}

/** The index of the token starting at character `start` (or the one holding it). */
function tokenAt(c: PeopleContext, start: number): number {
  const i = c.doc.tokens.findIndex((t) => t.end > start);
  return i < 0 ? c.doc.tokens.length : i;
}
