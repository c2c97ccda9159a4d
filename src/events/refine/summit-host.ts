import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import type { Party } from '../party.js';
import { TITLE_WORDS } from '../../entities/people/titles.js';

/** Lemmas of holding a summit ("that Modi hosted", "which Lula chaired"). */
const HOSTING: ReadonlySet<string> = new Set(['host', 'chair', 'convene']);

/** The person a relative clause right after a summit says holds it ("the summit that Modi hosted in New Delhi"). */
export function relativeHost(ctx: EventContext, m: EventMention): string | undefined {
  const limit = Math.min(ctx.length, m.hit.end + 8);
  for (let i = m.hit.end; i < limit; i++) {
    if (ctx.folded[i] !== 'that' && ctx.folded[i] !== 'which') continue;
    let k = i + 1;
    while (k < limit && !ctx.personAt[k] && (TITLE_WORDS.has(ctx.folded[k] ?? '') || ctx.facts.country[k])) k++;
    const id = ctx.personAt[k];
    if (!id) return undefined;
    while (ctx.personAt[k] === id) k++;
    for (let j = k; j < Math.min(ctx.length, k + 4); j++) if (HOSTING.has(ctx.lemmas[j] ?? '')) return id;
    return undefined;
  }
  return undefined;
}

/** The host a relative clause names, as a party of the summit. */
export function hostParty(personId: string): Party {
  return { kind: 'person', personId, via: 'name', host: true };
}

/**
 * "the second Consultative Meeting of the Heads of State, which Mirziyoyev will host in Tashkent":
 * the host a relative clause names attends the summit, whoever else its frame read.
 */
export function relativeHosts(ctx: EventContext, read: EventMention[]): EventMention[] {
  for (const m of read) {
    if (m.type !== 'summit' || m.declined || m.topic) continue;
    const host = relativeHost(ctx, m);
    if (!host || m.parties.some((p) => p.kind === 'person' && p.personId === host)) continue;
    m.parties = [...m.parties, hostParty(host)];
  }
  return read;
}
