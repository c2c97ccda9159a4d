import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import type { Place } from '../place.js';
import { SIDELINE_WORDS } from '../lexicon.js';
import { GATHERING_SEATS, type GatheringSeat } from '../rules/gathering-seats.js';
import { fold } from '../../text/fold.js';

/** Words that put a contact at a gathering or a building named after them ("on the sidelines of", "at", "during"). */
const AT_WORDS: ReadonlySet<string> = new Set([...SIDELINE_WORDS, 'at', 'during', 'attend', 'attends', 'attended', 'attending']);

/** Words that put a contact before or after the gathering, not at it ("ahead of the UN General Assembly"). */
const NOT_AT: ReadonlySet<string> = new Set(['ahead', 'before', 'after', 'following', 'preceding', 'until', 'upcoming', 'eve']);

/** How many words may stand between the word that puts a contact there and the gathering's name ("on the margins of the 78th session of the"). */
const REACH = 8;

/** Each seat's forms as one pattern, longest first, matched on whole words of the folded sentence. */
const SEAT_PATTERNS: ReadonlyArray<{ seat: GatheringSeat; pattern: RegExp }> = GATHERING_SEATS.map((seat) => ({
  seat,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...seat.forms].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
}));

function escape(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The seat of the gathering or headquarters a contact's sentence puts it at ("on the sidelines of
 * the UN General Assembly": New York), for an in-person contact; none when the sentence sets it
 * before or after the gathering ("ahead of the UNGA"). The caller leaves out contacts held at a distance.
 */
export function gatheringSeat(ctx: EventContext, m: EventMention): Place | undefined {
  if (m.type === 'phone_call') return undefined;
  const s = ctx.doc.sentences[m.hit.sentence];
  if (!s) return undefined;
  const text = fold(ctx.doc.text.slice(s.start, s.end));
  for (const { seat, pattern } of SEAT_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const first = tokenFrom(ctx, s.start + match.index, s.firstToken, s.endToken);
      if (putsThere(ctx, first, s.firstToken)) return { name: seat.city, country: seat.country, wholeCountry: false };
    }
  }
  return undefined;
}

/** The first token of the sentence `[from, to)` starting at or after character `at`. */
function tokenFrom(ctx: EventContext, at: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if ((ctx.doc.tokens[i]?.start ?? 0) >= at) return i;
  return to;
}

/** Whether a word that puts a contact at a place stands within reach before token `first`, with no word of before or after between. */
function putsThere(ctx: EventContext, first: number, sentenceStart: number): boolean {
  for (let i = first - 1; i >= Math.max(sentenceStart, first - REACH); i--) {
    const w = ctx.folded[i] ?? '';
    if (NOT_AT.has(w)) return false;
    if (AT_WORDS.has(w)) return true;
  }
  return false;
}
