import type { EventContext } from '../context.js';
import type { TriggerHit } from '../find-triggers.js';
import type { Party } from '../party.js';
import { REPORTING_VERBS } from '../../lexicon/speech.js';
import { resolveDescription } from '../units/resolve-description.js';
import { readPartyList } from '../units/party.js';
import { leadSubject } from '../refine/agent.js';

/** How far (in tokens) around a trigger its sentence is read: long enough for any real sentence, bounded for run-on text. */
export const SENTENCE_WINDOW = 60;

/** Heads of descriptions a sentence may name people by ("the Russian leader"). */
const DESCRIPTION_WORDS: ReadonlySet<string> = new Set(['leader', 'president', 'premier', 'chancellor', 'counterpart', 'minister', 'pm']);

/** Verbs that add people to a contact in a clause after it ("where the talks included X and Y"). */
const JOIN_VERBS: ReadonlySet<string> = new Set(['included', 'including', 'include', 'joined', 'attended', 'involved']);

/** Everyone a stretch of a sentence names as acting (not as a speaker, not as the owner of a thing). */
export function sentenceParties(ctx: EventContext, from: number, to: number): Party[] {
  const out: Party[] = [];
  const seen = new Set<string>();
  const add = (id: string, via: 'name' | 'description'): void => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ kind: 'person', personId: id, via });
  };
  for (let i = from; i < to; i++) {
    const id = ctx.personAt[i];
    if (id && ctx.personStart[i]) {
      let end = i;
      while (end < to && ctx.personAt[end] === id) end++;
      const speaker = REPORTING_VERBS.has(ctx.folded[end] ?? '') || REPORTING_VERBS.has(ctx.folded[i - 1] ?? '');
      if (ctx.folded[end] !== "'s" && !speaker) add(id, 'name');
      continue;
    }
    const w = ctx.folded[i] ?? '';
    if (!DESCRIPTION_WORDS.has(w) || ctx.personAt[i + 1] || !ctx.facts.country[i - 1]) continue;
    const person = resolveDescription(ctx, ctx.facts.country[i - 1], w, i);
    if (person) add(person, 'description');
  }
  return out;
}

/** Who "they" may stand for with no earlier contact: the people named before it in its sentence, else the subject of the sentence before. */
export function groupFallback(ctx: EventContext, sStart: number, hit: TriggerHit): Party[] {
  const here = sentenceParties(ctx, Math.max(sStart, hit.first - SENTENCE_WINDOW), hit.first);
  if (here.length >= 2) return here;
  const previous = leadSubject(ctx, hit.sentence - 1);
  return previous.length >= 2 ? previous : here;
}

/** Parties added in a following "where/during which … included X and Y" clause. */
export function joinedParties(ctx: EventContext, from: number, limit: number): Party[] {
  for (let i = from; i < Math.min(limit, from + 30); i++) {
    const w = ctx.folded[i] ?? '';
    if (w !== 'where' && w !== 'which') continue;
    for (let j = i + 1; j < Math.min(limit, i + 6); j++) {
      if (JOIN_VERBS.has(ctx.folded[j] ?? '')) return readPartyList(ctx, j + 1, limit, false)?.value.parties.filter((p) => p.kind !== 'group') ?? [];
    }
    return [];
  }
  return [];
}

/** The two people (or more) who together lead sentence `index` ("Scholz and Li discussed …"), or none. */
export function leadPair(ctx: EventContext, index: number): Party[] {
  const lead = leadSubject(ctx, index);
  return lead.length >= 2 && lead.every((p) => p.kind === 'person') ? lead : [];
}
