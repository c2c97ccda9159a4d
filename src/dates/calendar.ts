/**
 * Pure calendar arithmetic on ISO `YYYY-MM-DD` strings.
 *
 * Every function works on the proleptic Gregorian calendar with plain integer arithmetic
 * (no `Date`, no time zones), so results never depend on the machine's locale or zone.
 * Weekdays are numbered like `Date#getUTCDay`: 0 = Sunday … 6 = Saturday.
 */

/** A calendar day broken into numbers (`month` 1–12, `day` 1–31). */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** An inclusive stretch of calendar days, both ends ISO `YYYY-MM-DD`. */
export interface DayRange {
  /** First day covered. */
  start: string;
  /** Last day covered (equal to `start` for one day). */
  end: string;
}

/** Whether `year` has a 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in `month` (1–12) of `year`; 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/** Whether the numbers name a real calendar day (years 1–9999). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats a day as ISO `YYYY-MM-DD`. Throws a `RangeError` for an impossible day. */
export function toIso(year: number, month: number, day: number): string {
  if (!isValidDate(year, month, day)) throw new RangeError(`Invalid date ${year}-${month}-${day}`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parses a strict ISO `YYYY-MM-DD` string; `null` when malformed or not a real day. */
export function parseIso(iso: string): CivilDate | null {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return null;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const c = iso.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** Whether `iso` is a valid `YYYY-MM-DD` day. */
export function isIsoDate(iso: string): boolean {
  return parseIso(iso) !== null;
}

function civil(iso: string): CivilDate {
  const d = parseIso(iso);
  if (!d) throw new RangeError(`Not an ISO YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  return d;
}

/** Days since 1970-01-01 (negative before), after H. Hinnant's `days_from_civil`. */
export function toDayNumber(iso: string): number {
  const { year, month, day } = civil(iso);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO day `n` days after 1970-01-01 (inverse of {@link toDayNumber}). */
export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return toIso(year, month, day);
}

/** `iso` moved by `days` (may be negative). */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** `iso` moved by whole months, the day clamped to the target month's length (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = civil(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return toIso(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Number of days from `b` to `a` (`a − b`). */
export function diffDays(a: string, b: string): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** Weekday of `iso`: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7;
}

/** The Monday on or before `iso` (weeks run Monday–Sunday). */
export function startOfWeek(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

/** The Sunday on or after `iso` (weeks run Monday–Sunday). */
export function endOfWeek(iso: string): string {
  return addDays(startOfWeek(iso), 6);
}

/** First day of the month of `iso`. */
export function startOfMonth(iso: string): string {
  const { year, month } = civil(iso);
  return toIso(year, month, 1);
}

/** Last day of the month of `iso` (handles leap years). */
export function endOfMonth(iso: string): string {
  const { year, month } = civil(iso);
  return toIso(year, month, daysInMonth(year, month));
}

/** 1 January of the year of `iso`. */
export function startOfYear(iso: string): string {
  return toIso(civil(iso).year, 1, 1);
}

/** 31 December of the year of `iso`. */
export function endOfYear(iso: string): string {
  return toIso(civil(iso).year, 12, 31);
}

/** Year (number) of `iso`. */
export function yearOf(iso: string): number {
  return civil(iso).year;
}

/** Month (1–12) of `iso`. */
export function monthOf(iso: string): number {
  return civil(iso).month;
}

/** The whole calendar month `month` of `year`. */
export function monthRange(year: number, month: number): DayRange {
  return { start: toIso(year, month, 1), end: toIso(year, month, daysInMonth(year, month)) };
}

/** The whole calendar year. */
export function yearRange(year: number): DayRange {
  return { start: toIso(year, 1, 1), end: toIso(year, 12, 31) };
}

/** A range of one day. */
export function dayRange(iso: string): DayRange {
  return { start: iso, end: iso };
}

/** The earlier of two ISO days. */
export function minIso(a: string, b: string): string {
  return a <= b ? a : b;
}

/** The later of two ISO days. */
export function maxIso(a: string, b: string): string {
  return a >= b ? a : b;
}
