import type { EventContext } from './context.js';
import type { TriggerHit } from './find-triggers.js';

/** Words of a summit's name that are no part of what tells two summits apart. */
const NOT_NAME: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'next', 'last', 'annual', 'upcoming', 'leaders', "leaders'", "'s", 'of', 'summit', 'summits', 'meeting', 'virtual', 'extraordinary', 'special', 'emergency', 'first', 'second', 'third', '(', ')', '-']);

/**
 * A key for a named summit ("the G20 summit" → "g20", "the NATO summit in Vilnius" → "nato",
 * "Summit of the Americas" → "americas", "the 15th BRICS Summit" → "brics"), read from the proper
 * nouns and organisations right before the trigger and after "of"; undefined for a summit with no
 * name ("a summit with Xi").
 */
export function summitName(ctx: EventContext, hit: TriggerHit): string | undefined {
  const words: string[] = [];
  // "the Shanghai Cooperation Organisation (SCO) summit": the acronym names it
  const before = ctx.folded[hit.first - 1] === ')' && ctx.folded[hit.first - 3] === '(' ? hit.first - 2 : hit.first - 1;
  for (let i = before; i >= Math.max(0, before - 5); i--) {
    // "a Quad leaders' summit": the leaders' possessive stands between the name and the noun
    if (LEADERS_POSSESSIVE.has(ctx.folded[i] ?? '') && i > before - 2) continue;
    if (!isNameWord(ctx, i)) break;
    words.unshift(key(ctx, i));
  }
  // a trigger that is the group's own name ("G20", "APEC", "the SCO") names the summit
  if (/^g-?\d+$/.test(ctx.folded[hit.first] ?? '') || hit.entry.id === 'group-of') for (let i = hit.first; i < hit.end; i++) words.push(key(ctx, i));
  if (ctx.folded[hit.end] === 'of') {
    for (let i = ctx.folded[hit.end + 1] === 'the' ? hit.end + 2 : hit.end + 1; i < hit.end + 6 && isNameWord(ctx, i); i++) words.push(key(ctx, i));
  }
  const name = words.filter((w) => w && !NOT_NAME.has(w) && !/^\d+(?:st|nd|rd|th)$/.test(w));
  return name.length ? name.join(' ') : undefined;
}

/** The words of "leaders'" as the tokenizer splits them. */
const LEADERS_POSSESSIVE: ReadonlySet<string> = new Set(['leaders', "'", '’']);

function isNameWord(ctx: EventContext, i: number): boolean {
  const text = ctx.texts[i] ?? '';
  return (/^\p{Lu}/u.test(text) || ctx.facts.organisation[i] || /^g-?\d+$/.test(ctx.folded[i] ?? '') || /^\d+(?:st|nd|rd|th)$/.test(ctx.folded[i] ?? '')) && !ctx.personAt[i] && ctx.dateAt[i] === undefined;
}

function key(ctx: EventContext, i: number): string {
  return (ctx.folded[i] ?? '').replace(/^g-(\d+)$/, 'g$1');
}
