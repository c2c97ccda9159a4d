import type { Match } from '../../match/index.js';
import type { EventContext } from '../context.js';
import type { TriggerHit } from '../find-triggers.js';
import { sameParty, type Party } from '../party.js';
import { compiledRules, type CompiledFrame } from '../rules/index.js';
import type { PartyReading } from '../units/party.js';
import { SPEECH_VERBS } from '../../lexicon/speech.js';
import { clauseSubject, whoClauseAntecedent } from '../refine/agent.js';

/** What an argument frame read around a trigger. */
export interface FrameReading {
  /** Id of the frame that matched. */
  frame: string;
  /** The agent side (subject, or "by" agent), in text order. */
  agents: Party[];
  /** The other side (object, partner), in text order. */
  partners: Party[];
  /** How many items the partner list had ("with A, B and C": 3). */
  partnerItems: number;
  /** How many items the agent list had ("A and B will visit": 2). */
  agentItems: number;
  /** "the leaders of France, Britain and China": one contact per country. */
  perCountry: boolean;
  /** Index one past the last token the frame read. */
  end: number;
  /** Where the frame's verb stands (its `lv` capture: "held", "paid", "invited"), when it has one. */
  verbAt?: number;
  /** The subject of the clause is the partner the frame did not read. */
  subjectIsPartner?: boolean;
  /** What the frame read are all the parties: no attendees from the rest of the sentence. */
  soleParties?: boolean;
  /** What the frame reads is a contact still to come, not the one the text reports ("the two agreed to further talks"). */
  nextOccasion?: boolean;
  /** The frame tells a contact held in person ("stepped aside for a conversation"). */
  inPerson?: boolean;
  /** The partners are members of a group met one by one ("met several counterparts, including A and B"). */
  partnersApart?: boolean;
}

/** Words after which a party before the trigger is an object, not its subject. */
const AGENT_BLOCKERS: ReadonlySet<string> = new Set(['to', 'in', 'at', 'from', 'into', 'for', 'of', 'with', 'than', 'about', 'between', 'on', 'against', 'over', 'via', 'through', 'toward', 'towards', 'across', 'near']);

/** A party right after a preposition or a verb ("travelled to Ramallah to meet", "visit Russia and then head to") is an object. */
export function isObjectPosition(ctx: EventContext, start: number): boolean {
  const before = start - 1;
  if (AGENT_BLOCKERS.has(ctx.folded[before] ?? '')) return true;
  return ctx.pos[before] === 'VERB' && !SPEECH_VERBS.has(ctx.folded[before] ?? '');
}

/** Light verbs whose subject receives the other party ("received a courtesy call from", "granted an audience to"). */
const RECEIVING_LIGHT_VERBS: ReadonlySet<string> = new Set(['receive', 'host', 'welcome', 'grant', 'accord', 'give', 'extend']);

/**
 * Reads the parties of a trigger with the first frame that gives it two parties (a group counts as
 * two), else with the first that gives it any; null when no frame matches.
 */
export function readFrames(ctx: EventContext, hit: TriggerHit): FrameReading | null {
  const sentence = ctx.doc.sentences[hit.sentence];
  const bounds = { limit: sentence?.endToken ?? ctx.length, floor: sentence?.firstToken ?? 0, maxLeft: 40 };
  let partial: FrameReading | null = null;
  for (const frame of compiledRules().frames) {
    if (!applies(frame, hit)) continue;
    const m = ctx.matcher.around(frame.pattern, { start: hit.first, end: hit.end }, bounds);
    if (!m) continue;
    const reading = interpret(ctx, frame, hit, m);
    if (!reading) continue;
    if (weight(reading) === 0 || (frame.rule.subjectIsAgent && reading.agents.length === 0)) {
      // the frame names no agent of its own: the clause's subject is the agent
      const subject = (frame.rule.subjectIsAgent ? whoClauseAntecedent(ctx, hit.first) : undefined) ?? clauseSubject(ctx, hit.first);
      if (subject.length === 0 && weight(reading) === 0) continue;
      reading.agents = subject;
    }
    // "X was in Doha to attend the summit, which Y chaired": the host read in the relative clause, the subject attends
    if (frame.rule.subjectAttends) reading.agents = [...reading.agents, ...clauseSubject(ctx, hit.first).filter((p) => !reading.agents.some((q) => sameParty(p, q)))];
    if (weight(reading) >= 2) return reading;
    partial ??= reading;
  }
  return partial;
}

function applies(frame: CompiledFrame, hit: TriggerHit): boolean {
  const rule = frame.rule;
  return (
    rule.forms.includes(hit.entry.form) &&
    (!rule.roles || rule.roles.includes(hit.entry.role)) &&
    (!rule.types || rule.types.includes(hit.entry.type)) &&
    (!rule.triggers || rule.triggers.includes(hit.entry.id)) &&
    (!hit.entry.onlyFrames || hit.entry.onlyFrames.includes(rule.id))
  );
}

/** How many parties a reading names, a group counting as two. */
function weight(r: FrameReading): number {
  return [...r.agents, ...r.partners].reduce((n, p) => n + (p.kind === 'group' ? 2 : 1), 0);
}

function reading(m: Match, name: string): PartyReading | undefined {
  return m.captures[name]?.value as PartyReading | undefined;
}

/** Turns a frame match into agents and partners, with the host marked for host and visit triggers. */
function interpret(ctx: EventContext, frame: CompiledFrame, hit: TriggerHit, m: Match): FrameReading | null {
  const a = reading(m, 'a');
  const b = reading(m, 'b');
  const ab = reading(m, 'ab');
  // "travelled to Ramallah to meet …": a party after a preposition is no subject
  const subject = m.captures.a ?? m.captures.ab;
  // (unless the pattern reads it as the object of its light verb: "invited A to visit")
  const lightVerbObject = !!m.captures.lv && m.captures.lv.end === subject?.start;
  // (nor where the pattern reads the words before it, "the offer of A to host", or it owns what follows, "accepted A's offer")
  // (nor an owner after a verb: "praised his meetings with", where the owner is the agent of what the verb takes)
  const ownerOfObject = !!a?.possessor && !!b && !AGENT_BLOCKERS.has(ctx.folded[(subject?.start ?? 0) - 1] ?? '');
  const readByPattern = !!subject && (subject.start > m.start || /^['’]s$/.test(ctx.folded[subject.end] ?? '') || ownerOfObject);
  if (subject && subject.start < hit.first && isObjectPosition(ctx, subject.start) && !lightVerbObject && !readByPattern && !frame.rule.agentMayBeObject) return null;
  // "welcomed Trump's plan": an owner is no partner, unless the pattern reads on past the "'s" ("returned Y's call")
  if (b?.possessor && (m.captures.b?.end ?? 0) >= m.end) return null;
  const prep = m.captures.prep ? ctx.folded[m.captures.prep.start] : undefined;
  // "talks on Syria": after "on", a country is the topic; only a call is paid on someone ("a courtesy call on the king")
  // (with no one else on that side, the country may well be the other side: it is kept)
  const topic = prep === 'on' && hit.head !== 'call' && !!b?.parties.every((p) => p.kind === 'country') && (a?.parties.length ?? 0) + (ab?.parties.length ?? 0) >= 2;
  // "a visit by A", "a dinner hosted by A": the party after "by" is the agent
  const byAgent = prep === 'by' && !a && !ab;
  // "X offered to host talks between A and B": who arranges a contact between others is no party to it
  const arranger = prep === 'between';
  const agents = [...(ab?.parties ?? []), ...(a && !arranger ? a.parties : []), ...(byAgent || arranger ? (b?.parties ?? []) : [])].map((p) => ({ ...p }));
  // a description never stands for the other side of its own contact ("X met the leader …" is not X)
  const partners = (byAgent || arranger || topic ? [] : (b?.parties ?? [])).filter((p) => !agents.some((a) => sameParty(a, p))).map((p) => ({ ...p }));
  if (agents.length + partners.length === 0 && !frame.rule.subjectIsAgent) return null;
  const lightVerb = m.captures.lv ? ctx.lemmas[m.captures.lv.start] : undefined;
  const agentHosts = hit.entry.role === 'host' || (lightVerb !== undefined && RECEIVING_LIGHT_VERBS.has(lightVerb)) || (hit.entry.role === 'visit' && prep === 'from');
  const partnerHosts = !agentHosts && hit.entry.role === 'visit';
  for (const p of agents) if (agentHosts && p.kind !== 'group' && partners.length) p.host = true;
  for (const p of partners) if (partnerHosts && p.kind !== 'group') p.host = true;
  return {
    frame: frame.rule.id,
    agents,
    partners,
    partnerItems: byAgent ? 0 : (b?.items ?? 0),
    agentItems: (ab ?? (arranger ? undefined : a) ?? (byAgent ? b : undefined))?.items ?? 0,
    perCountry: !!(a?.perCountry || b?.perCountry || ab?.perCountry),
    end: m.end,
    ...(m.captures.lv ? { verbAt: m.captures.lv.start } : {}),
    ...(frame.rule.subjectIsPartner ? { subjectIsPartner: true } : {}),
    ...(frame.rule.soleParties ? { soleParties: true } : {}),
    ...(frame.rule.nextOccasion ? { nextOccasion: true } : {}),
    ...(frame.rule.inPerson ? { inPerson: true } : {}),
    ...(frame.rule.partnersApart ? { partnersApart: true } : {}),
  };
}
