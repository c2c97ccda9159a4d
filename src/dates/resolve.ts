/**
 * Resolution rules: turn a weekday, month, day-and-month, season or part of a month
 * into calendar days relative to the publication day (`pub`, ISO `YYYY-MM-DD`).
 */

import {
  addDays,
  daysInMonth,
  diffDays,
  endOfWeek,
  isValidDate,
  monthOf,
  monthRange,
  startOfWeek,
  toIso,
  weekdayOf,
  yearOf,
  type DayRange,
} from './calendar.js';
import { SEASON_START_MONTH, type Season } from './lexicon.js';
import type { Tense } from './tense.js';

/**
 * How to pick a weekday relative to the publication day.
 * - `past`: the most recent one on or before `pub` (past or tenseless clause).
 * - `future`: the nearest one on or after `pub` (future clause).
 * - `last`: the most recent one strictly before `pub` ("last Tuesday", "this past Tuesday").
 * - `coming`: the nearest one strictly after `pub` ("this coming Tuesday").
 * - `this`: the one in the Monday–Sunday week of `pub` ("this Friday").
 * - `next`: the one in the following Monday–Sunday week ("next Tuesday").
 */
export type WeekdayDirection = 'past' | 'future' | 'last' | 'coming' | 'this' | 'next';

/**
 * The day named by `weekday` (0 = Sunday … 6 = Saturday) relative to `pub`.
 *
 * @example resolveWeekday('2024-12-15', 3, 'past') // '2024-12-11'
 */
export function resolveWeekday(pub: string, weekday: number, direction: WeekdayDirection): string {
  const today = weekdayOf(pub);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  const offsetInWeek = (weekday + 6) % 7; // Monday = 0 … Sunday = 6
  switch (direction) {
    case 'past':
      return addDays(pub, -back);
    case 'future':
      return addDays(pub, ahead);
    case 'last':
      return addDays(pub, -(back === 0 ? 7 : back));
    case 'coming':
      return addDays(pub, ahead === 0 ? 7 : ahead);
    case 'this':
      return addDays(startOfWeek(pub), offsetInWeek);
    case 'next':
      return addDays(startOfWeek(pub), 7 + offsetInWeek);
  }
}

/**
 * How to pick the year of a month named without one.
 * - `past`: the most recent such month on or before the publication month.
 * - `future`: the next such month on or after the publication month.
 * - `last`: strictly before the publication month ("last March").
 * - `next`: strictly after the publication month ("next March").
 * - `this`: in the publication year ("this March").
 */
export type MonthDirection = 'past' | 'future' | 'last' | 'next' | 'this';

/** The year of `month` (1–12) relative to `pub`, by {@link MonthDirection}. */
export function monthYear(pub: string, month: number, direction: MonthDirection): number {
  const y = yearOf(pub);
  const m = monthOf(pub);
  switch (direction) {
    case 'past':
      return month <= m ? y : y - 1;
    case 'future':
      return month >= m ? y : y + 1;
    case 'last':
      return month < m ? y : y - 1;
    case 'next':
      return month > m ? y : y + 1;
    case 'this':
      return y;
  }
}

/**
 * The whole calendar month `month` (1–12) relative to `pub`.
 *
 * @example resolveMonth('2019-01-09', 11, 'past') // { start: '2018-11-01', end: '2018-11-30' }
 */
export function resolveMonth(pub: string, month: number, direction: MonthDirection): DayRange {
  return monthRange(monthYear(pub, month, direction), month);
}

/** The month direction a clause tense implies: future clauses look ahead, all others back. */
export function directionOfTense(tense: Tense): 'past' | 'future' {
  return tense === 'future' ? 'future' : 'past';
}

/** Days a day-and-month may lie on the "wrong" side of `pub` before its year is moved. */
export const YEAR_SHIFT_DAYS = 30;

/**
 * Year of a day-and-month written without a year: the publication year, unless the
 * clause tense makes another fit better — a past (or tenseless) clause whose date would
 * fall more than {@link YEAR_SHIFT_DAYS} days after `pub` moves to the previous year; a
 * future clause whose date would fall more than 30 days before `pub` moves to the next.
 * Returns `null` when the day does not exist (29 February in a common year).
 */
export function inferYear(pub: string, month: number, day: number, tense: Tense): number | null {
  const y = yearOf(pub);
  let year = y;
  if (isValidDate(y, month, day)) {
    const diff = diffDays(toIso(y, month, day), pub);
    if (tense === 'future' && diff < -YEAR_SHIFT_DAYS) year = y + 1;
    else if (tense !== 'future' && diff > YEAR_SHIFT_DAYS) year = y - 1;
  } else if (month === 2 && day === 29) {
    // Only a leap year has the day: take the nearest one on the tense's side.
    year = tense === 'future' ? y + 1 : y - 1;
    while (!isValidDate(year, month, day) && Math.abs(year - y) < 8) year += tense === 'future' ? 1 : -1;
  }
  return isValidDate(year, month, day) ? year : null;
}

/** A part of a month, year or season. */
export type Part = 'early' | 'mid' | 'late';

/**
 * Days of a part of a month: early = 1–10, mid = 11–20, late (and "end of") = 20–last day.
 *
 * @example monthPartRange(2018, 12, 'early') // { start: '2018-12-01', end: '2018-12-10' }
 */
export function monthPartRange(year: number, month: number, part: Part): DayRange {
  const last = daysInMonth(year, month);
  switch (part) {
    case 'early':
      return { start: toIso(year, month, 1), end: toIso(year, month, 10) };
    case 'mid':
      return { start: toIso(year, month, 11), end: toIso(year, month, 20) };
    case 'late':
      return { start: toIso(year, month, 20), end: toIso(year, month, last) };
  }
}

/** Months of a part of a year: early = January–April, mid = May–August, late (and "end of") = September–December. */
export function yearPartRange(year: number, part: Part): DayRange {
  switch (part) {
    case 'early':
      return { start: toIso(year, 1, 1), end: toIso(year, 4, 30) };
    case 'mid':
      return { start: toIso(year, 5, 1), end: toIso(year, 8, 31) };
    case 'late':
      return { start: toIso(year, 9, 1), end: toIso(year, 12, 31) };
  }
}

/**
 * Days of `season` of `year` (northern hemisphere): spring March–May, summer June–August,
 * autumn September–November, winter December of `year` to the end of February of the next.
 */
export function seasonRange(season: Season, year: number): DayRange {
  const first = SEASON_START_MONTH[season];
  const endYear = season === 'winter' ? year + 1 : year;
  const lastMonth = season === 'winter' ? 2 : first + 2;
  return { start: toIso(year, first, 1), end: toIso(endYear, lastMonth, daysInMonth(endYear, lastMonth)) };
}

/** One month of a season: early = first, mid = second, late = third month. */
export function seasonPartRange(season: Season, year: number, part: Part): DayRange {
  const index = part === 'early' ? 0 : part === 'mid' ? 1 : 2;
  const m0 = SEASON_START_MONTH[season] - 1 + index;
  return monthRange(year + Math.floor(m0 / 12), (m0 % 12) + 1);
}

/**
 * How to pick the year of a season named without one.
 * - `past`: the most recent one that has begun by `pub`.
 * - `future`: the nearest one that has not ended before `pub`.
 * - `this`: the one of the publication year (in January–February, "this winter" is the current one).
 * - `last`: the most recent one that ended before `pub`.
 * - `next`: the first one that begins after `pub`.
 */
export type SeasonDirection = 'past' | 'future' | 'this' | 'last' | 'next';

/** The year (of its first month) of `season` relative to `pub`. */
export function seasonYear(pub: string, season: Season, direction: SeasonDirection): number {
  const y = yearOf(pub);
  switch (direction) {
    case 'this':
      return season === 'winter' && monthOf(pub) <= 2 ? y - 1 : y;
    case 'past': {
      let year = y + 1;
      while (seasonRange(season, year).start > pub) year--;
      return year;
    }
    case 'future': {
      let year = y - 2;
      while (seasonRange(season, year).end < pub) year++;
      return year;
    }
    case 'last': {
      let year = y + 1;
      while (seasonRange(season, year).end >= pub) year--;
      return year;
    }
    case 'next': {
      let year = y - 2;
      while (seasonRange(season, year).start <= pub) year++;
      return year;
    }
  }
}

/**
 * Days of `season` relative to `pub`.
 *
 * @example resolveSeason('2023-07-13', 'autumn', 'future') // { start: '2023-09-01', end: '2023-11-30' }
 */
export function resolveSeason(pub: string, season: Season, direction: SeasonDirection): DayRange {
  return seasonRange(season, seasonYear(pub, season, direction));
}

/** The Monday–Sunday week `offset` weeks from the week of `pub` (0 = this week, −1 = last week). */
export function weekRange(pub: string, offset: number): DayRange {
  const monday = addDays(startOfWeek(pub), 7 * offset);
  return { start: monday, end: addDays(monday, 6) };
}

/**
 * A Saturday–Sunday weekend relative to `pub`.
 * - `this`: the weekend of the Monday–Sunday week of `pub` (the coming one on weekdays, the current one at weekends).
 * - `next`: the first weekend whose Saturday is after `pub`.
 * - `last`: the most recent weekend whose Sunday is before `pub`.
 * - `past`: the most recent weekend that has begun by `pub` ("over the weekend" in a past clause).
 * - `future`: the nearest weekend that has not ended before `pub`.
 */
export function resolveWeekend(pub: string, direction: 'this' | 'next' | 'last' | 'past' | 'future'): DayRange {
  let saturday: string;
  switch (direction) {
    case 'this':
    case 'future':
      saturday = addDays(endOfWeek(pub), -1);
      break;
    case 'next':
      saturday = resolveWeekday(pub, 6, 'coming');
      break;
    case 'last':
      saturday = addDays(resolveWeekday(pub, 0, 'last'), -1);
      break;
    case 'past':
      saturday = weekdayOf(pub) === 0 ? addDays(pub, -1) : resolveWeekday(pub, 6, 'last');
      break;
  }
  return { start: saturday, end: addDays(saturday, 1) };
}
