import type { EventContext } from '../context.js';
import type { TriggerHit } from '../find-triggers.js';

/** How many words may stand between two nouns of one list ("a summit in Vilnius, and meetings"). */
const LIST_GAP = 12;

/**
 * "has a week ahead with a summit in A, and talks with B": two trigger nouns joined by "and" with
 * no verb between them are items of one list, and the second shares the status and date the
 * clause gives the first.
 */
export function coordinatedNouns(ctx: EventContext, prev: TriggerHit, hit: TriggerHit): boolean {
  if (prev.entry.form !== 'noun' || hit.entry.form !== 'noun' || hit.first - prev.end > LIST_GAP) return false;
  let joined = false;
  for (let i = prev.end; i < hit.first; i++) {
    if (ctx.pos[i] === 'VERB' || ctx.pos[i] === 'AUX' || ctx.folded[i] === ';' || ctx.folded[i] === '.') return false;
    if (ctx.folded[i] === 'and') joined = true;
  }
  return joined;
}
