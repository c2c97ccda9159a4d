import type { EventContext } from '../context.js';
import type { PartyItem } from './party.js';

/** Nouns after a demonym or country that make it stand for the state ("the Chinese side", "US officials"). */
const AGENTS: ReadonlySet<string> = new Set([
  'capital',
  'side', 'government', 'delegation', 'official', 'authority', 'leadership', 'counterpart', 'negotiator', 'team', 'diplomat',
  'envoy', 'representative', 'administration', 'cabinet', 'regime', 'junta', 'ministry', 'presidency', 'mission', 'embassy',
]);

/** Words that may stand between a country and its agents ("Chinese defence officials", "US military negotiators"). */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['defence', 'defense', 'foreign', 'trade', 'military', 'senior', 'top', 'government', 'security', 'economic', 'finance', 'intelligence', 'health', 'energy', 'border', 'naval']);

/** Words before "of" + country that stand for its state ("the government of Mali", "officials from Chad"). */
const AGENTS_OF: ReadonlySet<string> = new Set(['government', 'governments', 'official', 'officials', 'authorities', 'leadership', 'delegation', 'delegations', 'representatives', 'president', 'people', 'ministers', 'envoys', 'diplomats', 'negotiators', 'delegates']);

/**
 * A country standing for its state: "Egypt", "the United States", "Tehran" (a capital), "the
 * Kremlin", "the Chinese side", "US officials", "the government of Mali", "officials from Chad".
 * A demonym alone ("Chinese") is no party.
 */
export function readCountryItem(ctx: EventContext, i: number, limit: number): PartyItem | null {
  const place = readPlaceItem(ctx, i, limit) ?? readCountryReference(ctx, i);
  if (place) return place;
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
  // "Russian and Ukrainian officials", "North Korean and U.S. officials": demonyms (and a country's
  // name used as one) joined before one agent noun
  let k = j;
  const modifiers = (at: number): number => {
    let m = at;
    while (m < limit && m < at + 3 && (TITLE_MODIFIERS.has(ctx.folded[m] ?? '') || ctx.pos[m] === 'ADJ') && !AGENTS.has(ctx.lemmas[m] ?? '')) m++;
    return m;
  };
  const codes = [code];
  while ((ctx.folded[k] === 'and' || ctx.folded[k] === ',') && ctx.facts.country[k + 1] && !ctx.facts.organisation[k + 1] && kind === 'demonym') {
    const next = ctx.facts.country[k + 1] as string;
    k += 2;
    while (k < limit && ctx.facts.country[k] === next) k++;
    codes.push(next);
  }
  k = modifiers(k);
  if (AGENTS.has(ctx.lemmas[k] ?? '')) return { parties: codes.map((c) => ({ kind: 'country', code: c, via: 'description' })), end: k + 1 };
  if (kind === 'demonym' || start === j) return null;
  // "the Fiji stop", "the China trip": a country naming a thing is no party
  if (ctx.pos[j] === 'NOUN' && ['the', 'a', 'an', 'this', 'that'].includes(ctx.folded[start - 1] ?? '')) return null;
  // "the Kenya-Ethiopia commission": each country of a compound
  const compound = j === start + 1 ? (ctx.facts.countries[start] ?? []) : [];
  return { parties: (compound.length > 1 ? compound : [code]).map((c) => ({ kind: 'country', code: c, via: 'name' })), end: j };
}

/**
 * A known place that is no capital ("Tel Aviv", "Jeddah"), standing for its country where a
 * traveller goes ("travelled to Tel Aviv"); read only at the start of a place's name.
 */
function readPlaceItem(ctx: EventContext, i: number, limit: number): PartyItem | null {
  if (ctx.facts.country[i] || ctx.personAt[i]) return null;
  const code = ctx.facts.placeCountry[i];
  if (ctx.facts.place[i] && code && !ctx.facts.place[i - 1]) {
    let end = i;
    while (end < limit && ctx.facts.place[end]) end++;
    return { parties: [{ kind: 'country', code, via: 'description' }], end };
  }
  return null;
}

/** "the country", "the nation": the country named last before, within a few sentences. */
function readCountryReference(ctx: EventContext, i: number): PartyItem | null {
  if (ctx.folded[i] !== 'the' || !['country', 'nation', 'kingdom', 'republic'].includes(ctx.folded[i + 1] ?? '')) return null;
  const floor = ctx.doc.sentences[Math.max(0, (ctx.doc.tokens[i]?.sentence ?? 0) - 3)]?.firstToken ?? 0;
  for (let k = i - 1; k >= floor; k--) {
    const code = ctx.facts.country[k];
    if (code && ctx.facts.countryKind[k] !== 'demonym' && !ctx.facts.organisation[k]) return { parties: [{ kind: 'country', code, via: 'description' }], end: i + 2 };
  }
  return null;
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
  // "ministers from Angola, Tanzania and Zambia": every country of the list
  const codes = [code];
  for (;;) {
    let next = ctx.folded[end] === ',' && ctx.folded[end + 1] === 'and' ? end + 2 : end + 1;
    if (ctx.folded[next] === 'the') next++;
    const other = ctx.facts.country[next];
    if ((ctx.folded[end] !== ',' && ctx.folded[end] !== 'and') || !other || ctx.facts.countryKind[next] === 'demonym' || codes.includes(other)) break;
    codes.push(other);
    end = next;
    while (end < limit && ctx.facts.country[end] === other) end++;
  }
  return { parties: codes.map((c) => ({ kind: 'country', code: c, via: 'description' })), end };
}
