import type { EventDraft } from '../merge.js';
import type { Party } from '../party.js';

/** Whether two lists of parties name one person in common (countries do not count). */
export function sharesPerson(a: Party[], b: Party[]): boolean {
  return a.some((x) => x.kind === 'person' && b.some((y) => y.kind === 'person' && y.personId === x.personId));
}

/** Whether a mention of `p` stands in one of the `reach` sentences before sentence `s`, or in `s` itself. */
export function mentionedWithin(p: EventDraft, s: number, reach: number): boolean {
  return p.mentions.some((x) => x.hit.sentence <= s && x.hit.sentence >= s - reach);
}

/** The sentence of the last mention of `p` up to sentence `s` (-1 when none). */
export function lastSentenceUpTo(p: EventDraft, s: number): number {
  return Math.max(-1, ...p.mentions.filter((x) => x.hit.sentence <= s).map((x) => x.hit.sentence));
}
