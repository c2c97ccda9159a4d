import type { EventMention } from '../mention/mention.js';
import type { TriggerHit } from '../find-triggers.js';

/**
 * "the Bengaluru Tech Summit … The summit, held every year": a bare "the summit" after a summit
 * that is no diplomatic one (a blocked trigger), with no other summit between, means it.
 */
export function dropBlockedReferences(mentions: EventMention[], found: TriggerHit[]): EventMention[] {
  const blocked = found.filter((h) => h.blocked).map((h) => h.first);
  if (blocked.length === 0) return mentions;
  return mentions.filter((m) => {
    if (m.type !== 'summit' || !m.anaphoric || m.multilateral) return true;
    const lastBlocked = Math.max(-1, ...blocked.filter((b) => b < m.hit.first));
    if (lastBlocked < 0) return true;
    return found.some((h) => !h.blocked && h.entry.type === 'summit' && h.first > lastBlocked && h.first < m.hit.first);
  });
}
