import type { DiplomaticEvent, EventLocation, Participant } from '../types.js';
import { narrowest } from './dates.js';
import { fold } from '../text/fold.js';
import { isCountry, type Report } from './clusters.js';
import type { EventSource, MergedEvent } from './types.js';

/** The merged record of one cluster of reports. */
export function toMerged(cluster: Report[], id: string): MergedEvent {
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
        const key = fold(p.name);
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
