import type { CountryMention, Span } from '../types.js';
import type { TextDocument } from '../text/types.js';
import { firstAbove } from '../text/sorted.js';

/** What the entity stages already know about each token, by token index. */
export interface TokenFacts {
  /** Country code of the country mention covering the token, if any. */
  country: Array<string | undefined>;
  /** Kind of that country mention. */
  countryKind: Array<CountryMention['kind'] | undefined>;
  /** Every country a token names, in text order: two for a compound ("Kenya-Ethiopia", "US-China"). */
  countries: string[][];
  /** Whether the token lies inside an organisation name (EU, NATO, European Commission, …). */
  organisation: boolean[];
  /** Whether the token lies inside a known place name that is not a country ("San Francisco", "Geneva"). */
  place: boolean[];
  /** Country of that place, when known. */
  placeCountry: Array<string | undefined>;
}

/** Projects character-level country and organisation mentions onto the tokens they cover. */
export function tokenFacts(
  doc: TextDocument,
  countries: CountryMention[],
  organisations: Span[],
  places: Array<Span & { country?: string }> = [],
): TokenFacts {
  const n = doc.tokens.length;
  const facts: TokenFacts = {
    country: new Array<string | undefined>(n).fill(undefined),
    countryKind: new Array<CountryMention['kind'] | undefined>(n).fill(undefined),
    countries: Array.from({ length: n }, () => []),
    organisation: new Array<boolean>(n).fill(false),
    place: new Array<boolean>(n).fill(false),
    placeCountry: new Array<string | undefined>(n).fill(undefined),
  };
  const starts = doc.tokens.map((t) => t.start);
  const mark = (span: Span, apply: (i: number) => void): void => {
    // from the token holding the span's start: "Ethiopia" starts inside the token "Kenya-Ethiopia"
    for (let i = Math.max(0, firstAbove(starts, span.start) - 1); i < n; i++) {
      const token = doc.tokens[i];
      if (!token || token.start >= span.end) break;
      if (token.end > span.start) apply(i);
    }
  };
  for (const m of countries) {
    mark(m, (i) => {
      // a compound token takes the country it starts with ("Kenya-Ethiopia": Kenya, "Ibero-American":
      // none) and lists every country it holds
      const token = doc.tokens[i];
      if (token && token.start >= m.start && facts.country[i] === undefined) [facts.country[i], facts.countryKind[i]] = [m.code, m.kind];
      if (!facts.countries[i]?.includes(m.code)) facts.countries[i]?.push(m.code);
    });
  }
  for (const o of organisations) mark(o, (i) => (facts.organisation[i] = true));
  for (const p of places) {
    mark(p, (i) => {
      facts.place[i] = true;
      facts.placeCountry[i] = p.country;
    });
  }
  return facts;
}
