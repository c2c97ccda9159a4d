import { DATELINE_HEADER_END, findDateline, findPlaceMentions, type Dateline } from '../entities/countries/index.js';
import type { CountryMention, DateRef, Person, Span } from '../types.js';
import type { TextDocument } from '../text/types.js';
import { fold } from '../text/fold.js';
import { tokenFacts, type TokenFacts } from '../entities/token-facts.js';
import { firstAbove } from '../text/sorted.js';
import { Matcher, type MatchDoc } from '../match/index.js';

/**
 * Everything the event readers need to know about each token, computed once per document. It is
 * also the document the rule patterns are matched over (span types PERSON, COUNTRY, ORG, PLACE, DATE).
 */
export interface EventContext extends MatchDoc {
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
  /** The rule patterns' matcher over this document (it caches what its units read). */
  matcher: Matcher<EventContext>;
  /** Publication date, ISO `YYYY-MM-DD`, or null when unknown. */
  publishedAt: string | null;
  /** Where the article is written from ("NAIROBI —"), when its dateline says. */
  dateline?: Dateline;
}

/** Builds the per-token context of the events stage from the outputs of the earlier stages. */
export function eventContext(
  doc: TextDocument,
  people: Person[],
  countryMentions: CountryMention[],
  organisationMentions: Span[],
  dates: DateRef[],
  placeMentions: Array<Span & { country?: string }> = findPlaceMentions(doc.text),
  publishedAt: string | null = null,
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
  const dateline = findDateline(doc.text, countryMentions, placeMentions);
  const headerEnd = datelineHeaderEnd(doc.text, dateline);
  // "BEIJING, March 3 (Xinhua) --": the date of a dateline is the report's, never a contact's own
  dates.forEach((d, k) => d.span.start >= headerEnd && cover(d.span, (i) => (dateAt[i] = k)));
  const folded = doc.tokens.map((t) => fold(t.text));
  const facts = tokenFacts(doc, countryMentions, organisationMentions, placeMentions);
  const ctx: Omit<EventContext, 'matcher' | keyof MatchDoc> = {
    doc,
    publishedAt,
    people: new Map(people.map((p) => [p.id, p])),
    personAt,
    personStart,
    facts,
    dateAt,
    dates,
    folded,
    tokenStarts: starts,
    peopleByCountry: groupByCountry(people),
    ...(dateline ? { dateline } : {}),
  };
  const full = Object.assign(ctx, matchView(doc, folded, spanKeys(personAt, facts, dateAt)), { matcher: undefined as unknown as Matcher<EventContext> });
  full.matcher = new Matcher<EventContext>(full);
  return full;
}

/** Where the header of a dateline ends ("BEIJING, March 3 (Xinhua) --"): its closing dash, or 0 when the text has no dated dateline. */
function datelineHeaderEnd(text: string, dateline: Dateline | undefined): number {
  if (!dateline) return 0;
  const rest = text.slice(dateline.end, dateline.end + 60);
  const dash = rest.search(DATELINE_HEADER_END);
  return dash < 0 ? 0 : dateline.end + dash + 1;
}

/** For each span type, the key of the span covering each token (tokens with equal keys side by side form one span). */
function spanKeys(personAt: Array<string | undefined>, facts: TokenFacts, dateAt: Array<number | undefined>): Record<string, ArrayLike<unknown>> {
  return {
    PERSON: personAt,
    COUNTRY: facts.country.map((c, i) => (c ? `${c}:${facts.countryKind[i]}` : undefined)),
    ORG: facts.organisation.map((o) => (o ? 1 : undefined)),
    PLACE: facts.place.map((p, i) => (p ? (facts.placeCountry[i] ?? '?') : undefined)),
    DATE: dateAt,
  };
}

/** The token arrays and span tests of the matcher's document view. */
function matchView(doc: TextDocument, folded: string[], keys: Record<string, ArrayLike<unknown>>): MatchDoc {
  const at = (type: string, i: number): unknown => keys[type]?.[i];
  const spanStart = (type: string, i: number): boolean => at(type, i) !== undefined && (i === 0 || at(type, i - 1) !== at(type, i));
  return {
    length: doc.tokens.length,
    words: folded,
    lemmas: doc.tokens.map((t) => t.lemma),
    pos: doc.tokens.map((t) => t.pos),
    texts: doc.tokens.map((t) => t.text),
    inSpan: (type, i) => at(type, i) !== undefined,
    spanStart,
    spanEnd: (type, i) => {
      const key = at(type, i);
      let end = i;
      while (end < doc.tokens.length && key !== undefined && at(type, end) === key && (end === i || !spanStart(type, end))) end++;
      return end;
    },
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
