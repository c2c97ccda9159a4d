/** A stretch of tokens, `start` included, `end` excluded. */
export interface TokenRange {
  start: number;
  end: number;
}

/** A party to an event as read from one mention, before mentions are merged. */
export type Party =
  | {
      kind: 'person';
      personId: string;
      host?: boolean;
      via: 'name' | 'pronoun' | 'description';
      /** Tokens right after the party that place or date its own contact in a list ("A in Paris on Monday and B in Rome on Tuesday"). */
      own?: TokenRange;
    }
  | {
      kind: 'country';
      code: string;
      host?: boolean;
      via: 'name' | 'description';
      /** The office the country stands for ("the foreign ministers of A and B" → "minister"): only its holder may replace it. */
      office?: string;
      /** The bloc it was read as a member of ("G7 leaders" → "g7"). */
      bloc?: string;
      /** Tokens right after the party that place or date its own contact in a list ("Ghana on Monday and Togo on Wednesday"). */
      own?: TokenRange;
    }
  /** "they", "the two leaders": the parties of the latest contact, filled in when mentions are merged. */
  | {
      kind: 'group';
      host?: boolean;
      size?: number;
      /** The text counts the group ("the two leaders", "both sides", "the pair"), not just "they" or "the leaders". */
      counted?: boolean;
      /** "the two countries", "both sides": states, which the countries of its sentence may name. */
      states?: boolean;
      /** "with each of them", "each leader": one contact per member, not one with all. */
      each?: boolean;
      /** "the two presidents", "the pair of ministers": the office its members hold (a description head, as `roleFits` reads it). */
      office?: string;
    };

/** Whether two parties are the same person or the same country. */
export function sameParty(a: Party, b: Party): boolean {
  if (a.kind === 'person' && b.kind === 'person') return a.personId === b.personId;
  if (a.kind === 'country' && b.kind === 'country') return a.code === b.code;
  return false;
}

/** The parties of `parties` that are none of `others` (by {@link sameParty}). */
export function partiesBesides(parties: readonly Party[], others: readonly Party[]): Party[] {
  return parties.filter((p) => !others.some((q) => sameParty(p, q)));
}

/** The country a party acts for: a country's code, a person's country (from `people`), none for a group or a person of unknown country. */
export function partyCountry(p: Party | undefined, people: ReadonlyMap<string, { country?: string }>): string | undefined {
  return p?.kind === 'country' ? p.code : p?.kind === 'person' ? people.get(p.personId)?.country : undefined;
}

/** The parties without repeats (groups are kept: each stands for people yet unknown). */
export function uniqueParties(parties: Party[]): Party[] {
  const out: Party[] = [];
  for (const p of parties) if (p.kind === 'group' || !out.some((q) => sameParty(p, q))) out.push(p);
  return out;
}
