import type { EventContext } from './context.js';
import { groupFallback, type EventMention } from './read-mention.js';
import type { Party } from './parties.js';
import { readFrames, type FrameReading } from './read-frames.js';

/**
 * Reads a mention's parties with the argument frames, and keeps the older reader's parties where
 * the frames say less: a frame that names both sides replaces them; one that names only the
 * partner keeps the agent the older reader found in the context.
 */
export function withFrame(ctx: EventContext, m: EventMention): EventMention {
  const r = readFrames(ctx, m.hit);
  if (!r) return m;
  m.frame = r;
  // a noun whose frame names its parties refers to no earlier contact
  if (r.agents.length + r.partners.length > 0) m.anaphoric = false;
  // "held meetings with A, B and C": a plural with its partners named is no generic mention
  if ((r.partners.length > 0 || r.agents.length >= 2) && m.hit.plural) m.generic = false;
  const both = (r.agents.length > 0 && r.partners.length > 0) || r.agents.some((p) => p.kind === 'group') || r.agents.length >= 2;
  if (both) m.parties = unique(ctx, [...r.agents, ...r.partners]);
  else if (r.partners.length) m.parties = unique(ctx, [...m.parties.filter((p) => !r.partners.some((q) => same(p, q))), ...r.partners]);
  else if (!m.parties.some((p) => r.agents.some((q) => same(p, q)))) m.parties = unique(ctx, [...r.agents, ...m.parties]);
  if (m.groupFallback.length === 0 && m.parties.some((p) => p.kind === 'group')) {
    m.groupFallback = groupFallback(ctx, ctx.doc.sentences[m.hit.sentence]?.firstToken ?? 0, m.hit);
  }
  return m;
}

function same(a: Party, b: Party): boolean {
  if (a.kind === 'person' && b.kind === 'person') return a.personId === b.personId;
  if (a.kind === 'country' && b.kind === 'country') return a.code === b.code;
  return false;
}

function unique(_ctx: EventContext, parties: Party[]): Party[] {
  const out: Party[] = [];
  for (const p of parties) if (p.kind === 'group' || !out.some((q) => same(p, q))) out.push(p);
  return out;
}

export type { FrameReading };
