import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import { LEADER_ROLES } from '../lexicon.js';
import { RECALLING_ADVERBS } from '../../lexicon/recall.js';
import { relativeClauseAround } from '../mention/clause.js';

/** How far around a visit its host's leader is looked for. */
const WINDOW = 40;

/**
 * "King Salman has invited Raisi to visit Riyadh": a visited country is represented by its leader
 * when the sentence names one; in a relative clause about another occasion ("X, who last visited
 * China in 1993, will meet Y"), only when the clause itself names one.
 */
export function visitHost(ctx: EventContext, read: EventMention[]): EventMention[] {
  for (const m of read) {
    if (m.hit.entry.role !== 'visit') continue;
    const s = ctx.doc.sentences[m.hit.sentence];
    if (!s) continue;
    const own = relativeClauseAround(ctx, m.hit.first, s.firstToken, s.endToken);
    const [from, to] = own && anotherOccasion(ctx, own) ? [own.start, own.end] : [Math.max(s.firstToken, m.hit.first - WINDOW), Math.min(s.endToken, m.hit.end + WINDOW)];
    m.parties = m.parties.map((p) => {
      if (p.kind !== 'country' || !p.host) return p;
      for (let i = from; i < to; i++) {
        const id = ctx.personAt[i];
        const person = id ? ctx.people.get(id) : undefined;
        if (person?.country === p.code && person.role && LEADER_ROLES.has(person.role) && !m.parties.some((q) => q.kind === 'person' && q.personId === id)) {
          return { kind: 'person', personId: person.id, host: true, via: 'name' };
        }
      }
      return p;
    });
  }
  return read;
}

/** Whether a stretch tells of another occasion: an adverb of an earlier one ("last", "previously"), or a date in another year than the report's. */
function anotherOccasion(ctx: EventContext, span: { start: number; end: number }): boolean {
  const year = ctx.publishedAt?.slice(0, 4);
  for (let i = span.start; i < span.end; i++) {
    const d = ctx.dateAt[i];
    if (d === undefined ? RECALLING_ADVERBS.has(ctx.folded[i] ?? '') : !!year && ctx.dates[d]?.start.slice(0, 4) !== year) return true;
  }
  return false;
}

/**
 * "They last spoke on November 24", "in August 2023, the two leaders talked again": talk with a
 * group as its subject and a date of its own has both sides in it (not "they spoke to reporters").
 */
function datedGroupTalk(ctx: EventContext, m: EventMention): boolean {
  const group = m.hit.entry.id === 'speak.verb' && m.parties.length === 1 && m.parties[0]?.kind === 'group';
  const next = ctx.folded[m.hit.end] ?? '';
  return group && !!m.date && !m.dateInherited && next !== 'to' && next !== 'with';
}

/**
 * Triggers that need a partner ("spoke", "called", "received") count only with one; those that
 * need a traveller ("toured") only with someone not a host (see `TriggerRule.needsTraveller`).
 */
export function dropPartnerless(ctx: EventContext, read: EventMention[]): EventMention[] {
  const dropped = read.map((m) => (!!m.hit.entry.needsPartner && m.parties.length < 2 && !datedGroupTalk(ctx, m)) || (!!m.hit.entry.needsTraveller && m.parties.every((p) => p.host)));
  read.forEach((m, k) => {
    // "spoke in a side room before a gala dinner last night": the day read for a noun dropped in the
    // clause of a contact is that contact's (not so across a comma: "…, who last spoke in May")
    const before = read[k - 1];
    const sameClause = before && m.hit.entry.form === 'noun' && !ctx.folded.slice(before.hit.end, m.hit.first).some((w) => w === ',' || w === ';');
    if (dropped[k] && m.date && !m.dateInherited && before && sameClause && !dropped[k - 1] && !before.date) [before.date, before.dateWhole] = [m.date, m.dateWhole];
  });
  return read.filter((_, k) => !dropped[k]);
}
