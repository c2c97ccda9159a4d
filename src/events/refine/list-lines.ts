import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import type { Party } from '../party.js';
import { clauseSubject } from './agent.js';
import type { PartyReading } from '../units/party.js';
import { EVENT_LEXICON } from '../rules/index.js';
import { compilePattern, type CompiledPattern } from '../../match/index.js';
import { startsLine } from '../../text/lines.js';

/** Marks that open a line of a list ("- ", "• ", "1. "). */
const BULLETS: ReadonlySet<string> = new Set(['-', '•', '*', '–', '—', '·', '▪', '●', '◦', '‣', '>']);

/** How far into a line its party is looked for ("- with Egyptian Foreign Minister X", "- a courtesy call on X"). */
const LINE_PARTY = '(#DATE | NUM | \\: | a | an | the | with | on | to | courtesy | call | calls | meeting | talks | bilateral | ADJ){0,6} [b:PARTY]';

let linePattern: CompiledPattern<EventContext> | undefined;

/**
 * A line ending in a colon followed by a bulleted list ("met with the following ministers:" /
 * "- X, Foreign Minister of Jordan" / "- Y, …"): each line without a contact of its own is one
 * contact of the head line's trigger with the party it names; a line with a contact of its own
 * ("- 11:30 Phone call with X") takes the head line's subject as its other party.
 */
export function readListLines(ctx: EventContext, mentions: EventMention[]): EventMention[] {
  linePattern ??= compilePattern(LINE_PARTY, EVENT_LEXICON);
  let out = mentions;
  for (const s of ctx.doc.sentences) {
    if (ctx.folded[s.endToken - 1] !== ':') continue;
    const lines = bulletLines(ctx, s.index + 1);
    if (lines.length === 0) continue;
    const agent = headAgent(ctx, s.firstToken, s.endToken - 1) ?? headAgent(ctx, ctx.doc.sentences[s.index - 1]?.firstToken ?? s.firstToken, s.firstToken);
    // the contact nearest the colon ("During his visit …, X met with the following:"), else a contact
    // of the sentence before that names no partner yet ("X had calls with several leaders. They were:")
    // ("… received, in separate phone calls, messages from:" — a plural with no partner of its own heads its list too)
    const inHead = out.filter((m) => m.hit.sentence === s.index);
    const head = inHead.filter((m) => !m.anaphoric).pop() ?? inHead.filter((m) => m.generic && !m.frame?.partners.length).pop() ?? out.filter((m) => m.hit.sentence === s.index - 1 && !m.anaphoric && !m.frame?.partners.length).pop();
    const added: EventMention[] = [];
    for (const line of lines) {
      const own = out.filter((m) => m.hit.sentence === line);
      if (own.length) {
        for (const m of own) if (agent && !m.frame?.agents.length && !m.parties.some((p) => same(p, agent))) m.parties = [agent, ...m.parties];
        continue;
      }
      const partner = lineParty(ctx, line);
      if (head && partner.length && (agent ?? head.parties[0])) added.push({ ...head, parties: [(agent ?? head.parties[0]) as Party, ...partner], generic: false });
    }
    if (added.length && head) out = [...out.filter((m) => m !== head), ...added];
  }
  return out;
}

/** Indexes of the sentences after `from` that are lines of a bulleted list. */
function bulletLines(ctx: EventContext, from: number): number[] {
  const out: number[] = [];
  for (let k = from; k < ctx.doc.sentences.length; k++) {
    const s = ctx.doc.sentences[k];
    if (!s || !BULLETS.has(ctx.folded[s.firstToken] ?? '') || !startsLine(ctx.doc.text, s.start)) break;
    out.push(k);
  }
  return out;
}

/** The subject of a head line, or the owner of its first noun ("X's programme in Y:"). */
function headAgent(ctx: EventContext, first: number, end: number): Party | undefined {
  const subject = clauseSubject(ctx, end).find((p) => p.kind === 'person');
  if (subject) return subject;
  for (let i = first; i < end; i++) if (ctx.personAt[i] && ctx.folded[i + 1] === "'s") return { kind: 'person', personId: ctx.personAt[i] as string, via: 'name' };
  for (let i = first; i < end; i++) if (ctx.personStart[i]) return { kind: 'person', personId: ctx.personAt[i] as string, via: 'name' };
  return undefined;
}

function lineParty(ctx: EventContext, line: number): Party[] {
  const s = ctx.doc.sentences[line];
  if (!s || !linePattern) return [];
  const m = ctx.matcher.at(linePattern, s.firstToken + 1, { limit: s.endToken });
  return (m?.captures.b?.value as PartyReading | undefined)?.parties.filter((p) => p.kind !== 'group') ?? [];
}

function same(a: Party, b: Party): boolean {
  return a.kind === 'person' && b.kind === 'person' ? a.personId === b.personId : a.kind === 'country' && b.kind === 'country' && a.code === b.code;
}
