import type { CountryMention } from '../../types.js';
import type { PersonDraft } from './cluster.js';
import type { PeopleContext } from './context-country.js';

/** "Angola was represented by", "will be represented by": the country stands right before the cue. */
const REPRESENTED_BY = /(?:was|were|is|are|will be|would be|has been|had been)\s+represented\s+(?:there\s+)?by\s+(?:the\s+)?$/i;

/** "Guyana sent", "Saudi Arabia dispatched": a country fielding the person named next. */
const SENT = /(?:sent|dispatched|fielded)\s+(?:its|their|the)?\s*$/i;

/** "…, and the United Arab Emirates by": a second country of a list after "represented by". */
const ELLIPTICAL_BY = /(?:,|\band)\s+$/i;

/**
 * The country a person stands for at a gathering, from the clause that fields them: "Angola was
 * represented by Vice President X", "Guyana sent Prime Minister X", "… and the United Arab Emirates
 * by His Highness Sheikh X". Undefined when no such clause stands right before the person's title.
 */
export function representedCountry(c: PeopleContext, draft: PersonDraft): string | undefined {
  const mention = draft.mentions[0];
  const at = c.doc.tokens[mention?.prefix.firstToken ?? mention?.first ?? 0];
  const sentence = at ? c.doc.sentences[at.sentence] : undefined;
  if (!at || !sentence) return undefined;
  const before = c.doc.text.slice(sentence.start, at.start);
  const cue = REPRESENTED_BY.exec(before) ?? SENT.exec(before);
  if (cue) return countryEndingAt(c.countryMentions, sentence.start + cue.index);
  // the elliptical second member: "<country> by" after an earlier "represented by" in the sentence
  const by = /\s+by\s+(?:the\s+)?$/i.exec(before);
  if (!by || !/represented\s+by/i.test(before.slice(0, by.index))) return undefined;
  const country = c.countryMentions.find((m) => m.end === sentence.start + by.index && m.kind === 'name');
  const lead = country ? c.doc.text.slice(sentence.start, country.start).replace(/(?:the\s+)?$/i, '') : '';
  return country && ELLIPTICAL_BY.test(lead) ? country.code : undefined;
}

/** The country named (not as a demonym) right before character `end`, one space apart at most. */
function countryEndingAt(mentions: readonly CountryMention[], end: number): string | undefined {
  return mentions.find((m) => m.kind !== 'demonym' && m.end <= end && end - m.end <= 1)?.code;
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
  const actors = c.countryMentions.filter((m) => m.start >= sentence.start && m.end <= owner.start && m.kind !== 'demonym' && !/\b(?:in|to|at|from|visiting)\s+(?:the\s+)?$/i.test(c.doc.text.slice(Math.max(0, m.start - 12), m.start)));
  return actors[actors.length - 1]?.code;
}
