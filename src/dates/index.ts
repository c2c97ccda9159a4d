/**
 * Date expressions in English news text, resolved against the publication day.
 *
 * @packageDocumentation
 */

export { findDates, normalizePublishedAt, DATE_PATTERNS, type FindDatesOptions } from './find-dates.js';
export * from './calendar.js';
export {
  resolveWeekday,
  resolveMonth,
  monthYear,
  inferYear,
  monthPartRange,
  yearPartRange,
  seasonRange,
  seasonPartRange,
  seasonYear,
  resolveSeason,
  weekRange,
  resolveWeekend,
  directionOfTense,
  YEAR_SHIFT_DAYS,
  type WeekdayDirection,
  type MonthDirection,
  type SeasonDirection,
  type Part,
} from './resolve.js';
export { clauseTense, tenseOfTokens, markerAt, type Tense } from './tense.js';
export { tokenize, type DateToken, type TokenKind } from './tokenize.js';
export { MONTHS, WEEKDAYS, NUMBER_WORDS, ORDINAL_WORDS, SEASONS, type Season, type MonthWord, type WeekdayWord } from './lexicon.js';
export type { Candidate, DatePattern, MatchContext } from './context.js';
