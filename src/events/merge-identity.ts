import type { EventContext } from './context.js';
import type { EventDraft } from './merge.js';
import type { EventMention } from './mention/mention.js';
import type { Party } from './party.js';
import { sameParty } from './party-match.js';
import { TYPE_FREE_TALK } from './lexicon.js';

/*
 * Evidence that a mention is, or is not, the contact an event already holds, beyond type, date,
 * place and status (which `merge.ts` weighs itself): who takes part, and what the text calls it.
 */

/**
 * "During a phone call with X, Y discussed Gaza": talk that says nothing of how, in the sentence of
 * a contact of the same people, is that contact.
 */
export function talkInItsSentence(ctx: EventContext, d: EventDraft, m: EventMention, parties: Party[]): boolean {
  if (!TYPE_FREE_TALK.has(m.hit.entry.id) || d.type === 'summit' || parties.length < 2) return false;
  if (!d.mentions.some((x) => x.hit.sentence === m.hit.sentence)) return false;
  return parties.every((p) => d.parties.some((q) => sameParty(ctx, p, q)));
}

/**
 * "The pope received A and B … Z later sat down with A and B": when the mention names a person the
 * event lacks, and the event has a person the mention lacks, they are two contacts of a shared
 * pair with different third parties, not one.
 */
export function eachHasOwnPerson(ctx: EventContext, d: EventDraft, parties: Party[]): boolean {
  // (a summit's attendees are told a few at a time)
  if (d.type === 'summit') return false;
  const outside = (p: Party, others: Party[]): boolean => p.kind === 'person' && !others.some((q) => sameParty(ctx, p, q));
  return parties.some((p) => p.kind === 'person' && p.via === 'name' && outside(p, d.parties)) && d.parties.some((q) => outside(q, parties));
}

/** Words that make a contact one of two sides only ("a bilateral meeting", "a one-on-one", "a tête-à-tête"). */
const BILATERAL_WORDS: ReadonlySet<string> = new Set(['bilateral', 'one-on-one', 'one-to-one', 'tete-a-tete', 'tête-à-tête', 'tete-à-tete', 'head-to-head']);

/** Whether the mention's trigger, or a word right before it, says the contact was of two sides only. */
export function bilateral(ctx: EventContext, m: EventMention): boolean {
  for (let i = Math.max(0, m.hit.first - 3); i < m.hit.end; i++) if (BILATERAL_WORDS.has(ctx.folded[i] ?? '')) return true;
  return false;
}
