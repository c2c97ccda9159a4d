import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import { LEADER_ROLES } from '../lexicon.js';

/** How far around a visit its host's leader is looked for. */
const WINDOW = 40;

/** "King Salman has invited Raisi to visit Riyadh": a visited country is represented by its leader when the sentence names one. */
export function visitHost(ctx: EventContext, read: EventMention[]): EventMention[] {
  for (const m of read) {
    if (m.hit.entry.role !== 'visit') continue;
    const s = ctx.doc.sentences[m.hit.sentence];
    if (!s) continue;
    m.parties = m.parties.map((p) => {
      if (p.kind !== 'country' || !p.host) return p;
      for (let i = Math.max(s.firstToken, m.hit.first - WINDOW); i < Math.min(s.endToken, m.hit.end + WINDOW); i++) {
        const id = ctx.personAt[i];
        const person = id ? ctx.people.get(id) : undefined;
        if (person?.country === p.code && person.role && LEADER_ROLES.has(person.role) && !m.parties.some((q) => q.kind === 'person' && q.personId === id)) {
          return { kind: 'person', personId: person.id, host: true, via: 'name' };
        }
      }
      return p;
    });
  }
  return read;
}

/** Triggers that need a partner ("spoke", "called", "received") count only with one. */
export function dropPartnerless(_ctx: EventContext, read: EventMention[]): EventMention[] {
  return read.filter((m) => !(m.hit.entry.needsPartner && m.parties.length < 2));
}
