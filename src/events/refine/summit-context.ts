import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';
import { lastSentenceUpTo, mentionedWithin, sharesPerson } from './nearby-drafts.js';
import { SIDELINE_WORDS } from '../lexicon.js';
import { wordBetween } from '../phrase-at.js';

/** How many sentences before a contact the summit it belongs to may be reported. */
const REACH = 8;

/**
 * "Ishiba is expected to hold his first talks with Li on the sidelines on Thursday", in a report of
 * a summit: a meeting on the sidelines of no summit its sentence names is on those of the summit
 * reported last, and takes its place (inherited); and a leader who skipped "the meeting" stayed
 * away from that summit, held at its place.
 */
export function summitContext(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  placeSummitsFromSidelines(ctx, drafts);
  const summits = drafts.filter((d) => d.type === 'summit' && d.place && !declined(d));
  if (summits.length === 0) return drafts;
  for (const d of drafts) {
    if (d.place) continue;
    const m = d.mentions[0];
    if (!m) continue;
    // "X also met Y on the sidelines of the APEC forum": the summit named in the sentence, placed elsewhere in the text
    const named = d.type === 'meeting' && onSidelines(ctx, m.hit.sentence) ? summits.filter((s) => s !== d && mentionedWithin(s, m.hit.sentence, 0)) : [];
    const fits = named.length > 0 || (d.type === 'meeting' && onBareSidelines(ctx, m.hit.sentence)) || (d.type === 'summit' && declined(d));
    if (!fits) continue;
    const near = named.length ? named : summits.filter((s) => s !== d && mentionedWithin(s, m.hit.sentence, REACH));
    const source = near.sort((a, b) => lastSentenceUpTo(b, m.hit.sentence) - lastSentenceUpTo(a, m.hit.sentence))[0];
    if (source?.place) d.place = { value: source.place.value, certainty: 'inherited' };
  }
  return drafts;
}

/**
 * "X met Y in Sydney on Saturday. The meeting took place on the sidelines of the APEC forum": a
 * summit with no place of its own is where a meeting held on its sidelines took place (inferred):
 * a meeting with a place the text states, mentioned in the sentence that puts it on the sidelines
 * or the one before, sharing a person with the summit.
 */
function placeSummitsFromSidelines(ctx: EventContext, drafts: EventDraft[]): void {
  for (const summit of drafts) {
    if (summit.type !== 'summit' || summit.place || declined(summit)) continue;
    const sidelines = summit.mentions.map((m) => m.hit.sentence).filter((s) => onSidelines(ctx, s));
    const meeting = drafts.find(
      (d) => d.type === 'meeting' && d.place?.certainty === 'stated' && sharesPerson(d.parties, summit.parties) && d.mentions.some((m) => sidelines.some((s) => m.hit.sentence === s || m.hit.sentence === s - 1)),
    );
    if (meeting?.place) summit.place = { value: meeting.place.value, certainty: 'inferred' };
  }
}

function declined(d: EventDraft): boolean {
  return d.mentions.some((m) => m.declined);
}

/**
 * Whether sentence `s` puts something on the sidelines of a gathering ("on the sidelines of", "on
 * the margins"; "held meetings in New York on the sidelines of the UN General Assembly": their
 * place is neutral ground).
 */
export function onSidelines(ctx: EventContext, s: number): boolean {
  const sentence = ctx.doc.sentences[s];
  return !!sentence && wordBetween(ctx.folded, sentence.firstToken, sentence.endToken, SIDELINE_WORDS);
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
