import type { DateRef, Person } from '../types.js';

/**
 * The dates that stand outside the names of people: "January" in "January Makamba" and "May" in
 * "Theresa May" are names, not months, once the people stage has read them so.
 */
export function datesOutsideNames(dates: DateRef[], people: readonly Person[]): DateRef[] {
  const names = people.flatMap((p) => p.mentions);
  return dates.filter((d) => !names.some((n) => d.span.start >= n.start && d.span.end <= n.end));
}
