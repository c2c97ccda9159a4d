import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';
import type { Party } from '../party.js';
import { withinSummitDays } from './attendees.js';
import { byMedium, MEDIUM_FREE } from './medium.js';

/**
 * "Biden and Hun Sen talked for close to an hour on Saturday", in a report of the summit both
 * attend: a talk that names no medium, between people who attend a summit that took place, on a
 * day of the summit (or none), was held there in person: a meeting, at the summit's place when it
 * has none of its own.
 */
export function talksAtSummit(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  const summits = drafts.filter((d) => d.type === 'summit' && d.status.value === 'occurred');
  if (summits.length === 0) return drafts;
  for (const d of drafts) {
    if (d.type !== 'phone_call' || d.status.value !== 'occurred') continue;
    if (!d.mentions.every((m) => MEDIUM_FREE.has(m.hit.entry.id) && !byMedium(ctx, m))) continue;
    const people = d.parties.filter((p) => p.kind === 'person');
    if (people.length < 2 || people.length !== d.parties.length) continue;
    const summit = summits.find((s) => people.every((p) => attends(s, p)) && withinSummitDays(s, d));
    if (!summit) continue;
    d.type = 'meeting';
    if (!d.place && summit.place) d.place = { value: summit.place.value, certainty: 'inherited' };
  }
  return drafts;
}

function attends(summit: EventDraft, p: Party): boolean {
  return p.kind === 'person' && summit.parties.some((q) => q.kind === 'person' && q.personId === p.personId);
}
