import type { EventContext } from '../context.js';
import { isDeclined, type EventDraft } from '../merge.js';
import type { Party } from '../party.js';
import { toDayNumber } from '../../dates/calendar.js';
import { AROUND_GATHERING, SIDELINE_WORDS } from '../lexicon.js';

/** Nouns by which a text refers back to a summit it has named ("the event", "the gathering"). */
const GATHERINGS: ReadonlySet<string> = new Set(['event', 'gathering', 'forum', 'conference', 'summit', 'meeting', 'assembly', 'meet', 'talks']);

/**
 * The leaders who meet on the sidelines of a named summit attend it: a contact whose sentence puts
 * it "on the sidelines of" the summit, or of "the event" after the summit was named, adds its
 * parties to the summit (a country host of a visit does not attend), and takes the summit's place,
 * and its dates when the text gives the contact none.
 */
export function collectAttendees(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  const summits = drafts.filter((d) => d.type === 'summit' && d.mentions.some((m) => m.multilateral) && !isDeclined(d));
  if (summits.length === 0) return drafts;
  for (const d of drafts) {
    // a summit of its own is no contact on another's sidelines; two leaders' "summit talks" may be
    if (summits.includes(d) || (d.type === 'summit' && d.mentions.some((m) => m.multilateral))) continue;
    const summit = summitOf(ctx, d, summits);
    if (summit) {
      addAttendees(summit, d.parties);
      inheritVenue(d, summit);
      continue;
    }
    // told after the summit: held there, but on a day of its own (the report's, say), not the summit's first
    const after = followsSummit(d, summits);
    if (!after) continue;
    addAttendees(after, d.parties);
    if (after.place && !d.place) d.place = { value: after.place.value, certainty: 'inherited' };
  }
  return drafts;
}

/** The summit a contact stands on the sidelines of: named in one of its sentences with a cue of place, or referred to there ("of the event"). */
function summitOf(ctx: EventContext, d: EventDraft, summits: EventDraft[]): EventDraft | undefined {
  for (const m of d.mentions) {
    const cue = sidelinesAt(ctx, m.hit.sentence);
    const referred = cue >= 0 ? latestBefore(summits, cue) : undefined;
    if (referred) return referred;
    const named = summits.find((s) => s.mentions.some((x) => x.hit.sentence === m.hit.sentence && atSummit(ctx, x.hit.first)));
    if (named) return named;
  }
  return undefined;
}

/** How many sentences after a summit's report a meeting with no place of its own is still told as held there. */
const FOLLOWING_SENTENCES = 2;

/**
 * "The G20 summit opened in Rio on Monday. Xi held bilateral meetings with A, B and C": a meeting
 * that happened, told right after a summit that took place, with no place of its own and no date
 * outside the summit's days, was held at the summit.
 */
function followsSummit(d: EventDraft, summits: EventDraft[]): EventDraft | undefined {
  if (d.type !== 'meeting' || d.status.value !== 'occurred' || d.place?.certainty === 'stated') return undefined;
  const first = d.mentions[0]?.hit.sentence ?? 0;
  // the summit told last before the meeting, if it is reported (a date or a place of its own), not only named ("what was then the G8")
  let last: { summit: EventDraft; told: number } | undefined;
  for (const s of summits) {
    for (const m of s.mentions) if (m.hit.sentence < first && (!last || m.hit.sentence > last.told)) last = { summit: s, told: m.hit.sentence };
  }
  if (!last || first - last.told > FOLLOWING_SENTENCES) return undefined;
  const s = last.summit;
  const reported = s.date?.certainty === 'stated' || s.place?.certainty === 'stated';
  return s.status.value === 'occurred' && reported && s.mentions.some((x) => x.multilateral) && withinSummitDays(s, d) ? s : undefined;
}

/** How many days past the last day a summit's text gives it may still run ("opened on Monday"). */
const SUMMIT_DAYS = 3;

/** Whether a contact's date (if any) falls within a summit's days. */
export function withinSummitDays(summit: EventDraft, d: EventDraft): boolean {
  const s = summit.date?.value;
  const c = d.date?.value;
  if (!s || !c) return true;
  return c.start >= s.start && toDayNumber(c.end) - toDayNumber(s.end) <= SUMMIT_DAYS;
}

/** Words right before a summit's name that put a contact there ("on the sidelines of the G20 summit", "at the summit", "during the summit"). */
const AT_WORDS: ReadonlySet<string> = new Set(['at', 'during', 'of', 'on', 'in']);

/** Words that put a contact before or after a summit, not at it ("ahead of the summit"). */
const NOT_AT: ReadonlySet<string> = new Set([...AROUND_GATHERING, 'next']);

/** Whether the summit named at `first` is where its sentence's contact happens ("met on the sidelines of the summit in Astana"). */
function atSummit(ctx: EventContext, first: number): boolean {
  let at = false;
  for (let i = first - 1; i >= Math.max(0, first - 6); i--) {
    const w = ctx.folded[i] ?? '';
    if (NOT_AT.has(w)) return false;
    if (SIDELINE_WORDS.has(w) || (AT_WORDS.has(w) && w !== 'of' && w !== 'on' && w !== 'in')) at = true;
  }
  return at;
}

/** A contact at a summit takes the summit's place, and its dates when it has none of its own. */
function inheritVenue(d: EventDraft, summit: EventDraft): void {
  if (summit.place && (!d.place || (d.place.certainty !== 'stated' && d.place.value.wholeCountry))) d.place = { value: summit.place.value, certainty: 'inherited' };
  if (summit.date && !d.date) d.date = { value: summit.date.value, certainty: 'inherited' };
}

/** Token index of "sidelines of the event/summit …" in a sentence, or -1. */
function sidelinesAt(ctx: EventContext, index: number): number {
  const s = ctx.doc.sentences[index];
  if (!s) return -1;
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (!SIDELINE_WORDS.has(ctx.folded[i] ?? '')) continue;
    // "On the sidelines, X met Y": the summit named before
    if (ctx.folded[i + 1] !== 'of') return i;
    // "of the event", "of the summit": a bare reference; "of the U.N. General Assembly": a gathering named for itself
    const named = [i + 1, i + 2, i + 3].some((j) => j < s.endToken && /^\p{Lu}/u.test(ctx.texts[j] ?? ''));
    if (named) continue;
    for (let j = i + 1; j < Math.min(s.endToken, i + 8); j++) if (GATHERINGS.has(ctx.lemmas[j] ?? '')) return j;
  }
  return -1;
}

/** The summit named last before token `at` (or in its sentence). */
function latestBefore(summits: EventDraft[], at: number): EventDraft | undefined {
  let best: EventDraft | undefined;
  let bestAt = -1;
  for (const d of summits) {
    for (const m of d.mentions) if (m.hit.first <= at + 2 && m.hit.first > bestAt) [best, bestAt] = [d, m.hit.first];
  }
  return best;
}

export function addAttendees(summit: EventDraft, parties: Party[]): void {
  for (const p of parties) {
    if (p.kind === 'group' || (p.kind === 'country' && p.host)) continue;
    const known = summit.parties.some((q) => (q.kind === 'person' && p.kind === 'person' && q.personId === p.personId) || (q.kind === 'country' && p.kind === 'country' && q.code === p.code));
    if (!known) summit.parties.push({ ...p, host: false });
  }
}
