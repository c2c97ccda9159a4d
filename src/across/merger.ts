import type { ArticleResult, MergedEvent } from './types.js';
import { place, type Report } from './clusters.js';
import { toMerged } from './record.js';
import { sidesKey, sidesOf } from './sides.js';
import { toDayNumber } from '../dates/calendar.js';

/** A cluster of reports, with the last day it concerns (its latest event date or publication). */
interface Cluster {
  reports: Report[];
  lastDay: number;
}

/**
 * Merges reports as they come (see `mergeAcross` for the identity rule). With `closeAfterDays`,
 * a feed read in publication order is merged in bounded memory: an event no report has concerned
 * for that many days before the newest publication date is closed and returned by `add`, and a
 * later report of it starts a new record.
 */
export class EventMerger {
  private readonly buckets = new Map<string, Cluster[]>();
  private order = 0;
  private emitted = 0;
  private newest = Number.NEGATIVE_INFINITY;

  constructor(private readonly closeAfterDays = Number.POSITIVE_INFINITY) {}

  /** Adds an article's events; returns the events this article's date closes (none without `closeAfterDays`). */
  add(item: ArticleResult): MergedEvent[] {
    const events = item?.result?.events;
    if (!Array.isArray(events)) return [];
    const publishedAt = item.result.publishedAt ?? null;
    const newest = publishedAt ? Math.max(this.newest, toDayNumber(publishedAt)) : this.newest;
    // every open event was last checked against `this.newest`: only a newer day, or an event this
    // article touched that is already past it (a late report), can close one
    let stale = false;
    for (const event of events) {
      const report: Report = { source: { id: item.id, publishedAt, event }, sides: sidesOf(event), order: this.order++ };
      if (report.sides.length === 0) continue;
      const cluster = this.join(`${event.type}|${sidesKey(report.sides)}`, report);
      stale ||= cluster.lastDay < newest - this.closeAfterDays;
    }
    const advanced = newest > this.newest;
    this.newest = newest;
    if (!Number.isFinite(this.closeAfterDays) || (!advanced && !stale)) return [];
    return this.close((c) => c.lastDay < this.newest - this.closeAfterDays);
  }

  /** Puts a report in its event's cluster (a new one when none fits) and returns that cluster. */
  private join(key: string, report: Report): Cluster {
    const clusters = this.buckets.get(key) ?? [];
    const joined = place(clusters.map((c) => c.reports), report);
    let cluster = clusters.find((c) => c.reports === joined);
    if (!cluster) {
      cluster = { reports: joined, lastDay: Number.NEGATIVE_INFINITY };
      clusters.push(cluster);
    }
    cluster.lastDay = Math.max(cluster.lastDay, dayOf(report));
    this.buckets.set(key, clusters);
    return cluster;
  }

  /** Closes and returns every event still open, in order of first report. */
  finish(): MergedEvent[] {
    return this.close(() => true);
  }

  private close(done: (c: Cluster) => boolean): MergedEvent[] {
    const closed: Report[][] = [];
    for (const [key, clusters] of this.buckets) {
      const open = clusters.filter((c) => !done(c));
      for (const c of clusters) if (done(c)) closed.push(c.reports);
      if (open.length > 0) this.buckets.set(key, open);
      else this.buckets.delete(key);
    }
    closed.sort((a, b) => (a[0]?.order ?? 0) - (b[0]?.order ?? 0));
    return closed.map((c) => toMerged(c, `m${++this.emitted}`));
  }
}

/** The last day a report concerns: its event's last day, or its publication day. */
function dayOf(r: Report): number {
  const days = [r.source.event.date?.end, r.source.publishedAt].filter((d): d is string => typeof d === 'string').map(toDayNumber);
  return days.length > 0 ? Math.max(...days) : Number.NEGATIVE_INFINITY;
}
