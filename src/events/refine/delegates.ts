import type { EventContext } from '../context.js';
import { isDeclined, type EventDraft } from '../merge.js';
import { partnersElsewhere } from './attendees-elsewhere.js';
import { declinesAfter } from './declined.js';

/** Words of attending a summit. */
const ATTENDANCE: ReadonlySet<string> = new Set(['attending', 'attended', 'attend', 'attends', 'participated', 'participating', 'participate']);

/** Words that deny an attendance before it ("is not attending", "skipped"). */
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'skipped', 'away']);

/** How far into a long sentence attendees are looked for. */
const SENTENCE_READ = 200;

/**
 * The people a summit's sentences (and the sentence after each) say attend it ("Biden is among
 * the leaders attending"; "X, who is not attending," does not) or stand in for someone ("sent
 * Premier Li Qiang in his place", "was represented by X") join it, but for the partners of a
 * contact the same sentences hold somewhere else ({@link partnersElsewhere}).
 */
export function addDelegates(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  for (const d of drafts) {
    if (d.type !== 'summit' || isDeclined(d)) continue;
    const sentences = new Set(d.mentions.flatMap((m) => [m.hit.sentence, m.hit.sentence + 1]));
    const stated = d.place?.certainty === 'stated' ? d.place.value : undefined;
    const away = partnersElsewhere(drafts.flatMap((o) => o.mentions.filter((m) => sentences.has(m.hit.sentence))), stated);
    for (const index of sentences) {
      const s = ctx.doc.sentences[index];
      if (!s) continue;
      const to = Math.min(s.endToken, s.firstToken + SENTENCE_READ);
      for (const id of [...attendeesIn(ctx, s.firstToken, to), ...standInsIn(ctx, s.firstToken, to)]) {
        if (away.some((p) => p.kind === 'person' && p.personId === id)) continue;
        if (!d.parties.some((p) => p.kind === 'person' && p.personId === id)) d.parties.push({ kind: 'person', personId: id, via: 'name' });
      }
    }
  }
  return drafts;
}

function attendeesIn(ctx: EventContext, from: number, to: number): string[] {
  let cue = -1;
  for (let i = from; i < to; i++) {
    if (!ATTENDANCE.has(ctx.folded[i] ?? '') && !(ctx.folded[i] === 'took' && ctx.folded[i + 1] === 'part')) continue;
    const negated = ctx.folded.slice(Math.max(from, i - 3), i).some((w) => NEGATIONS.has(w));
    // "attending to the causes of migration": seeing to something, not being at a summit
    if (!negated && ctx.folded[i + 1] !== 'to') cue = i;
  }
  if (cue < 0) return [];
  // "said X would attend the summit in his place": X attends, and the one X stands in for does not
  if (STAND_IN.test(ctx.folded.slice(cue + 1, cue + 12).join(' '))) return lastPersonBefore(ctx, from, cue);
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const id = ctx.personAt[i];
    if (!id || !ctx.personStart[i]) continue;
    const after = ctx.folded.slice(i + 1, i + 8);
    if (!(after.includes('not') && after.some((w) => ATTENDANCE.has(w))) && !declinesAfter(ctx, i, 7)) out.push(id);
  }
  return out;
}

/** Words after an attendance that make its subject someone's stand-in. */
const STAND_IN = /\b(?:in (?:his|her|their) place|on (?:his|her|their) behalf|instead of (?:him|her|them))\b/;

/** The person named last before token `cue` (the subject of the attendance), as a list of at most one. */
function lastPersonBefore(ctx: EventContext, from: number, cue: number): string[] {
  for (let i = cue - 1; i >= from; i--) if (ctx.personAt[i] && ctx.personStart[i]) return [ctx.personAt[i]!];
  return [];
}

function standInsIn(ctx: EventContext, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const represented = ctx.folded[i] === 'represented' && ctx.folded[i + 1] === 'by';
    if (ctx.folded[i] !== 'sent' && !represented) continue;
    let j = represented ? i + 2 : i + 1;
    while (j < to && j < i + 6 && !ctx.personAt[j]) j++;
    const id = ctx.personAt[j];
    if (!id) continue;
    let k = j;
    while (ctx.personAt[k] === id) k++;
    if (represented || /^(?:in (?:his|her|their) place|to represent|instead)/.test(ctx.folded.slice(k, k + 4).join(' '))) out.push(id);
  }
  return out;
}
