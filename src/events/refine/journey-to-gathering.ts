import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';
import { partyCountry, sameParty } from '../party.js';

/** How many sentences before a journey the gathering it goes to may be told. */
const REACH = 4;

/**
 * "Pacific Islands Forum leaders meet in Tonga this week. Albanese arrived in Nuku'alofa on Monday
 * for the meeting": a journey whose purpose is a definite gathering noun ("for the meeting", "for
 * the summit") goes to the summit told a few sentences before in the country it goes to. Its
 * traveller attends that summit, and the journey is no visit of its own.
 */
export function journeysToGatherings(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  return drafts.filter((d) => {
    const summit = gatheringGoneTo(ctx, d, drafts);
    if (!summit) return true;
    for (const p of d.parties) if (!p.host && !summit.parties.some((q) => sameParty(q, p))) summit.parties.push({ ...p, host: false });
    return false;
  });
}

/** The summit a journey draft goes to "for the meeting", when there is one. */
function gatheringGoneTo(ctx: EventContext, d: EventDraft, drafts: EventDraft[]): EventDraft | undefined {
  if (d.type !== 'meeting' || d.mentions.length !== 2) return undefined;
  const [journey, purpose] = d.mentions;
  if (!journey || !purpose || journey.hit.entry.id !== 'travel' || purpose.hit.sentence !== journey.hit.sentence) return undefined;
  if (!purpose.definite || ctx.folded[purpose.hit.first - 2] !== 'for') return undefined;
  const host = d.parties.find((p) => p.host);
  const country = partyCountry(host, ctx.people) ?? d.place?.value.country;
  const sentence = journey.hit.sentence;
  return drafts.find((s) => s.type === 'summit' && s !== d && s.place?.value.country === country && s.mentions.some((m) => m.hit.sentence < sentence && sentence - m.hit.sentence <= REACH));
}
