import type { CountryMention, DateRef, Person, Span } from '../types.js';
import type { TextDocument } from '../text/types.js';
import { fold } from '../text/fold.js';
import { tokenFacts, type TokenFacts } from '../entities/token-facts.js';
import { firstAbove } from '../text/sorted.js';

/** Everything the event readers need to know about each token, computed once per document. */
export interface EventContext {
  /** The segmented text. */
  doc: TextDocument;
  /** People found, by id. */
  people: Map<string, Person>;
  /** Person id of the mention covering each token. */
  personAt: Array<string | undefined>;
  /** Whether the token is the first token of a person mention. */
  personStart: boolean[];
  /** Country and organisation facts per token. */
  facts: TokenFacts;
  /** Index into `dates` of the date expression covering each token. */
  dateAt: Array<number | undefined>;
  /** Resolved dates. */
  dates: DateRef[];
  /** Folded token texts, for lexicon lookups. */
  folded: string[];
  /** Start offset of each token, ascending, for binary search. */
  tokenStarts: number[];
  /** People of each country with the offsets of their mentions, for descriptions ("the Russian leader"). */
  peopleByCountry: Map<string, Array<{ id: string; role?: string; starts: number[] }>>;
}

/** Builds the per-token context of the events stage from the outputs of the earlier stages. */
export function eventContext(
  doc: TextDocument,
  people: Person[],
  countryMentions: CountryMention[],
  organisationMentions: Span[],
  dates: DateRef[],
  placeMentions: Array<Span & { country?: string }> = [],
): EventContext {
  const n = doc.tokens.length;
  const starts = doc.tokens.map((t) => t.start);
  const personAt = new Array<string | undefined>(n).fill(undefined);
  const personStart = new Array<boolean>(n).fill(false);
  const dateAt = new Array<number | undefined>(n).fill(undefined);
  const cover = (span: Span, apply: (i: number, first: boolean) => void): void => {
    let first = true;
    for (let i = firstAbove(starts, span.start - 1); i < n; i++) {
      const token = doc.tokens[i];
      if (!token || token.start >= span.end) break;
      if (token.end > span.start) {
        apply(i, first);
        first = false;
      }
    }
  };
  for (const person of people) {
    for (const m of person.mentions) {
      cover(m, (i, first) => {
        personAt[i] = person.id;
        if (first) personStart[i] = true;
      });
    }
  }
  dates.forEach((d, k) => cover(d.span, (i) => (dateAt[i] = k)));
  return {
    doc,
    people: new Map(people.map((p) => [p.id, p])),
    personAt,
    personStart,
    facts: tokenFacts(doc, countryMentions, organisationMentions, placeMentions),
    dateAt,
    dates,
    folded: doc.tokens.map((t) => fold(t.text)),
    tokenStarts: starts,
    peopleByCountry: groupByCountry(people),
  };
}

function groupByCountry(people: Person[]): Map<string, Array<{ id: string; role?: string; starts: number[] }>> {
  const out = new Map<string, Array<{ id: string; role?: string; starts: number[] }>>();
  for (const p of people) {
    if (!p.country) continue;
    const list = out.get(p.country) ?? [];
    list.push({ id: p.id, ...(p.role ? { role: p.role } : {}), starts: p.mentions.map((m) => m.start).sort((a, b) => a - b) });
    out.set(p.country, list);
  }
  return out;
}
