import type { Match } from '../../match/index.js';
import type { EventStatus } from '../../types.js';
import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import type { Party } from '../party.js';
import { placeAt } from '../place.js';
import { compiledRules } from '../rules/index.js';
import type { PartyReading } from '../units/party.js';

/** Words before a stop's verb that put it ahead ("will take him on to", "is to end in"). */
const AHEAD: ReadonlySet<string> = new Set(['will', "'ll", 'would', 'shall', 'to', 'next', 'later']);

/** One stop a tour names: the country, where the text names it, and how the text puts it. */
interface Stop {
  party: Extract<Party, { kind: 'country' }>;
  at: number;
  status?: EventStatus;
  traveller: Party[];
}

/**
 * The stops of a tour named after its noun, anywhere in the rest of the sentence ("a tour that
 * began in A and B and will take Mr Wang on to C before ending in D"): each stop the trip's frame
 * did not read becomes a visit of its own, with the traveller the text names ("take Mr Wang") and
 * the status its own verb gives ("began in" happened, "will take … to" is planned, a stop after
 * "before" goes with the one before it). Stops read before the frame's end are left to the frame.
 */
export function tourStops(ctx: EventContext, read: EventMention[]): EventMention[] {
  const out: EventMention[] = [];
  for (const m of read) {
    out.push(m);
    if (m.hit.entry.role !== 'visit' || m.hit.entry.form !== 'noun') continue;
    const stops = readStops(ctx, m).filter((s) => !m.parties.some((p) => p.kind === 'country' && p.code === s.party.code));
    if (stops.length === 0) continue;
    const traveller = stops.find((s) => s.traveller.length)?.traveller ?? [];
    if (!m.parties.some((p) => !p.host) && traveller.length) m.parties = [...traveller, ...m.parties];
    out.push(...stops.map((s) => stopVisit(ctx, m, s, traveller)));
  }
  return out;
}

function readStops(ctx: EventContext, m: EventMention): Stop[] {
  const s = ctx.doc.sentences[m.hit.sentence];
  const end = s?.endToken ?? ctx.length;
  const after = Math.max(m.hit.end, m.frame?.end ?? 0);
  const stops: Stop[] = [];
  let status: EventStatus | undefined;
  const words = new Set(ctx.folded.slice(s?.firstToken ?? 0, end));
  const rules = compiledRules().stops.filter((r) => !r.rule.needs || r.rule.needs.some((w) => words.has(w)));
  for (let i = s?.firstToken ?? 0; i < end; i++) {
    if (ctx.folded[i] === ';' && i >= after) break;
    if (i >= m.hit.first && i < after) continue;
    for (const rule of rules) {
      if (i < after && !rule.rule.wholeSentence) continue;
      if (rule.starts && !rule.starts.has(ctx.folded[i] ?? '') && !rule.starts.has(ctx.lemmas[i] ?? '')) continue;
      const found = ctx.matcher.at(rule.pattern, i, { limit: end });
      if (!found) continue;
      status = stopStatus(ctx, i) ?? status;
      stops.push(...stopsOf(ctx, found, status));
      i = found.end - 1;
      break;
    }
  }
  return stops;
}

function stopsOf(ctx: EventContext, found: Match, status: EventStatus | undefined): Stop[] {
  const b = found.captures.b;
  const traveller = ((found.captures.a?.value as PartyReading | undefined)?.parties ?? []).filter((p) => p.kind === 'person');
  if (!b) return [];
  const parties = (b.value as PartyReading).parties.filter((p): p is Stop['party'] => p.kind === 'country');
  return parties.map((party) => ({ party, at: firstMention(ctx, party.code, b.start, b.end), ...(status ? { status } : {}), traveller }));
}

/** "began in", "took him to": past; "will take him on to", "ends in" (a timetable): planned; else the stop goes with the one before. */
function stopStatus(ctx: EventContext, verb: number): EventStatus | undefined {
  if (ctx.pos[verb] !== 'VERB') return undefined;
  const word = ctx.folded[verb] ?? '';
  if (word.endsWith('s') && word !== ctx.lemmas[verb]) return 'planned';
  if (word !== ctx.lemmas[verb] && !word.endsWith('ing')) return 'occurred';
  for (let k = verb - 1; k >= verb - 3; k--) if (AHEAD.has(ctx.folded[k] ?? '')) return 'planned';
  return undefined;
}

function firstMention(ctx: EventContext, code: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (ctx.facts.country[i] === code && ctx.facts.countryKind[i] !== 'demonym') return i;
  return -1;
}

function stopVisit(ctx: EventContext, trip: EventMention, stop: Stop, traveller: Party[]): EventMention {
  const agents = trip.parties.filter((p) => !p.host);
  const host = { ...stop.party, host: true };
  const guests = agents.length ? agents : traveller;
  const place = stop.at >= 0 ? placeAt(ctx, stop.at, ctx.length) : undefined;
  const { date: _date, ...rest } = trip;
  return {
    ...rest,
    parties: [...guests, host],
    status: stop.status ?? trip.status,
    ...(place ? { place } : {}),
    frame: { frame: 'tour-stop', agents: guests, partners: [host], partnerItems: 1, agentItems: guests.length, perCountry: false, end: trip.frame?.end ?? trip.hit.end },
  };
}
