import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import type { Party } from '../party.js';
import { DECLINE_FILLERS, DECLINE_PHRASES } from '../rules/declined.js';
import { resolvePronoun } from '../units/pronoun.js';
import { coordinatedNouns } from '../mention/coordination.js';
import { NEGATIONS } from '../../lexicon/negation.js';
import { clauseSubject } from './agent.js';
import { hostParty, relativeHost } from './summit-host.js';

/** How many words of a summit's name may stand between a decline phrase and the summit's noun ("skip the Group of 20 summit"). */
const NAME_GAP = 7;


/**
 * "X will skip the G20 summit", "stayed away from the summit": the one who stays away has the
 * summit as a contact called off (status cancelled), apart from the summit the others attend. Its
 * party is the subject of the phrase; the other people of the sentence are not its attendees.
 */
export function declinedAttendance(ctx: EventContext, read: EventMention[]): EventMention[] {
  const hosted: EventMention[] = [];
  for (const m of read) {
    // "skipped it and sent X in his place": the staying away is not the stand-in's
    if (m.hit.entry.id === 'stand-in' && m.status === 'cancelled') m.status = 'occurred';
    if (m.hit.entry.id === 'stay-away') {
      stayingAway(ctx, m);
      continue;
    }
    if (m.type !== 'summit' || m.topic) continue;
    const cue = declineBefore(ctx, m.hit.first, ctx.doc.sentences[m.hit.sentence]?.firstToken ?? 0);
    if (cue < 0) continue;
    // with nobody named ("Mexico's president won't attend the summit"), still no attending of it
    const away = decliners(ctx, m, cue);
    // "stayed away from the summit that Modi hosted": the host holds it all the same
    const host = relativeHost(ctx, m);
    if (host && !away.some((a) => a.kind === 'person' && a.personId === host)) {
      const hosts = [hostParty(host)];
      hosted.push({ ...m, parties: hosts, attendees: [...hosts] });
    }
    markDeclined(m, away);
  }

  // "scrapped his trip to the APEC summit in Bali and the East Asia Summit in Brunei": the next summit of the list too
  for (const [k, m] of read.entries()) {
    const prev = read[k - 1];
    if (m.type === 'summit' && !m.declined && prev?.declined && coordinatedNouns(ctx, prev.hit, m.hit)) markDeclined(m, prev.parties);
  }
  return hosted.length ? [...read, ...hosted].sort((a, b) => a.hit.first - b.hit.first) : read;
}

/** Whether a decline phrase starts within `reach` words after token `i` ("X will skip it", "X stayed away"). */
export function declinesAfter(ctx: EventContext, i: number, reach: number): boolean {
  for (let j = i + 1; j <= i + reach; j++) if (DECLINE_PHRASES.some((phrase) => phraseEnd(ctx, j, phrase) >= 0)) return true;
  return false;
}

/** Start of a decline phrase whose end stands at most {@link NAME_GAP} words before `first`, or -1. */
function declineBefore(ctx: EventContext, first: number, sStart: number): number {
  for (let i = first - 1; i >= Math.max(sStart, first - NAME_GAP - 6); i--) {
    for (const phrase of DECLINE_PHRASES) {
      const end = phraseEnd(ctx, i, phrase);
      if (end < 0 || first - end > NAME_GAP) continue;
      // only the summit's name between: no verb, no clause break
      if (!onlyName(ctx, end, first)) continue;
      return i;
    }
  }
  return -1;
}

/** Whether only a summit's name stands between `from` and `to`: no verb (but a hyphenated "U.S.-hosted"), no clause break. */
function onlyName(ctx: EventContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (ctx.folded[k] === ',' || ctx.folded[k] === ';' || ctx.folded[k] === 'and') return false;
    if ((ctx.pos[k] === 'VERB' || ctx.pos[k] === 'AUX') && ctx.folded[k - 1] !== '-') return false;
  }
  return true;
}

/** End of `phrase` read from token `i` (fillers allowed between its words), or -1. */
function phraseEnd(ctx: EventContext, i: number, phrase: readonly string[]): number {
  let j = i;
  for (const [k, word] of phrase.entries()) {
    while (k > 0 && DECLINE_FILLERS.has(ctx.folded[j] ?? '') && (ctx.lemmas[j] ?? '') !== word) j++;
    // every negation reads as the lemma "not"
    const lemma = NEGATIONS.has(ctx.folded[j] ?? '') ? 'not' : (ctx.lemmas[j] ?? '');
    if (lemma !== word) return -1;
    j++;
  }
  return j;
}

/**
 * Who stays away: the subject of the phrase's clause ("Xi stayed away from the summit that Modi
 * hosted": Xi, not the host the summit's frame reads), else the frame's agents, else the person or
 * pronoun nearest before the phrase in its sentence.
 */
function decliners(ctx: EventContext, m: EventMention, cue: number): Party[] {
  const subject = clauseSubject(ctx, cue).filter((p) => p.kind === 'person');
  if (subject.length) return subject;
  const agents = (m.frame?.agents ?? []).filter((p) => p.kind === 'person');
  if (agents.length) return agents;
  const sStart = ctx.doc.sentences[m.hit.sentence]?.firstToken ?? 0;
  for (let i = cue - 1; i >= sStart; i--) {
    const id = ctx.personAt[i] ?? (/^(he|she)$/.test(ctx.folded[i] ?? '') ? resolvePronoun(ctx, i, new Set()) : undefined);
    if (id) return [{ kind: 'person', personId: id, via: ctx.personAt[i] ? 'name' : 'pronoun' }];
  }
  return [];
}

/** How many sentences back a summit may be named for "X stayed away" to mean it. */
const SUMMIT_LOOKBACK = 2;

/**
 * "Indian Prime Minister X stayed away", "Y did not make the trip": with a summit named in its
 * sentence or the two before, the subject stays away from it; with none, the phrase is no contact.
 */
function stayingAway(ctx: EventContext, m: EventMention): void {
  const from = ctx.doc.sentences[Math.max(0, m.hit.sentence - SUMMIT_LOOKBACK)]?.firstToken ?? 0;
  const summitNamed = ctx.lemmas.slice(from, m.hit.first).includes('summit');
  const who = summitNamed ? decliners(ctx, m, m.hit.first) : [];
  if (who.length === 0) m.generic = true;
  else markDeclined(m, who);
}

/** The summit of a mention is one its parties stay away from: called off for them, with no attendees. */
function markDeclined(m: EventMention, parties: Party[]): void {
  Object.assign(m, { status: 'cancelled', declined: true, parties, attendees: [], fallbackParties: [] });
}
