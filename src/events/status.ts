import type { EventStatus } from '../types.js';
import type { EventContext } from './context.js';
import type { TriggerHit } from './find-triggers.js';
import { STATUS_CUES } from './status-cues.js';

const RANK: Record<EventStatus | 'denied', number> = { cancelled: 5, denied: 4, proposed: 3, planned: 2, occurred: 1 };

/**
 * Status of a mention from the cue words of its clause (`from`..`to`): cancelled beats a denial,
 * which beats proposed, which beats planned; no cue means it occurred. A denial ("no plans for a
 * call", "did not meet") counts only right before the trigger.
 */
export function readStatus(ctx: EventContext, hit: TriggerHit, from: number, to: number, phraseStart: number): EventStatus | 'denied' {
  let best: EventStatus | 'denied' = 'occurred';
  for (let i = from; i < to; i++) {
    if (i >= hit.first && i < hit.end) continue;
    for (const cue of STATUS_CUES) {
      if (!cue.words.every((w, k) => ctx.folded[i + k] === w)) continue;
      if (cue.status === 'denied') {
        const close = i < hit.first && hit.first - (i + cue.words.length) <= 3 || (i >= phraseStart - 4 && i < hit.first);
        const follows = ctx.folded[i + cue.words.length] ?? '';
        if (!close || follows === 'only' || follows === 'long' || follows === 'yet') continue;
      }
      // "ahead of" and "preparing for" speak of the event they precede
      if (['ahead', 'preparing', 'preparations', 'prepare'].includes(cue.words[0] ?? '') && i > hit.first) continue;
      if (RANK[cue.status] > RANK[best]) best = cue.status;
    }
  }
  return best;
}
