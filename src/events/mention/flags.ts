import type { EventContext } from '../context.js';
import type { TriggerHit } from '../find-triggers.js';
import { phraseAt } from '../phrase-at.js';
import { GENERIC_DETERMINERS, REPEATED_CONTACT_CUES } from '../status-cues.js';
import { numberValue, VAGUE_QUANTITIES } from '../../lexicon/numbers.js';

/** Words before "summit" that make it a gathering of many ("a trilateral summit", "the African summit"). */
const MULTILATERAL_WORDS: ReadonlySet<string> = new Set(['trilateral', 'multilateral', 'regional', 'international', 'global', 'world', 'eu', 'asean', 'nato', 'brics', 'arab', 'african', 'nuclear', 'climate']);

/** Parts of speech of the words of a compound before an event noun ("nuclear security summit"). */
const COMPOUND_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

/** Noun modifiers that do not make an event noun name a contact of its own ("phone call", "state visit"). */
const PLAIN_MODIFIERS: ReadonlySet<string> = new Set(['phone', 'telephone', 'surprise', 'day', 'state', 'official']);

/** "any meeting", "such a summit", "all summits", a weak plural with no partners: no particular event. */
export function isGeneric(ctx: EventContext, hit: TriggerHit, npStart: number): boolean {
  if (GENERIC_DETERMINERS.has(ctx.folded[npStart] ?? '')) return true;
  // "the ASEAN-related summits", "the G20 and APEC summits": the summits of a named body are particular ones
  if (ctx.folded[hit.end - 1] === 'summits') return !namesABody(ctx, npStart, hit.first);
  return hit.plural && hit.strength < 0.55;
}

/** Whether an organisation or a group's name ("G20", "ASEAN") stands in the noun phrase before the trigger. */
function namesABody(ctx: EventContext, npStart: number, first: number): boolean {
  for (let i = Math.max(npStart, first - 4); i < first; i++) if (ctx.facts.organisation[i] || /^g-?\d+$/.test(ctx.folded[i] ?? '')) return true;
  return false;
}

/** "have spoken seven times", "met on numerous occasions", "talk every week": a repeated, unspecified contact. */
export function isRepeated(ctx: EventContext, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 10); i++) {
    for (const cue of REPEATED_CONTACT_CUES) {
      if (!phraseAt(ctx.folded, i, cue)) continue;
      if (cue[0] !== 'times' && cue[0] !== 'occasions') return true;
      if (numberValue(ctx.folded[i - 1] ?? '') !== undefined || VAGUE_QUANTITIES.has(ctx.folded[i - 1] ?? '')) return true;
    }
  }
  return false;
}

/** "the cooperation council meeting": a noun modifier names a contact of its own, not the last one. */
export function isModified(ctx: EventContext, npStart: number, first: number): boolean {
  for (let i = npStart; i < first; i++) {
    const noun = ctx.pos[i] === 'NOUN' || ctx.pos[i] === 'PROPN';
    if (noun && !ctx.personAt[i] && !ctx.facts.country[i] && ctx.dateAt[i] === undefined && !ctx.facts.organisation[i] && !/^g-?\d+$/.test(ctx.folded[i] ?? '') && !PLAIN_MODIFIERS.has(ctx.folded[i] ?? '')) return true;
  }
  return false;
}

/** "the G20 summit", "the NATO Summit", "Summit of the Americas", "a trilateral summit": a gathering of many. */
export function isMultilateral(ctx: EventContext, npStart: number, hit: TriggerHit): boolean {
  if (hit.entry.multilateral || /^g-?\d+$/.test(ctx.folded[hit.first] ?? '')) return true;
  // "the North American Leaders Summit": a summit with a name of its own
  if (/^S/.test(ctx.texts[hit.first] ?? '') && hit.first > npStart && /^\p{Lu}/u.test(ctx.texts[hit.first - 1] ?? '') && !ctx.personAt[hit.first - 1]) return true;
  for (let i = npStart; i < hit.end; i++) if (ctx.facts.organisation[i] || /^g-?\d+$/.test(ctx.folded[i] ?? '') || MULTILATERAL_WORDS.has(ctx.folded[i] ?? '')) return true;
  // "the climate summit", "the nuclear security summit": a word of many inside the compound, before where the noun phrase was read to start
  for (let i = npStart - 1; i >= Math.max(0, hit.first - 3) && COMPOUND_POS.has(ctx.pos[i] ?? ''); i--) if (MULTILATERAL_WORDS.has(ctx.folded[i] ?? '')) return true;
  // "the Shanghai Cooperation Organisation (SCO) summit": an organisation before its acronym
  if (ctx.folded[hit.first - 1] === ')') {
    for (let i = hit.first - 2; i >= Math.max(0, hit.first - 6); i--) if (ctx.folded[i] === '(') return !!ctx.facts.organisation[i - 1] || /^\p{Lu}/u.test(ctx.texts[i + 1] ?? '');
  }
  // "Summit of the Americas", "Summit of the Group of 20"
  if (ctx.folded[hit.end] !== 'of') return false;
  const next = ctx.folded[hit.end + 1] === 'the' ? hit.end + 2 : hit.end + 1;
  return /^\p{Lu}/u.test(ctx.texts[next] ?? '');
}

/** Words before an event noun that make it the next occasion of a recurring event ("next year's summit", "the next session"). */
const SEQUEL_WORDS: ReadonlySet<string> = new Set(['next', 'following']);

/**
 * "will host next year's summits", "the next full summit": the next occasion of a recurring event,
 * never the one the text reports. Read in the noun phrase before the trigger.
 */
export function isSequel(ctx: EventContext, npStart: number, first: number): boolean {
  for (let i = npStart; i < first; i++) if (SEQUEL_WORDS.has(ctx.folded[i] ?? '')) return true;
  return false;
}
