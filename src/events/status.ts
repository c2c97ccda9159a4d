import type { EventStatus } from '../types.js';
import type { EventContext } from './context.js';
import type { TriggerHit } from './find-triggers.js';
import { STATUS_CUES } from './status-cues.js';

/** Cues that speak of the event when they follow its trigger. */
const AFTER_TRIGGER = new Set([
  'set for', 'to be held', 'scheduled', 'slated', 'planned', 'expected', 'will', 'will be', 'to take place', 'uncertain',
  'unclear', 'unlikely', 'cancelled', 'canceled', 'called off', 'postponed', 'scrapped', 'shelved', 'later this', 'is to',
  'are to', 'possible', 'proposed', 'next', 'upcoming', 'coming',
]);

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
      // after the trigger only cues that bear on it count ("a meeting set for Friday", "talks, seeking a deal" does not)
      if (i > hit.first && !AFTER_TRIGGER.has(cue.words.join(' '))) continue;
      if (RANK[cue.status] > RANK[best]) best = cue.status;
    }
  }
  return best;
}
