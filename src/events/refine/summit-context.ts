import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';
import { lastSentenceUpTo, mentionedWithin } from './nearby-drafts.js';
import { SIDELINE_WORDS } from '../lexicon.js';

/** How many sentences before a contact the summit it belongs to may be reported. */
const REACH = 8;

/**
 * "Ishiba is expected to hold his first talks with Li on the sidelines on Thursday", in a report of
 * a summit: a meeting on the sidelines of no summit its sentence names is on those of the summit
 * reported last, and takes its place (inherited); and a leader who skipped "the meeting" stayed
 * away from that summit, held at its place.
 */
export function summitContext(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  const summits = drafts.filter((d) => d.type === 'summit' && d.place && !declined(d));
  if (summits.length === 0) return drafts;
  for (const d of drafts) {
    if (d.place) continue;
    const m = d.mentions[0];
    if (!m) continue;
    const fits = (d.type === 'meeting' && onBareSidelines(ctx, m.hit.sentence)) || (d.type === 'summit' && declined(d));
    if (!fits) continue;
    const near = summits.filter((s) => s !== d && mentionedWithin(s, m.hit.sentence, REACH));
    const source = near.sort((a, b) => lastSentenceUpTo(b, m.hit.sentence) - lastSentenceUpTo(a, m.hit.sentence))[0];
    if (source?.place) d.place = { value: source.place.value, certainty: 'inherited' };
  }
  return drafts;
}

function declined(d: EventDraft): boolean {
  return d.mentions.some((m) => m.declined);
}

/** Whether sentence `s` says "on the sidelines" with no "of" after it (the summit is the one being told). */
function onBareSidelines(ctx: EventContext, s: number): boolean {
  const sentence = ctx.doc.sentences[s];
  if (!sentence) return false;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    if (SIDELINE_WORDS.has(ctx.folded[i] ?? '') && ctx.folded[i + 1] !== 'of') return true;
  }
  return false;
}
