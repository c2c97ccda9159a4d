import type { EventContext } from './context.js';
import type { Party } from './party.js';
import { readPartyList } from './units/party.js';

/** Two or more people a sentence names together ("X and Y agreed …"), where the list starts. */
export interface NamedGroup {
  /** The token the list starts at. */
  at: number;
  /** The people, in text order. */
  parties: Party[];
}

/**
 * The people the text names together in a coordinated list ("Abiy and Somali President X agreed
 * to …", "he and his Kenyan counterpart signed …"), whether or not a contact is reported there:
 * the first thing "the two leaders" or "each of them" after it may mean.
 */
export function namedGroups(ctx: EventContext): NamedGroup[] {
  const out: NamedGroup[] = [];
  for (const s of ctx.doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (!ctx.personStart[i] && !(ctx.folded[i] === 'he' || ctx.folded[i] === 'she')) continue;
      const read = readPartyList(ctx, i, s.endToken, true);
      if (!read) continue;
      const people = read.value.parties.filter((p) => p.kind === 'person');
      if (read.value.items >= 2 && people.length >= 2 && ctx.folded.slice(i, read.end).includes('and') && subjectAt(ctx, i, read.end)) out.push({ at: i, parties: people });
      i = Math.max(i, read.end - 1);
    }
  }
  return out;
}

/** Whether the list from `i` to `end` is a clause's subject: no preposition before it, a verb after it ("A and B agreed", "A and B have since …"). */
function subjectAt(ctx: EventContext, i: number, end: number): boolean {
  // ("after he and X agreed": a subject pronoun is no object of the word before it)
  const pronoun = ctx.folded[i] === 'he' || ctx.folded[i] === 'she';
  if (!pronoun && (ctx.pos[i - 1] === 'ADP' || ctx.pos[i - 1] === 'CCONJ')) return false;
  // ("A, Peru's minister, and his counterpart, B, agreed": the comma closing an apposition)
  const after = ctx.folded[end] === ',' ? end + 1 : end;
  const next = ctx.pos[after] === 'ADV' ? after + 1 : after;
  return ctx.pos[next] === 'VERB' || ctx.pos[next] === 'AUX';
}
