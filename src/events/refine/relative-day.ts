import { addDays, toDayNumber } from '../../dates/calendar.js';
import { numberValue } from '../../lexicon/numbers.js';
import type { DateRef } from '../../types.js';
import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';

/**
 * Phrases that date a contact from the one the text dated before it, with the days to add
 * ("the following day": +1) or the stretch they give ("later that week": the day after to the
 * week's Sunday). `N` stands for a number word or digits ("two days later").
 */
export const RELATIVE_DAY_PHRASES: ReadonlyArray<{ words: string[]; days: number | 'rest-of-week' | 'week-before' }> = [
  ...['the following day', 'the next day', 'a day later', 'one day later', 'the next morning', 'the following morning', 'the next evening', 'the day after'].map((p) => ({ words: p.split(' '), days: 1 })),
  ...['the same day', 'later that day', 'later the same day', 'that evening', 'earlier that day', 'that afternoon', 'that same day', 'earlier in the day', 'later in the day', 'the same evening', 'the same morning', 'that morning'].map((p) => ({ words: p.split(' '), days: 0 })),
  ...['the day before', 'the previous day', 'a day earlier', 'a day before', 'the previous evening', 'the night before', 'one day earlier'].map((p) => ({ words: p.split(' '), days: -1 })),
  ...['N days later', 'N days after'].map((p) => ({ words: p.split(' '), days: 1 })),
  ...['N days earlier', 'N days before'].map((p) => ({ words: p.split(' '), days: -1 })),
  { words: ['later', 'that', 'week'], days: 'rest-of-week' },
  { words: ['earlier', 'that', 'week'], days: 'week-before' },
];

/** Whether a date the dates stage read against the publication day is one of the phrases above ("earlier in the day"): it is the day of the contact before. */
function dayOfTheReport(date: DateRef): boolean {
  const text = date.text.toLowerCase().replace(/\s+/g, ' ');
  return RELATIVE_DAY_PHRASES.some((p) => p.days === 0 && p.words.join(' ') === text);
}

/** Whether a sentence puts its contact on another day than one told before ("the next day", "two days later"; not "the same day"). */
export function hasRelativeDayPhrase(ctx: EventContext, sentence: number): boolean {
  const s = ctx.doc.sentences[sentence];
  for (let i = s?.firstToken ?? 0; i < (s?.endToken ?? 0); i++) {
    if (RELATIVE_DAY_PHRASES.some((p) => p.days !== 0 && phraseAt(ctx, i, p.words) !== undefined)) return true;
  }
  return false;
}

/** How far back a dated contact may stand to anchor a relative phrase, in sentences. */
const ANCHOR_SENTENCES = 2;

/**
 * "X met Y in Jerusalem on July 4. Two days later, the two met again in Haifa": a contact with no
 * date of its own, whose clause has a phrase of days from another, takes its date from the contact
 * dated last before it (within two sentences). The date is inherited.
 */
export function relativeDays(ctx: EventContext, mentions: EventMention[]): EventMention[] {
  const ordered = [...mentions].sort((a, b) => a.hit.first - b.hit.first);
  let anchor: EventMention | undefined;
  for (const m of ordered) {
    // "X, who reached Astana on Monday, met Y the same evening": a day its own sentence states first anchors it
    const local = (!m.date || dayOfTheReport(m.date)) ? dayEarlierInSentence(ctx, m) : undefined;
    const fromContact = anchor?.date && anchor !== m && m.hit.sentence - anchor.hit.sentence <= ANCHOR_SENTENCES ? anchor.date : undefined;
    // "X yesterday chaired a cabinet meeting. Later in the day, he spoke with Y": a day the sentence before states, if no contact was dated
    const from = local ?? fromContact ?? dayOfSentence(ctx, m.hit.sentence - 1);
    if ((!m.date || dayOfTheReport(m.date)) && from) {
      const date = relativeDate(ctx, m, from);
      if (date) [m.date, m.dateInherited] = [date, true];
    }
    if (m.date && m.date.precision === 'day') anchor = m;
  }
  return mentions;
}

/** The last day-precise date sentence `index` states, other than a phrase of days itself. */
function dayOfSentence(ctx: EventContext, index: number): DateRef | undefined {
  const s = ctx.doc.sentences[index];
  return lastDayBetween(ctx, s?.firstToken ?? 0, s?.endToken ?? 0);
}

/** The last day-precise date of the mention's sentence before its trigger, other than a phrase of days itself. */
function dayEarlierInSentence(ctx: EventContext, m: EventMention): DateRef | undefined {
  return lastDayBetween(ctx, ctx.doc.sentences[m.hit.sentence]?.firstToken ?? 0, m.hit.first);
}

/** The last day-precise date covering a token in [from, to), other than a phrase of days itself. */
function lastDayBetween(ctx: EventContext, from: number, to: number): DateRef | undefined {
  let found: DateRef | undefined;
  for (let i = from; i < to; i++) {
    const k = ctx.dateAt[i];
    const d = k === undefined ? undefined : ctx.dates[k];
    if (d && d.precision === 'day' && !dayOfTheReport(d)) found = d;
  }
  return found;
}

function relativeDate(ctx: EventContext, m: EventMention, anchor: DateRef): DateRef | undefined {
  const s = ctx.doc.sentences[m.hit.sentence];
  if (!s) return undefined;
  for (let i = s.firstToken; i < Math.min(s.endToken, m.hit.end + 6); i++) {
    for (const phrase of RELATIVE_DAY_PHRASES) {
      const n = phraseAt(ctx, i, phrase.words);
      if (n === undefined) continue;
      const start = ctx.doc.tokens[i]?.start ?? 0;
      const end = ctx.doc.tokens[i + phrase.words.length - 1]?.end ?? start;
      const span = { start, end, text: ctx.doc.text.slice(start, end) };
      const [from, to] = daysOf(anchor.start, phrase.days, n);
      return { text: span.text, start: from, end: to, precision: from === to ? 'day' : 'range', span };
    }
  }
  return undefined;
}

/** The count a phrase matched at `i` (1 when it has no number), or undefined when it does not match. */
function phraseAt(ctx: EventContext, i: number, words: string[]): number | undefined {
  let count = 1;
  for (let k = 0; k < words.length; k++) {
    const w = ctx.folded[i + k] ?? '';
    if (words[k] !== 'N') {
      if (w !== words[k]) return undefined;
      continue;
    }
    const value = numberValue(w);
    if (value === undefined || value < 1 || value > 14) return undefined;
    count = value;
  }
  return count;
}

function daysOf(anchor: string, days: number | 'rest-of-week' | 'week-before', count: number): [string, string] {
  // Monday = 0 … Sunday = 6 (day number 0, 1970-01-01, was a Thursday)
  const weekday = (toDayNumber(anchor) + 3) % 7;
  if (days === 'rest-of-week') return [addDays(anchor, 1), addDays(anchor, 6 - weekday)];
  if (days === 'week-before') return [addDays(anchor, -weekday), addDays(anchor, -1)];
  const offset = days * count;
  return [addDays(anchor, offset), addDays(anchor, offset)];
}
