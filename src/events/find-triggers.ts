import { MODAL_VERBS } from '../lexicon/modals.js';
import type { EventContext } from './context.js';
import { compiledRules, type CompiledTrigger, type TriggerRule } from './rules/index.js';

/** How far before a trigger its sense filters may read ("at which X and Y also spoke"). */
const SENSE_REACH = 16;

/** A trigger found in the text. */
export interface TriggerHit {
  /** The rule that matched. */
  entry: TriggerRule;
  /** Index of the first trigger token. */
  first: number;
  /** Index one past the last trigger token. */
  end: number;
  /** Index of the sentence. */
  sentence: number;
  /** Folded words of the trigger. */
  words: string[];
  /** Lemma of the trigger's head word ("meeting", "talk", "call", "meet"): its last word for nouns, its first for verbs. */
  head: string;
  /** The head noun is plural ("meetings", "phone calls"). */
  plural: boolean;
  /** How sure the trigger makes us: the rule's strength, or its plural strength. */
  strength: number;
  /** A trigger word in a sense that is no diplomatic contact ("Web Summit"): kept only so that "the summit" after it is known to mean it. */
  blocked?: boolean;
}

/** Words after which a word is a verb, whatever the tagger says ("will welcome", "to host"). */
const VERB_POSITION: ReadonlySet<string> = new Set([...MODAL_VERBS, 'to', 'not', "n't", 'and']);

/** Whether word `i` stands where only a verb can ("will welcome", "and call on X"); after "and" or "to" a plural the tagger calls a noun stays one ("a summit, and talks with X", "agreed to talks"). */
function inVerbPosition(ctx: EventContext, i: number): boolean {
  // "will on Tuesday welcome", "will also host": a date or an adverb may stand after the modal
  let k = i - 1;
  while (k > 0 && k > i - 6 && (ctx.dateAt[k] !== undefined || ctx.pos[k] === 'ADV') && ctx.folded[k] !== 'and') k--;
  const before = ctx.folded[k] ?? '';
  // (across a date or an adverb, only after a modal: "will on Tuesday welcome")
  if (k < i - 1) return MODAL_VERBS.has(before);
  return VERB_POSITION.has(before) && !((before === 'and' || before === 'to') && ctx.pos[i] === 'NOUN' && ctx.lemmas[i] !== ctx.folded[i] && /s$/.test(ctx.folded[i] ?? ''));
}

/** "agreed to talks": after "to" an -s form is a plural noun, never a verb, whatever the tagger says. */
function pluralAfterTo(ctx: EventContext, i: number): boolean {
  return ctx.folded[i - 1] === 'to' && ctx.lemmas[i] !== ctx.folded[i] && /s$/.test(ctx.folded[i] ?? '');
}

/** Event nouns whose plural is their usual form ("talks", "consultations"): a plural of these is one event. */
const USUALLY_PLURAL: ReadonlySet<string> = new Set(['talk', 'consultation', 'discussion', 'negotiation']);

/** Trigger rules by the words and lemmas their pattern can start with (keys "w:" and "l:"); rules that can start anywhere under "". */
let index: Map<string, CompiledTrigger[]> | undefined;

function triggerIndex(): Map<string, CompiledTrigger[]> {
  if (index) return index;
  const built = new Map<string, CompiledTrigger[]>();
  const add = (key: string, t: CompiledTrigger): void => {
    const list = built.get(key) ?? [];
    if (!list.includes(t)) list.push(t);
    built.set(key, list);
  };
  for (const t of compiledRules().triggers) {
    const first = t.pattern.first;
    if (!first) add('', t);
    for (const w of first?.words ?? []) add(`w:${w}`, t);
    for (const l of first?.lemmas ?? []) add(`l:${l}`, t);
  }
  index = built;
  return built;
}

/**
 * Finds trigger phrases in every sentence by lemma, longest match first (among equals, the
 * earlier rule), and marks the senses that are no diplomatic contact ("Web Summit", "cabinet
 * meeting", "called for"); a blocked summit is kept, marked, so that "the summit" after it is known
 * to mean it.
 */
export function findTriggers(ctx: EventContext): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const byFirst = triggerIndex();
  const any = byFirst.get('') ?? [];
  const none: CompiledTrigger[] = [];
  for (const sentence of ctx.doc.sentences) {
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      const byLemma = byFirst.get(`l:${ctx.lemmas[i]}`) ?? none;
      const byWord = byFirst.get(`w:${ctx.folded[i]}`) ?? none;
      const found = byLemma.length + byWord.length + any.length === 0 ? null : longestAt(ctx, i, sentence.endToken, byLemma, byWord, any);
      if (!found) {
        i++;
        continue;
      }
      const hit = toHit(ctx, found.trigger.rule, i, found.end, sentence.index);
      const around = (p: CompiledTrigger['contexts'][number]): boolean => !!ctx.matcher.around(p, { start: i, end: found.end }, { limit: sentence.endToken, floor: sentence.firstToken, maxLeft: SENSE_REACH });
      const { senses, contexts } = found.trigger;
      const blocked = senses.some((s) => around(s.block) && !(s.unless && around(s.unless))) || (contexts.length > 0 && !contexts.some(around));
      if (!blocked) hits.push(hit);
      else if (hit.entry.type === 'summit') hits.push({ ...hit, blocked: true });
      i = found.end;
    }
  }
  return hits;
}

function longestAt(ctx: EventContext, i: number, limit: number, ...buckets: CompiledTrigger[][]): { trigger: CompiledTrigger; end: number } | null {
  let best: { trigger: CompiledTrigger; end: number } | null = null;
  for (const candidates of buckets) {
    for (const t of candidates) {
      if (t.rule.pos && !t.rule.pos.includes('NOUN') && pluralAfterTo(ctx, i)) continue;
      const m = ctx.matcher.at(t.pattern, i, { limit });
      if (!m || m.end <= i) continue;
      // the part of speech is the head's: a noun's last word ("first visit"), a verb's first
      const head = t.rule.form === 'noun' ? m.end - 1 : i;
      if (t.rule.pos && !t.rule.pos.includes(ctx.pos[head] ?? '') && !(t.rule.pos.includes('VERB') && inVerbPosition(ctx, head))) continue;
      if (!best || m.end > best.end || (m.end === best.end && t.order < best.trigger.order)) best = { trigger: t, end: m.end };
    }
  }
  return best;
}

function toHit(ctx: EventContext, rule: TriggerRule, first: number, end: number, sentence: number): TriggerHit {
  const last = end - 1;
  const headAt = rule.form === 'noun' ? last : first;
  const lastWord = ctx.folded[last] ?? '';
  const plural = rule.form === 'noun' && lastWord !== (ctx.lemmas[last] ?? lastWord) && /s$/.test(lastWord) && !USUALLY_PLURAL.has(ctx.lemmas[last] ?? '');
  return {
    entry: rule,
    first,
    end,
    sentence,
    words: ctx.folded.slice(first, end),
    head: ctx.lemmas[headAt] ?? '',
    plural,
    strength: plural && rule.pluralStrength !== undefined ? rule.pluralStrength : rule.strength,
  };
}
