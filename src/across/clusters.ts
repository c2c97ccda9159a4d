import type { DiplomaticEvent, EventLocation } from '../types.js';
import { countryName } from '../entities/countries/index.js';
import { dateFit } from './dates.js';
import { sameSides, type Side } from './sides.js';
import type { EventSource } from './types.js';

/** A report read for merging: its source, sides and position in the input. */
export interface Report {
  source: EventSource;
  sides: Side[];
  order: number;
}

/**
 * Adds a report to the cluster of its event: one whose reports' dates overlap it, else the only one
 * it may join loosely, else a new one (added to `clusters`). Returns the cluster it joined.
 */
export function place(clusters: Report[][], report: Report): Report[] {
  const fits = (c: Report[], want: ReadonlySet<string>): boolean =>
    c.every((r) => sameSides(r.sides, report.sides) && placesAgree(r.source.event, report.source.event)) && c.some((r) => want.has(dateFit(r.source.event, report.source.event))) && !c.some((r) => dateFit(r.source.event, report.source.event) === 'apart');
  const same = clusters.filter((c) => fits(c, SAME));
  const loose = same.length > 0 ? [] : clusters.filter((c) => fits(c, LOOSE));
  const target = same.length === 1 ? same[0] : same.length === 0 && loose.length === 1 ? loose[0] : undefined;
  if (target) {
    target.push(report);
    return target;
  }
  const fresh = [report];
  clusters.push(fresh);
  return fresh;
}

const SAME: ReadonlySet<string> = new Set(['same']);
const LOOSE: ReadonlySet<string> = new Set(['open', 'plan']);

/** Whether two reports' places agree: either gives none, or one name holds the other ("Beijing" and "Great Hall, Beijing"). */
function placesAgree(a: DiplomaticEvent, b: DiplomaticEvent): boolean {
  if (!a.location || !b.location) return true;
  const x = a.location.name.toLowerCase();
  const y = b.location.name.toLowerCase();
  return x.includes(y) || y.includes(x) || (!!a.location.country && a.location.country === b.location.country && (isCountry(a.location) || isCountry(b.location)));
}

export function isCountry(l: EventLocation): boolean {
  return !!l.country && countryName(l.country) === l.name;
}

