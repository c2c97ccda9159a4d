import type { EventContext } from '../context.js';
import type { PartyItem } from './party.js';

/** Nouns after a demonym or country that make it stand for the state ("the Chinese side", "US officials"). */
const AGENTS: ReadonlySet<string> = new Set([
  'side', 'government', 'delegation', 'official', 'authority', 'leadership', 'counterpart', 'negotiator', 'team', 'diplomat',
  'envoy', 'representative', 'administration', 'cabinet', 'regime', 'junta', 'ministry', 'presidency', 'mission', 'embassy',
]);

/** Words before "of" + country that stand for its state ("the government of Mali", "officials from Chad"). */
const AGENTS_OF: ReadonlySet<string> = new Set(['government', 'governments', 'official', 'officials', 'authorities', 'leadership', 'delegation', 'delegations', 'representatives', 'president', 'people']);

/**
 * A country standing for its state: "Egypt", "the United States", "Tehran" (a capital), "the
 * Kremlin", "the Chinese side", "US officials", "the government of Mali", "officials from Chad".
 * A demonym alone ("Chinese") is no party.
 */
export function readCountryItem(ctx: EventContext, i: number, limit: number): PartyItem | null {
  let j = ['the', 'a', 'an'].includes(ctx.folded[i] ?? '') ? i + 1 : i;
  while (j < limit && j < i + 3 && ctx.pos[j] === 'ADJ' && !ctx.facts.country[j]) j++;
  const via = agentOf(ctx, j, limit);
  if (via) return via;
  const code = ctx.facts.country[j];
  if (!code || ctx.facts.organisation[j]) return null;
  const kind = ctx.facts.countryKind[j];
  // "Ababa" of "Addis Ababa" is no party of its own
  if (ctx.facts.country[j - 1] === code && ctx.facts.countryKind[j - 1] === kind && ctx.folded[j - 1] !== ',') return null;
  const start = j;
  while (j < limit && ctx.facts.country[j] === code && ctx.facts.countryKind[j] === kind) j++;
  // "Russian and US officials": demonyms joined before one agent noun
  let k = j;
  const codes = [code];
  while ((ctx.folded[k] === 'and' || ctx.folded[k] === ',') && ctx.facts.countryKind[k + 1] === 'demonym' && kind === 'demonym') {
    const next = ctx.facts.country[k + 1] as string;
    k += 2;
    while (k < limit && ctx.facts.country[k] === next) k++;
    codes.push(next);
  }
  if (AGENTS.has(ctx.lemmas[k] ?? '')) return { parties: codes.map((c) => ({ kind: 'country', code: c, via: 'description' })), end: k + 1 };
  if (kind === 'demonym' || start === j) return null;
  // "the Fiji stop", "the China trip": a country naming a thing is no party
  if (ctx.pos[j] === 'NOUN' && ['the', 'a', 'an', 'this', 'that'].includes(ctx.folded[start - 1] ?? '')) return null;
  return { parties: [{ kind: 'country', code, via: 'name' }], end: j };
}

/** "the government of Mali", "officials from Chad", "authorities in Niger". */
function agentOf(ctx: EventContext, j: number, limit: number): PartyItem | null {
  if (ctx.folded[j] === 'government' && AGENTS_OF.has(ctx.folded[j + 1] ?? '')) j++;
  if (!AGENTS_OF.has(ctx.folded[j] ?? '') || j + 2 >= limit) return null;
  if (!['of', 'from', 'in'].includes(ctx.folded[j + 1] ?? '')) return null;
  const k = ctx.folded[j + 2] === 'the' ? j + 3 : j + 2;
  const code = ctx.facts.country[k];
  if (!code || ctx.facts.countryKind[k] === 'demonym') return null;
  let end = k;
  while (end < limit && ctx.facts.country[end] === code) end++;
  return { parties: [{ kind: 'country', code, via: 'description' }], end };
}
