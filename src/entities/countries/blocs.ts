/**
 * Clubs of states that news names for their members' leaders ("G7 leaders", "the Quad leaders"):
 * the members, with the years each belonged (inclusive; no end = still a member). Data only.
 */
export interface BlocMembership {
  code: string;
  from: number;
  to?: number;
}

/** The seven states of the G7, which were also the G8 with Russia. */
const SEVEN = ['USA', 'JPN', 'DEU', 'FRA', 'GBR', 'ITA', 'CAN'];

/** The blocs, by the folded words that name them. */
export const BLOC_MEMBERS: ReadonlyMap<string, readonly BlocMembership[]> = new Map<string, readonly BlocMembership[]>([
  ['g7', SEVEN.map((code) => ({ code, from: 1976 }))],
  ['g8', [...SEVEN, 'RUS'].map((code) => ({ code, from: 1997, to: 2014 }))],
  ['quad', ['USA', 'JPN', 'IND', 'AUS'].map((code) => ({ code, from: 2007 }))],
  ['brics', [
    ...['BRA', 'RUS', 'IND', 'CHN'].map((code) => ({ code, from: 2009 })),
    { code: 'ZAF', from: 2011 },
    ...['EGY', 'ETH', 'IRN', 'ARE'].map((code) => ({ code, from: 2024 })),
    { code: 'IDN', from: 2025 },
  ]],
]);

/** Other spellings of the blocs' names. */
const BLOC_ALIASES: ReadonlyMap<string, string> = new Map([['g-7', 'g7'], ['g-8', 'g8']]);

/** The members of the bloc `word` names in `year` (every member ever, when the year is unknown); empty for no bloc. */
export function blocMembers(word: string, year: number | null): string[] {
  const members = BLOC_MEMBERS.get(BLOC_ALIASES.get(word) ?? word) ?? [];
  return members.filter((m) => year === null || (m.from <= year && (m.to ?? 9999) >= year)).map((m) => m.code);
}
