import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';

/**
 * "X received a courtesy call from Y", "X hosted a dinner for Y": a verb trigger that another
 * trigger's frame read as its light verb is part of that mention, not a contact of its own.
 */
export function dropLightVerbTriggers(_ctx: EventContext, read: EventMention[]): EventMention[] {
  const lightVerbs = new Set(read.map((m) => m.frame?.verbAt).filter((at): at is number => at !== undefined));
  if (lightVerbs.size === 0) return read;
  return read.filter((m) => !(m.hit.entry.form === 'verb' && lightVerbs.has(m.hit.first)));
}
