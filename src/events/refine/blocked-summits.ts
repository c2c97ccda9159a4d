import type { EventMention } from '../mention/mention.js';
import type { TriggerHit } from '../find-triggers.js';

/**
 * "the Bengaluru Tech Summit … The summit, held every year …": a bare "the summit" whose nearest
 * summit before is no diplomatic one (a blocked trigger, or a reference to one) means it, whoever
 * its sentence puts there, and is dropped.
 */
export function dropBlockedReferences(mentions: EventMention[], found: TriggerHit[]): EventMention[] {
  if (!found.some((h) => h.blocked)) return mentions;
  const byHit = new Map(mentions.map((m) => [m.hit, m]));
  // (summits named by a noun: a verb of staying away or standing in names none)
  const summits = found.filter((h) => h.entry.type === 'summit' && h.entry.form === 'noun').sort((a, b) => a.first - b.first);
  const dropped = new Set<TriggerHit>();
  let lastBlocked = false;
  for (const h of summits) {
    const m = byHit.get(h);
    if (h.blocked) lastBlocked = true;
    else if (m && refersBack(m) && lastBlocked && !m.declined) dropped.add(h);
    else lastBlocked = false;
  }
  return mentions.filter((m) => !dropped.has(m.hit));
}

/** A summit mention with no name of its own that may refer to one named before ("the summit"). */
function refersBack(m: EventMention): boolean {
  return !m.multilateral && (m.anaphoric || (m.definite && !m.summitName));
}
