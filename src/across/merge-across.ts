import type { DiplomaticEvent, EventLocation, Participant } from '../types.js';
import { InvalidArgumentError } from '../errors.js';
import { countryName } from '../entities/countries/index.js';
import { dateFit, narrowest } from './dates.js';
import { sameSides, sidesKey, sidesOf, type Side } from './sides.js';
import type { ArticleResult, EventSource, MergedEvent } from './types.js';

/** A report read for merging: its source, sides and position in the input. */
interface Report {
  source: EventSource;
  sides: Side[];
  order: number;
}

/**
 * Merges the events of many articles into one record per real-world event. Two reports are one
 * event when they have the same type (a call is never a meeting), the same parties (the same
 * states, and the same person wherever both name one for a state: a country stands for its
 * leader), compatible dates (overlapping ranges; a report with no date, or a plan and the contact
 * that followed it within 45 days, only when no other event competes) and places that agree where
 * both give one. Reports are bucketed by type and states, so the work grows with the reports of
 * each pair of states, not with all pairs.
 *
 * @throws {InvalidArgumentError} when `items` is not iterable.
 */
export function mergeAcross(items: Iterable<ArticleResult>): MergedEvent[] {
  if (items === null || items === undefined || typeof (items as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw new InvalidArgumentError('items', 'an iterable of { id, result } objects', items);
  }
  const buckets = new Map<string, Report[][]>();
  let order = 0;
  for (const item of items) {
    const events = item?.result?.events;
    if (!Array.isArray(events)) continue;
    for (const event of events) {
      const report: Report = { source: { id: item.id, publishedAt: item.result.publishedAt ?? null, event }, sides: sidesOf(event), order: order++ };
      if (report.sides.length === 0) continue;
      const key = `${event.type}|${sidesKey(report.sides)}`;
      const clusters = buckets.get(key) ?? [];
      place(clusters, report);
      buckets.set(key, clusters);
    }
  }
  const clusters = [...buckets.values()].flat().sort((a, b) => (a[0]?.order ?? 0) - (b[0]?.order ?? 0));
  return clusters.map((c, k) => toMerged(c, `m${k + 1}`));
}

/** Adds a report to the cluster of its event: one whose reports' dates overlap it, else the only one it may join loosely, else a new one. */
function place(clusters: Report[][], report: Report): void {
  const fits = (c: Report[], want: ReadonlySet<string>): boolean =>
    c.every((r) => sameSides(r.sides, report.sides) && placesAgree(r.source.event, report.source.event)) && c.some((r) => want.has(dateFit(r.source.event, report.source.event))) && !c.some((r) => dateFit(r.source.event, report.source.event) === 'apart');
  const same = clusters.filter((c) => fits(c, SAME));
  const loose = same.length > 0 ? [] : clusters.filter((c) => fits(c, LOOSE));
  const target = same.length === 1 ? same[0] : same.length === 0 && loose.length === 1 ? loose[0] : undefined;
  if (target) target.push(report);
  else clusters.push([report]);
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

function isCountry(l: EventLocation): boolean {
  return !!l.country && countryName(l.country) === l.name;
}

/** The merged record of one cluster of reports. */
function toMerged(cluster: Report[], id: string): MergedEvent {
  const sources = [...cluster].sort(byPublication).map((r) => r.source);
  const latest = sources[sources.length - 1]?.event;
  const status = latest?.status ?? 'occurred';
  // the date of the reports that tell the final status first ("it took place on the 20th" over the plan's "in June")
  const final = sources.filter((s) => s.event.status === status).map((s) => s.event.date);
  const date = narrowest(final) ?? narrowest(sources.map((s) => s.event.date));
  return {
    id,
    type: cluster[0]?.source.event.type ?? 'meeting',
    participants: participantsOf(sources.map((s) => s.event)),
    date,
    location: mostSpecific(sources.map((s) => s.event.location)),
    status,
    sources,
    confidence: combined(sources),
  };
}

/** By publication date (undated last), then input order. */
function byPublication(a: Report, b: Report): number {
  const pa = a.source.publishedAt ?? '9999-12-31';
  const pb = b.source.publishedAt ?? '9999-12-31';
  return pa < pb ? -1 : pa > pb ? 1 : a.order - b.order;
}

/** Every person any report names (once, by folded name), then each state no person stands for. */
function participantsOf(events: DiplomaticEvent[]): Participant[] {
  const people = new Map<string, Participant>();
  const countries = new Map<string, Participant>();
  for (const e of events) {
    for (const p of e.participants) {
      if (p.name) {
        const key = p.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
        if (!people.has(key)) people.set(key, { name: p.name, ...(p.country ? { country: p.country } : {}), ...(p.role ? { role: p.role } : {}) });
      } else if (p.country && !countries.has(p.country)) countries.set(p.country, { country: p.country });
    }
  }
  const named = new Set([...people.values()].map((p) => p.country));
  return [...people.values(), ...[...countries.values()].filter((c) => !named.has(c.country))];
}

/** A city (or venue) over a country; among equals the one most reports give, then the first. */
function mostSpecific(locations: ReadonlyArray<EventLocation | null>): EventLocation | null {
  const given = locations.filter((l): l is EventLocation => l !== null);
  const specific = given.filter((l) => !isCountry(l));
  const pool = specific.length > 0 ? specific : given;
  let best: EventLocation | null = null;
  let bestCount = 0;
  for (const l of pool) {
    const count = pool.filter((o) => o.name === l.name).length;
    if (count > bestCount) [best, bestCount] = [l, count];
  }
  return best;
}

/** 1 − Π(1 − c) over articles (the most confident report of each), rounded to two decimals. */
function combined(sources: EventSource[]): number {
  const byArticle = new Map<unknown, number>();
  for (const s of sources) byArticle.set(s.id, Math.max(byArticle.get(s.id) ?? 0, s.event.confidence));
  let doubt = 1;
  for (const c of byArticle.values()) doubt *= 1 - Math.min(1, Math.max(0, c));
  return Math.round((1 - doubt) * 100) / 100;
}
