import type { EventContext } from '../context.js';
import { SPEECH_VERBS } from '../../lexicon/speech.js';
import { lineBreakBetween, startsLine } from '../../text/lines.js';

/** Words that speak in the first person singular (the speaker). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'myself']);

/** Quotation marks that open or close a quote. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '«', '»']);

/** How far back (in tokens) a transcript turn's speaker label is looked for. */
const TRANSCRIPT_REACH = 2000;

/** How far (in tokens) after a closing quote its attribution ("…," X said) is looked for. */
const ATTRIBUTION_REACH = 8;

/**
 * The person a first-person word at token `at` stands for: the speaker of the transcript turn it
 * stands in ("ANTHONY ALBANESE, PRIME MINISTER: … I had a meeting with …"), else the person a
 * quote around it is attributed to ("'I spoke to him,' Ruto said"; "Ruto said: 'I …'"). Undefined
 * when the text does not say who speaks.
 */
export function resolveFirstPerson(ctx: EventContext, at: number): string | undefined {
  const quote = quoteAround(ctx, at);
  if (quote) return attributionOf(ctx, quote);
  return transcriptSpeaker(ctx, at);
}

/** The quote token `at` stands in, as the indices of its opening and closing marks; undefined outside a quote. */
function quoteAround(ctx: EventContext, at: number): { open: number; close: number } | undefined {
  // marks of one paragraph pair up in order: an odd count before `at` means `at` is inside a quote
  const from = paragraphStart(ctx, at, 400);
  let open = -1;
  for (let i = from; i < at; i++) if (QUOTE_MARKS.has(ctx.folded[i] ?? '')) open = open < 0 ? i : -1;
  if (open < 0) return undefined;
  for (let i = at + 1; i < Math.min(ctx.folded.length, at + 400); i++) {
    if (QUOTE_MARKS.has(ctx.folded[i] ?? '')) return { open, close: i };
  }
  return { open, close: ctx.folded.length };
}

/** The person a quote is attributed to: "…," X said / said X after it, or "X said:" before it. */
function attributionOf(ctx: EventContext, quote: { open: number; close: number }): string | undefined {
  for (let i = quote.close + 1; i < Math.min(ctx.folded.length, quote.close + ATTRIBUTION_REACH); i++) {
    if (QUOTE_MARKS.has(ctx.folded[i] ?? '') || ctx.folded[i] === '.') break;
    const id = ctx.personAt[i];
    if (id && (SPEECH_VERBS.has(ctx.folded[i - 1] ?? '') || speechAfter(ctx, i))) return id;
  }
  // "Ruto told reporters: '…'" / "Ruto said, '…'"
  for (let i = quote.open - 1; i >= Math.max(0, quote.open - 12); i--) {
    if (ctx.folded[i] === '.' || QUOTE_MARKS.has(ctx.folded[i] ?? '')) break;
    if (SPEECH_VERBS.has(ctx.folded[i] ?? '')) return personBefore(ctx, i, 8);
  }
  return undefined;
}

/** Whether a verb of saying follows the person at token `i` ("Ruto said", "Ruto told reporters"). */
function speechAfter(ctx: EventContext, i: number): boolean {
  let k = i;
  while (ctx.personAt[k] === ctx.personAt[i]) k++;
  return SPEECH_VERBS.has(ctx.folded[k] ?? '');
}

/** The nearest person within `reach` tokens before token `at`. */
function personBefore(ctx: EventContext, at: number, reach: number): string | undefined {
  for (let i = at - 1; i >= Math.max(0, at - reach); i--) if (ctx.personAt[i]) return ctx.personAt[i];
  return undefined;
}

/**
 * The speaker of a transcript turn: the person named at the start of the nearest line before
 * `at` that opens with "NAME:" or "NAME, TITLE:".
 */
function transcriptSpeaker(ctx: EventContext, at: number): string | undefined {
  const text = ctx.doc.text;
  for (let i = at - 1; i >= Math.max(0, at - TRANSCRIPT_REACH); i--) {
    const id = ctx.personAt[i];
    if (!id || ctx.personAt[i - 1] === id || !startsLine(text, ctx.tokenStarts[i] ?? 0)) continue;
    let k = i;
    while (ctx.personAt[k] === id) k++;
    if (ctx.folded[k] === ':') return id;
    if (ctx.folded[k] !== ',') continue;
    for (let m = k + 1; m < k + 8 && m < at; m++) if (ctx.folded[m] === ':') return id;
  }
  return undefined;
}

/** Index of the first token of the paragraph token `at` stands in (at most `reach` tokens back). */
function paragraphStart(ctx: EventContext, at: number, reach: number): number {
  const text = ctx.doc.text;
  for (let i = at; i > Math.max(0, at - reach); i--) {
    if (lineBreakBetween(text, ctx.tokenStarts[i - 1] ?? 0, ctx.tokenStarts[i] ?? 0)) return i;
  }
  return Math.max(0, at - reach);
}
