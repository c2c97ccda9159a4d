import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';
import { partyCountry, sameParty } from '../party.js';
import { SIDELINE_WORDS } from '../lexicon.js';
import { wordBetween } from '../phrase-at.js';

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

/** Nouns of a gathering of many states that a journey may be for ("to attend the forum", "on the sidelines of the assembly"). */
const GATHERING_NOUNS: ReadonlySet<string> = new Set(['summit', 'conference', 'forum', 'assembly', 'dialogue', 'session', 'ministerial', 'congress', 'gathering', 'meeting', 'meetings']);

/** Verbs of taking part in a gathering, by lemma. */
const ATTEND_LEMMAS: ReadonlySet<string> = new Set(['attend', 'participate']);

/** Words that make a journey a visit to its hosts whatever else it is for ("a state visit", "an official visit"). */
const BILATERAL_VISIT_WORDS: ReadonlySet<string> = new Set(['state', 'official', 'bilateral', 'working']);

/**
 * "X flew to Antalya to attend the Antalya Diplomacy Forum", "X, who is on a visit to the US, met
 * counterparts on the sidelines of the UN General Assembly": a journey its sentence gives a
 * gathering of many states for purpose is no visit to the country that hosts the gathering (as
 * "leaders are arriving in Kazan to participate in the summit" is none to Russia); not a state or
 * official visit.
 */
export function visitsForGatherings(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  return drafts.filter((d) => !(d.type === 'meeting' && journeyOnly(d) && d.mentions.every((m) => gatheringIsPurpose(ctx, m.hit.sentence, m.hit.end))));
}

/** How far after a journey's trigger the gathering it is for may be named ("flew to Antalya on Thursday to attend the forum"). */
const PURPOSE_REACH = 12;

/** Whether a draft is a traveller and the country they go to, told only by journeys. */
function journeyOnly(d: EventDraft): boolean {
  const people = d.parties.filter((p) => p.kind === 'person');
  const hosts = d.parties.filter((p) => p.kind === 'country' && p.host);
  return people.length === 1 && hosts.length === 1 && d.parties.length === 2 && d.mentions.every((m) => m.hit.entry.role === 'visit');
}

/**
 * Whether sentence `index` gives the journey ending at token `after` a gathering of many states for
 * purpose (its contacts on the sidelines of one, or "to attend" one right after the journey), and
 * calls it no state or official visit.
 */
function gatheringIsPurpose(ctx: EventContext, index: number, after: number): boolean {
  const s = ctx.doc.sentences[index];
  if (!s) return false;
  let purpose = false;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const w = ctx.folded[i] ?? '';
    if (BILATERAL_VISIT_WORDS.has(w) && ['visit', 'visits'].includes(ctx.folded[i + 1] ?? '')) return false;
    if (SIDELINE_WORDS.has(w)) purpose = true;
    const infinitive = ctx.folded[i - 1] === 'to' && i > after && i - after <= PURPOSE_REACH;
    if (infinitive && ATTEND_LEMMAS.has(ctx.lemmas[i] ?? '') && wordBetween(ctx.folded, i + 1, Math.min(s.endToken, i + 9), GATHERING_NOUNS)) purpose = true;
  }
  return purpose;
}
