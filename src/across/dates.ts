import type { DateRef, EventStatus } from '../types.js';
import { toDayNumber } from '../dates/calendar.js';

/** How many days apart a plan and the report of the contact may be and still be one contact ("postponed to the 20th"). */
export const PLAN_SLACK_DAYS = 45;

/** Whether two dates overlap (day ranges); a missing date overlaps nothing and clashes with nothing. */
export function overlaps(a: DateRef | null, b: DateRef | null): boolean {
  return !!a && !!b && a.start <= b.end && b.start <= a.end;
}

/** Days from the end of one range to the start of the other (0 when they overlap). */
export function gapDays(a: DateRef, b: DateRef): number {
  if (overlaps(a, b)) return 0;
  return a.end < b.start ? toDayNumber(b.start) - toDayNumber(a.end) : toDayNumber(a.start) - toDayNumber(b.end);
}

/**
 * How well two reports' dates fit one contact: `same` when they overlap, `open` when one report
 * gives no date (a match only when nothing else competes), `plan` when one is a plan the other
 * followed within {@link PLAN_SLACK_DAYS} (a postponement), `apart` otherwise (two calls a week
 * apart are two calls).
 */
export function dateFit(a: { date: DateRef | null; status: EventStatus }, b: { date: DateRef | null; status: EventStatus }): 'same' | 'open' | 'plan' | 'apart' {
  if (!a.date || !b.date) return 'open';
  if (overlaps(a.date, b.date)) return 'same';
  const plan = a.status !== 'occurred' || b.status !== 'occurred';
  return plan && gapDays(a.date, b.date) <= PLAN_SLACK_DAYS ? 'plan' : 'apart';
}

/** Length of a date in days (a day is 1). */
export function spanDays(d: DateRef): number {
  return toDayNumber(d.end) - toDayNumber(d.start) + 1;
}

/** The narrowest of some dates, the earliest among equals; `null` when none is given. */
export function narrowest(dates: ReadonlyArray<DateRef | null>): DateRef | null {
  let best: DateRef | null = null;
  for (const d of dates) if (d && (!best || spanDays(d) < spanDays(best) || (spanDays(d) === spanDays(best) && d.start < best.start))) best = d;
  return best;
}
