/**
 * Word tables for date expressions: months, weekdays, numbers, ordinals, seasons and
 * the small closed word classes the patterns need. Keys are lower-case, without a
 * trailing period ("sept" matches "Sept." and "Sept").
 */

/** A month name or abbreviation. */
export interface MonthWord {
  /** Month number, 1–12. */
  month: number;
  /** "Jan", "Sept": only accepted next to a day number or a year. */
  abbreviation: boolean;
  /** "May" (modal verb) and "March" (verb/noun): need more evidence to count as months. */
  ambiguous: boolean;
}

const MONTH_TABLE: readonly (readonly [string, readonly string[]])[] = [
  ['january', ['jan']],
  ['february', ['feb']],
  ['march', ['mar']],
  ['april', ['apr']],
  ['may', []],
  ['june', ['jun']],
  ['july', ['jul']],
  ['august', ['aug']],
  ['september', ['sep', 'sept']],
  ['october', ['oct']],
  ['november', ['nov']],
  ['december', ['dec']],
];

/** Month names and abbreviations. */
export const MONTHS: ReadonlyMap<string, MonthWord> = new Map(
  MONTH_TABLE.flatMap(([name, abbreviations], index): [string, MonthWord][] => [
    [name, { month: index + 1, abbreviation: false, ambiguous: name === 'may' || name === 'march' }],
    ...abbreviations.map((a): [string, MonthWord] => [a, { month: index + 1, abbreviation: true, ambiguous: a === 'mar' }]),
  ]),
);

/** A weekday name or abbreviation. */
export interface WeekdayWord {
  /** 0 = Sunday … 6 = Saturday (as {@link weekdayOf}). */
  weekday: number;
  /** "Thu", "Wed": only accepted in front of an explicit date ("Thu, 13 Jul 2023"). */
  abbreviation: boolean;
}

const WEEKDAY_TABLE: readonly (readonly [string, readonly string[]])[] = [
  ['sunday', ['sun']],
  ['monday', ['mon']],
  ['tuesday', ['tue', 'tues']],
  ['wednesday', ['wed']],
  ['thursday', ['thu', 'thur', 'thurs']],
  ['friday', ['fri']],
  ['saturday', ['sat']],
];

/** Weekday names and abbreviations. */
export const WEEKDAYS: ReadonlyMap<string, WeekdayWord> = new Map(
  WEEKDAY_TABLE.flatMap(([name, abbreviations], index): [string, WeekdayWord][] => [
    [name, { weekday: index, abbreviation: false }],
    ...abbreviations.map((a): [string, WeekdayWord] => [a, { weekday: index, abbreviation: true }]),
  ]),
);

/** Cardinal number words ("a week", "two days", "thirty days"). Compounds ("twenty-one") are read as tens + units. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30],
]);

/** Ordinal words used as day numbers ("the first of March"). Compounds ("twenty-first") are read as tens + units. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
]);

/** Tens that start a hyphenated compound ("twenty-one", "thirty-first"). */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
]);

/** Suffixes of numeric ordinals ("17th", "1st"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** The four seasons (northern hemisphere). */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** Season words. "fall" needs a determiner or modifier ("the fall", "this fall", "fall 2019"). */
export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ['spring', 'spring'],
  ['summer', 'summer'],
  ['autumn', 'autumn'],
  ['fall', 'autumn'],
  ['winter', 'winter'],
]);

/** First month of each season (winter starts in December and runs into the next year). */
export const SEASON_START_MONTH: Readonly<Record<Season, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  winter: 12,
};

/** Parts of a day; after a weekday or relative day they keep the day ("Monday evening"). */
export const TIMES_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'lunchtime']);

/** Part words before a month, year or season: "early", "mid", "late". */
export const PART_WORDS: ReadonlyMap<string, 'early' | 'mid' | 'late'> = new Map([
  ['early', 'early'],
  ['mid', 'mid'],
  ['late', 'late'],
]);

/** Part nouns in "the end of …", "the beginning of …". */
export const PART_NOUNS: ReadonlyMap<string, 'early' | 'mid' | 'late'> = new Map([
  ['beginning', 'early'],
  ['start', 'early'],
  ['middle', 'mid'],
  ['end', 'late'],
]);

/** Prepositions that are included in a date's span when they stand right before it. */
export const SPAN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'during', 'by', 'until', 'till', 'since', 'from', 'before', 'after', 'over', 'within',
  'between', 'through', 'throughout',
]);

/** Words before a bare "May"/"March" that make it a month ("in May", "early May", "of March"). */
export const MONTH_TRIGGERS: ReadonlySet<string> = new Set([
  'in', 'on', 'early', 'late', 'since', 'until', 'by', 'of', 'next', 'last', 'this', 'mid', 'from', 'between',
  'during', 'through', 'till',
]);

/** Determiners before a capitalised "March" that make it a month ("the March meeting"). */
export const MONTH_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'last', 'next', 'its', 'their', 'his', 'her', 'our',
]);

/** Prepositions that make a bare four-digit number a year ("in 2012", "since 2014"). */
export const YEAR_TRIGGERS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'during', 'before', 'after', 'from', 'through', 'throughout',
]);

/** Prepositions that make "the spring"/"the fall" a season ("in the fall", "since the spring"). */
export const SEASON_TRIGGERS: ReadonlySet<string> = new Set([
  'in', 'during', 'by', 'until', 'till', 'since', 'over', 'through', 'throughout', 'before', 'after', 'for', 'from',
  'at',
]);

/** Capitalised words that turn a weekday into a holiday name ("Good Friday", "Cyber Monday"). */
export const WEEKDAY_NAME_PREFIXES: ReadonlySet<string> = new Set([
  'black', 'good', 'cyber', 'super', 'bloody', 'ash', 'holy', 'maundy', 'easter', 'palm', 'whit', 'giving',
]);

/** Capitalised words that turn a weekday into a newspaper title ("Sunday Times"). */
export const WEEKDAY_NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'times', 'telegraph', 'express', 'herald', 'mail', 'post', 'tribune', 'star', 'mirror', 'independent', 'observer',
]);

/** Year range of plain four-digit years we accept. */
export const MIN_YEAR = 1800;
/** Year range of plain four-digit years we accept. */
export const MAX_YEAR = 2199;

/** Words kept with a trailing period by the tokeniser (they are abbreviations, not sentence ends). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...MONTH_TABLE.flatMap(([, abbreviations]) => abbreviations),
  ...WEEKDAY_TABLE.flatMap(([, abbreviations]) => abbreviations),
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'st', 'jr', 'sr', 'vs',
  'pres', 'amb', 'hon', 'rev', 'adm', 'maj', 'cmdr', 'gov',
]);
