import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';
import { lastSentenceUpTo, mentionedWithin, sharesPerson } from './nearby-drafts.js';
import { CONTINUING_WORDS } from '../../lexicon/continuation.js';
import { RECALLING_WORDS } from '../../lexicon/recall.js';

/** How many sentences back the contact a continuation goes on from may stand. */
const REACH = 3;

/**
 * "X received Y on Tuesday. X also received Z.": a contact that happened (or is planned), with no
 * date of its own, in a sentence that goes on with a continuing word from an earlier contact of
 * the same status of one of its parties ("also", "later", "before meeting …"), takes that
 * contact's day (inherited). Only day-precise dates are passed on, and not
 * into a sentence that recalls an earlier occasion.
 */
export function continuedDay(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  for (const d of drafts) {
    if (d.date || (d.status.value !== 'occurred' && d.status.value !== 'planned')) continue;
    const m = d.mentions[0];
    if (!m || !continues(ctx, m.hit.sentence)) continue;
    // a plan goes on from a plan ("will meet X on Friday. He will also meet Y"), what happened from what happened
    const before = drafts.filter((p) => p !== d && p.date?.value.precision === 'day' && p.status.value === d.status.value && sharesPerson(p.parties, d.parties) && mentionedWithin(p, m.hit.sentence, REACH));
    const source = before.sort((a, b) => lastSentenceUpTo(b, m.hit.sentence) - lastSentenceUpTo(a, m.hit.sentence))[0];
    if (source?.date) d.date = { value: source.date.value, certainty: 'inherited' };
  }
  return drafts;
}

/** Whether sentence `s` has a continuing word and no word that recalls an earlier occasion. */
function continues(ctx: EventContext, s: number): boolean {
  const sentence = ctx.doc.sentences[s];
  if (!sentence) return false;
  let found = false;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const w = ctx.folded[i] ?? '';
    // "before meeting X", "after talks with Y": the order of one occasion's contacts
    const ordering = (w === 'before' || w === 'after') && /ing$/.test(ctx.folded[i + 1] ?? '');
    if (RECALLING_WORDS.has(w) && !ordering) return false;
    if (ordering || CONTINUING_WORDS.has(w) || CONTINUING_WORDS.has(`${w} ${ctx.folded[i + 1] ?? ''}`)) found = true;
  }
  return found;
}
