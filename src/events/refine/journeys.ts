import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';
import { partyCountry } from '../party.js';
import { diffDays } from '../../dates/calendar.js';
import type { DateRef } from '../../types.js';

/** How many sentences apart a journey and the contact it leads to may stand. */
const NEAR_SENTENCES = 6;

/**
 * "Merkel and Hollande landed in Minsk …; the four leaders met for talks", "Biden comes to Geneva
 * … to meet Putin": a journey (a verb of travel, not "visit") to a country where the text reports
 * another contact of the traveller is the way to that contact, not a visit of the country: it is
 * dropped (a journey still to come, though, does not lead to a contact that happened). A journey
 * that leads to no contact the text reports stays a visit. The country gone to may stand as its
 * leader the sentence names as host ("flies to Helsinki, where Niinisto will host him").
 */
export function journeysToContacts(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  return drafts.filter((d) => !leadsToContact(ctx, d, drafts));
}

function leadsToContact(ctx: EventContext, d: EventDraft, drafts: EventDraft[]): boolean {
  if (!d.mentions.every((m) => m.hit.entry.id === 'travel')) return false;
  // the country gone to, or its leader who stands for it ("flies to Helsinki, where Niinisto will host him")
  const host = d.parties.find((p) => p.host);
  const hostCountry = partyCountry(host, ctx.people);
  const travellers = d.parties.filter((p) => p.kind === 'person' && !p.host);
  if (!host || !hostCountry || travellers.length === 0) return false;
  const sentence = d.mentions[0]?.hit.sentence ?? 0;
  return drafts.some((e) => {
    if (e === d || !e.place || e.parties.every((p) => p.kind === 'country')) return false;
    const near = e.mentions.some((m) => Math.abs(m.hit.sentence - sentence) <= NEAR_SENTENCES);
    const there = e.place.value.country === hostCountry;
    const together = e.parties.some((p) => p.kind === 'person' && travellers.some((t) => t.kind === 'person' && t.personId === p.personId));
    const otherSide = e.parties.some((p) => partyCountry(p, ctx.people) !== partyCountry(travellers[0], ctx.people));
    // (a journey still to come leads to a contact still to come, not to one the text recalls)
    const recalled = d.status.value !== 'occurred' && e.status.value === 'occurred';
    // ("who last travelled to Angola in 2023, will be received by Lourenco next week": a journey of another time)
    const otherTime = d.date?.certainty === 'stated' && e.date?.certainty === 'stated' && weeksApart(d.date.value, e.date.value);
    return near && there && together && otherSide && !recalled && !otherTime;
  });
}

/** How many days may part a journey from the contact it leads to ("landed on Sunday … met on Monday"). */
const JOURNEY_GAP_DAYS = 14;

/** Whether two date ranges stand more than `JOURNEY_GAP_DAYS` apart. */
function weeksApart(a: DateRef, b: DateRef): boolean {
  return Math.max(diffDays(b.start, a.end), diffDays(a.start, b.end)) > JOURNEY_GAP_DAYS;
}
