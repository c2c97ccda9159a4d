import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';
import type { Party } from '../party.js';

/** Words that put a contact on the edge of a gathering ("on the sidelines of the event"). */
const SIDELINES: ReadonlySet<string> = new Set(['sidelines', 'sideline', 'margins', 'margin', 'fringes', 'fringe']);

/** Nouns by which a text refers back to a summit it has named ("the event", "the gathering"). */
const GATHERINGS: ReadonlySet<string> = new Set(['event', 'gathering', 'forum', 'conference', 'summit', 'meeting', 'assembly', 'meet', 'talks']);

/**
 * The leaders who meet on the sidelines of a named summit attend it: a contact whose sentence puts
 * it "on the sidelines of" the summit, or of "the event" after the summit was named, adds its
 * parties to the summit (a country host of a visit does not attend).
 */
export function collectAttendees(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  const summits = drafts.filter((d) => d.type === 'summit' && d.mentions.some((m) => m.multilateral));
  if (summits.length === 0) return drafts;
  for (const d of drafts) {
    if (d.type === 'summit') continue;
    for (const m of d.mentions) {
      const cue = sidelinesAt(ctx, m.hit.sentence);
      if (cue < 0) continue;
      const summit = latestBefore(summits, cue);
      if (summit) addAttendees(summit, d.parties);
    }
  }
  return drafts;
}

/** Token index of "sidelines of the event/summit …" in a sentence, or -1. */
function sidelinesAt(ctx: EventContext, index: number): number {
  const s = ctx.doc.sentences[index];
  if (!s) return -1;
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (!SIDELINES.has(ctx.folded[i] ?? '')) continue;
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

function addAttendees(summit: EventDraft, parties: Party[]): void {
  for (const p of parties) {
    if (p.kind === 'group' || (p.kind === 'country' && p.host)) continue;
    const known = summit.parties.some((q) => (q.kind === 'person' && p.kind === 'person' && q.personId === p.personId) || (q.kind === 'country' && p.kind === 'country' && q.code === p.code));
    if (!known) summit.parties.push({ ...p, host: false });
  }
}
