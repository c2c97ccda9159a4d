import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import type { Place } from '../place.js';
import { AROUND_GATHERING, AT_GATHERING } from '../lexicon.js';
import { GATHERING_SEATS, type GatheringSeat } from '../rules/gathering-seats.js';

/** Words that put a contact at a gathering or a building named after them ("on the sidelines of", "at", "during"). */
const AT_WORDS: ReadonlySet<string> = new Set([...AT_GATHERING, 'attend', 'attends', 'attended', 'attending']);

/** Words that put a contact before or after the gathering, not at it ("ahead of the UN General Assembly"). */
const NOT_AT: ReadonlySet<string> = new Set([...AROUND_GATHERING, 'eve']);

/** How many words may stand between the word that puts a contact there and the gathering's name ("on the margins of the 78th session of the"). */
const REACH = 8;

/** A form's words as the sentence's tokens are compared with them: full stops dropped ("u.n." as "un"), "'s" a word of its own. */
function formWords(form: string): string[] {
  return form.replace(/'s\b/g, " 's").split(' ').map((w) => w.replace(/\./g, ''));
}

/** Each seat's forms as words, longest first. */
const SEAT_FORMS: ReadonlyArray<{ seat: GatheringSeat; words: string[] }> = GATHERING_SEATS.flatMap((seat) => seat.forms.map((f) => ({ seat, words: formWords(f) }))).sort((a, b) => b.words.length - a.words.length);

/**
 * The seat of the gathering or headquarters a contact's sentence puts it at ("on the sidelines of
 * the UN General Assembly": New York), for an in-person contact; none when the sentence sets it
 * before or after the gathering ("ahead of the UNGA"). The caller leaves out contacts held at a distance.
 */
export function gatheringSeat(ctx: EventContext, m: EventMention): Place | undefined {
  if (m.type === 'phone_call') return undefined;
  const s = ctx.doc.sentences[m.hit.sentence];
  if (!s) return undefined;
  // the sentence's words, full stops dropped, each with its token
  const words: Array<{ word: string; token: number }> = [];
  for (let i = s.firstToken; i < s.endToken; i++) if (ctx.folded[i] !== '.') words.push({ word: (ctx.folded[i] ?? '').replace(/\./g, ''), token: i });
  for (let k = 0; k < words.length; k++) {
    const found = SEAT_FORMS.find(({ words: form }) => form.every((w, n) => words[k + n]?.word === w));
    const first = words[k]?.token ?? 0;
    if (found && putsThere(ctx, first, s.firstToken)) return { name: found.seat.city, country: found.seat.country, wholeCountry: false };
  }
  return undefined;
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
