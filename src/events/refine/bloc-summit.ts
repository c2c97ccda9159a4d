import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';

/**
 * "held a video conference with G7 leaders", "G7 leaders met on Monday", "will meet BRICS leaders in
 * Johannesburg": a contact with the leaders of a bloc, read as its member states, is a summit of
 * the bloc (held in person or by video), which stays one contact rather than one per member.
 */
export function blocSummit(_ctx: EventContext, read: EventMention[]): EventMention[] {
  for (const m of read) {
    const members = m.parties.filter((p) => p.kind === 'country' && p.bloc);
    if (members.length >= 3 && m.type !== 'summit') m.type = 'summit';
  }
  return read;
}
