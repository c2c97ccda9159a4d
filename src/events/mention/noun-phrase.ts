import type { EventContext } from '../context.js';
import type { Party } from '../party.js';
import { resolvePronoun } from '../units/pronoun.js';
import { resolveFirstPerson } from '../units/first-person.js';
import { COUNTRY_PAIR_WORDS } from '../lexicon.js';

/** Words that may stand in an event noun's phrase before it ("the first direct phone call"). */
const NP_WORDS: ReadonlySet<string> = new Set(["'s", 'a', 'an', 'the', 'his', 'her', 'my', 'our', 'their', 'its', 'first', 'second', 'third', 'one-hour', 'possible', 'planned', 'upcoming', 'direct', 'phone', 'telephone', '-', '–', 'surprise', '"', '“', '”']);

/** Words that may stand between a light verb and its noun phrase ("held five rounds of talks"). */
const BRIDGE_WORDS: ReadonlySet<string> = new Set(['to', 'also', 'jointly', 'for', 'in', 'at', 'on', 'during', 'of', 'hours', 'rounds', 'round', 'days', 'series', 'minutes', 'five', 'two', 'three', 'four', 'several', 'lengthy', 'more']);

/** Verbs that carry an event noun ("held talks", "paid a visit", "refused to receive a call"). */
const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'hold', 'have', 'conduct', 'attend', 'receive', 'join', 'make', 'host', 'arrange', 'seek', 'request', 'welcome', 'begin',
  'conclude', 'wrap', 'wind', 'lock', 'confirm', 'cancel', 'postpone', 'skip', 'plan', 'propose', 'offer', 'pledge',
  'announce', 'take', 'pay', 'give', 'extend', 'accord', 'attendance', 'participation',
]);

/** The noun phrase of an event noun: where it starts, and the light verb before it if any. */
export interface NounPhrase {
  start: number;
  lightVerb?: number;
}

/** Where the noun phrase of a trigger starts ("the October 17 call", "his first summit"), and the light verb before it. */
export function nounPhraseStart(ctx: EventContext, first: number, floor: number, sentenceStart: number): NounPhrase {
  let i = first - 1;
  while (i >= floor) {
    const pos = ctx.pos[i] ?? '';
    if (ctx.dateAt[i] !== undefined || ctx.personAt[i] || ctx.facts.country[i] || ['ADJ', 'NUM', 'DET', 'PROPN'].includes(pos) || NP_WORDS.has(ctx.folded[i] ?? '')) i--;
    else break;
  }
  const start = i + 1;
  for (let j = start - 1, hops = 0; j >= sentenceStart && hops < 5; hops++, j--) {
    if (LIGHT_VERBS.has(ctx.lemmas[j] ?? '')) return { start, lightVerb: j };
    if (!BRIDGE_WORDS.has(ctx.folded[j] ?? '')) break;
  }
  return { start };
}

/** Parties named inside the noun phrase before a trigger: "his call", "Rohani's direct call", "the US-North Korea summit", "inter-Korean talks". */
export function premodifierParties(ctx: EventContext, start: number, first: number): Party[] {
  const parties: Party[] = [];
  const add = (p: Party): void => {
    if (!parties.some((q) => (q.kind === 'person' && p.kind === 'person' && q.personId === p.personId) || (q.kind === 'country' && p.kind === 'country' && q.code === p.code))) parties.push(p);
  };
  for (let i = start; i < first; i++) {
    const w = ctx.folded[i] ?? '';
    const id = ctx.personAt[i];
    const code = ctx.facts.country[i];
    const kind = ctx.facts.countryKind[i];
    if (id) add({ kind: 'person', personId: id, via: 'name' });
    else if ((w === 'his' || w === 'her' || w === 'my') && i === start) {
      const person = w === 'my' ? resolveFirstPerson(ctx, i) : resolvePronoun(ctx, i, new Set());
      if (person) add({ kind: 'person', personId: person, via: 'pronoun' });
    } else if (w === 'their' || w === 'our') parties.push({ kind: 'group' });
    else if (COUNTRY_PAIR_WORDS.has(w)) for (const c of COUNTRY_PAIR_WORDS.get(w) ?? []) add({ kind: 'country', code: c, via: 'name' });
    // "the Kenya-Ethiopia commission": each country of a compound
    else if (code && (kind === 'name' || kind === 'demonym')) for (const c of ctx.facts.countries[i] ?? [code]) add({ kind: 'country', code: c, via: 'name' });
  }
  // "British Prime Minister Theresa May": the country of a title is its holder's, no party besides them
  const held = new Set(parties.flatMap((p) => (p.kind === 'person' ? [ctx.people.get(p.personId)?.country] : [])));
  return parties.filter((p) => p.kind !== 'country' || !held.has(p.code));
}
