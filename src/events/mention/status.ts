import type { EventStatus } from '../../types.js';
import type { EventContext } from '../context.js';
import type { TriggerHit } from '../find-triggers.js';
import { readStatus } from '../status.js';
import { BE_FORMS } from '../lexicon.js';
import { REFUSED, REQUEST_NOUNS } from '../status-cues.js';

/** Words of a plan ("had been scheduled to", "had been due to"). */
const PLAN_WORDS: ReadonlySet<string> = new Set(['scheduled', 'due', 'expected', 'set', 'slated', 'planned', 'supposed']);

/** Participles of calling off ("has been postponed", "was called off"). */
const CALLED_OFF: ReadonlySet<string> = new Set(['postponed', 'cancelled', 'canceled', 'scrapped', 'shelved', 'off', 'delayed', 'suspended']);

/**
 * The status of a mention from its clause's cues (see `status.ts`), and two cues whose scope is
 * the sentence: an event called off by the sentence's verb ("a visit to Astana by X, who was
 * due to …, has been postponed", "was to visit India, which was cancelled"), and a plan in the
 * past perfect followed by "but" or "instead" ("had been scheduled to visit … but stayed in
 * Washington").
 */
export function mentionStatus(ctx: EventContext, hit: TriggerHit, window: { from: number; to: number; npStart: number }): EventStatus | 'denied' {
  const s = ctx.doc.sentences[hit.sentence];
  const sStart = s?.firstToken ?? 0;
  const sEnd = s?.endToken ?? ctx.length;
  const status = readStatus(ctx, hit, window.from, window.to, window.npStart);
  if (status === 'cancelled' || status === 'denied') return status;
  if (calledOffLater(ctx, hit.end, sEnd, hit.entry.form === 'verb')) return 'cancelled';
  if (planFellThrough(ctx, sStart, hit.first, sEnd)) return 'cancelled';
  if (requestRefused(ctx, hit, sEnd)) return 'cancelled';
  return status === 'occurred' && headlineInfinitive(ctx, hit, sStart) ? 'planned' : status;
}

/**
 * "Modi to visit Japan", "Foreign Minister Levy to visit Egypt soon": a subject and an infinitive
 * with no finite verb before it, the way headlines and digests tell what is to come ("is to").
 */
function headlineInfinitive(ctx: EventContext, hit: TriggerHit, sStart: number): boolean {
  const to = hit.first - 1;
  if (hit.entry.form !== 'verb' || ctx.folded[to] !== 'to' || to <= sStart) return false;
  const subjectEnds = !!ctx.personAt[to - 1] || ['PROPN', 'NOUN'].includes(ctx.pos[to - 1] ?? '') || !!ctx.facts.country[to - 1];
  if (!subjectEnds) return false;
  for (let i = sStart; i < to; i++) if ((ctx.pos[i] === 'VERB' || ctx.pos[i] === 'AUX') && !ctx.personAt[i]) return false;
  return true;
}

/**
 * "his request to meet X had been turned down", "an invitation to visit Y was rejected": the
 * trigger is the infinitive of a noun of asking, and the sentence goes on to refuse it in the
 * passive.
 */
function requestRefused(ctx: EventContext, hit: TriggerHit, sEnd: number): boolean {
  if (ctx.folded[hit.first - 1] !== 'to' || !REQUEST_NOUNS.has(ctx.lemmas[hit.first - 2] ?? '')) return false;
  for (let i = hit.end; i < Math.min(sEnd, hit.end + 25); i++) {
    const w = ctx.folded[i] ?? '';
    if (w === ';' || w === 'but' || w === 'and') return false;
    if (!BE_FORMS.has(w)) continue;
    if (REFUSED.some((words) => words.every((word, k) => ctx.folded[i + 1 + k] === word))) return true;
  }
  return false;
}

function planFellThrough(ctx: EventContext, sStart: number, first: number, sEnd: number): boolean {
  let planned = false;
  for (let i = Math.max(sStart, first - 12); i < first; i++) {
    if (ctx.folded[i] !== 'had') continue;
    if (PLAN_WORDS.has(ctx.folded[i + 1] ?? '') || (ctx.folded[i + 1] === 'been' && PLAN_WORDS.has(ctx.folded[i + 2] ?? ''))) planned = true;
  }
  if (!planned) return false;
  for (let i = first; i < Math.min(sEnd, first + 30); i++) if (ctx.folded[i] === 'but' || ctx.folded[i] === 'instead') return true;
  return false;
}

/** A preposition and "which" or "whom": a relative clause about another noun ("from which", "to whom"). */
const PREPOSITION_WHICH: readonly string[] = ['from which', 'in which', 'of which', 'to which', 'by which', 'from whom', 'to whom'];

/**
 * Whether the sentence goes on to call the event off in the passive ("… has been postponed"); after
 * a verb trigger only in a relative clause on what it names ("was to visit India, which was cancelled").
 */
function calledOffLater(ctx: EventContext, from: number, to: number, relativeOnly: boolean): boolean {
  for (let i = from; i < Math.min(to, from + 40); i++) {
    const w = ctx.folded[i] ?? '';
    if (!CALLED_OFF.has(w)) continue;
    const verb = w === 'off' ? i - 1 : i;
    if (w === 'off' && ctx.folded[verb] !== 'called') continue;
    if (!BE_FORMS.has(ctx.folded[verb - 1] ?? '')) continue;
    // ("a club from which Russia was suspended": a clause about something else the sentence names)
    if (PREPOSITION_WHICH.some((k) => ctx.folded.slice(Math.max(from, verb - 6), verb).join(' ').includes(k))) continue;
    if (!relativeOnly || [verb - 2, verb - 3].some((k) => ctx.folded[k] === 'which')) return true;
  }
  return false;
}
