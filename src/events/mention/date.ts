import type { DateRef } from '../../types.js';
import type { EventContext } from '../context.js';
import type { TriggerHit } from '../find-triggers.js';
import { firstAbove } from '../../text/sorted.js';
import { addDays } from '../../dates/calendar.js';
import { numberValue } from '../../lexicon/numbers.js';
import { AGREEMENT_WORDS, REQUEST_WORDS } from '../status-cues.js';
import { OCCASION_PREPOSITIONS } from '../lexicon.js';
import { AUDIENCE_NOUNS, SPEECH_VERBS } from '../../lexicon/speech.js';

const OPENING_VERBS = new Set(['opened', 'opens', 'began', 'begins', 'started', 'starts', 'kicked', 'convened', 'opening', 'starting']);
const CLOSING_VERBS = new Set(['ends', 'ended', 'closes', 'closed', 'concludes', 'concluded', 'runs', 'until', 'through', 'finishes', 'wraps']);
const LAST_DAY = '9999-12-31';

/** The date of a mention and whether it is the event's whole stated length. */
export interface MentionDate {
  date: DateRef;
  whole: boolean;
}

/**
 * The date that goes with a trigger: the nearest date expression in its clause (15 words before
 * it, or 10 after what it reads), else for a summit a date an opening verb introduces ("opened on
 * Tuesday"); stretched where the text gives the event's length.
 */
export function mentionDate(ctx: EventContext, hit: TriggerHit, window: { from: number; to: number; clauseEnd: number; npStart: number; cancelled?: boolean }, previous?: TriggerHit): MentionDate | undefined {
  const sentenceEnd = ctx.doc.sentences[hit.sentence]?.endToken ?? ctx.length;
  const near = nearestDate(ctx, hit, window.from, window.to, previous) ?? (window.cancelled ? undefined : sentenceOpeningDate(ctx, hit, previous));
  const chosen = near ?? (hit.entry.type === 'summit' ? openingDate(ctx, hit.end, Math.min(sentenceEnd, hit.end + 30)) : undefined);
  const found = chosen === undefined ? undefined : ctx.dates[chosen];
  if (!found || chosen === undefined) return undefined;
  const date = stretch(ctx, chosen, window.npStart, hit);
  // "the summit, held on September 9 and 10": a summit's stated span is its whole length
  const span = hit.entry.type === 'summit' && date.precision === 'range' && date.start !== date.end;
  return { date, whole: date !== found || span };
}

/**
 * The event's date stretched where the text gives its length: "the two-day summit … opened on
 * Friday" (Friday and Saturday), "opened on Tuesday evening and ends on Thursday".
 */
function stretch(ctx: EventContext, index: number, npStart: number, hit: TriggerHit): DateRef {
  const date = ctx.dates[index] as DateRef;
  const at = firstAbove(ctx.tokenStarts, date.span.start - 1);
  if (OPENING_VERBS.has(ctx.folded[at - 1] ?? '') || OPENING_VERBS.has(ctx.folded[at - 2] ?? '')) {
    const sentenceEnd = ctx.doc.sentences[hit.sentence]?.endToken ?? ctx.length;
    for (let i = at + 1; i < Math.min(sentenceEnd, at + 14); i++) {
      const other = ctx.dateAt[i];
      if (other === undefined || other === index) continue;
      const end = ctx.dates[other];
      if (end && (CLOSING_VERBS.has(ctx.folded[i - 1] ?? '') || CLOSING_VERBS.has(ctx.folded[i - 2] ?? '')) && end.end >= date.start) return { ...date, end: end.end, precision: 'range' };
      break;
    }
  }
  // "the two-day Group of 20 summit": the length stands before the summit's name
  let from = npStart;
  while (from > 0 && hit.entry.type === 'summit' && from > hit.first - 6 && (ctx.pos[from - 1] === 'PROPN' || ctx.pos[from - 1] === 'NUM' || ctx.folded[from - 1] === 'of' || /-day$/.test(ctx.folded[from - 1] ?? ''))) from--;
  // "arrived in Beijing on Sunday for a five-day visit": a journey's length after it
  const after = hit.entry.role === 'visit' ? lengthAfter(ctx, hit) : -1;
  const first = after >= 0 ? after : from;
  // (the length may open the trigger itself: "a four-day visit")
  for (let i = first; i < (after >= 0 ? after + 1 : hit.end); i++) {
    const m = /^(\w+)-day$/.exec(ctx.folded[i] ?? '');
    const days = m ? (numberValue(m[1] ?? '') ?? NaN) : NaN;
    // kept within the years 0001–9999, like every date the library returns
    if (days > 1 && days < 15 && date.precision === 'day' && date.start <= addDays(LAST_DAY, 1 - days)) return { ...date, end: addDays(date.start, days - 1), precision: 'range' };
  }
  return date;
}

/**
 * "On March 6, at 9 a.m., for about 20 minutes, X held a telephone talk with Y": a date opening
 * the sentence governs its first contact, however far the trigger stands.
 */
function sentenceOpeningDate(ctx: EventContext, hit: TriggerHit, previous?: TriggerHit): number | undefined {
  const s = ctx.doc.sentences[hit.sentence];
  if (!s || previous) return undefined;
  const first = ['on', 'in', 'at'].includes(ctx.folded[s.firstToken] ?? '') ? s.firstToken + 1 : s.firstToken;
  const d = ctx.dateAt[first];
  if (d === undefined) return undefined;
  let end = first;
  while (ctx.dateAt[end] === d) end++;
  return ctx.folded[end] === ',' && end < hit.first ? d : undefined;
}

/** Words of the kind of a visit between its length and its noun ("a three-day state visit", "a two-day working visit"). */
const VISIT_KINDS: ReadonlySet<string> = new Set(['state', 'official', 'working', 'private', 'bilateral', 'regional', 'foreign', 'overseas', 'european', 'asian', 'african']);

/** Index of "N-day" in "for a N-day (state) visit" within a few words after a journey's trigger, or -1. */
function lengthAfter(ctx: EventContext, hit: TriggerHit): number {
  const end = ctx.doc.sentences[hit.sentence]?.endToken ?? ctx.length;
  for (let i = hit.end; i < Math.min(end, hit.end + 8); i++) {
    if (ctx.folded[i] !== 'for' || !['a', 'an'].includes(ctx.folded[i + 1] ?? '')) continue;
    if (!/-day$/.test(ctx.folded[i + 2] ?? '')) continue;
    // ("for a three-day state visit": a word or two of its kind may stand before the noun)
    let k = i + 3;
    while (k < i + 5 && (ctx.pos[k] === 'ADJ' || VISIT_KINDS.has(ctx.folded[k] ?? ''))) k++;
    if (['visit', 'trip', 'tour', 'stay'].includes(ctx.lemmas[k] ?? '')) return i + 2;
  }
  return -1;
}

/** The first date in `from`..`to` that an opening verb introduces ("opened on Friday"). */
function openingDate(ctx: EventContext, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    const d = ctx.dateAt[i];
    if (d !== undefined && (OPENING_VERBS.has(ctx.folded[i - 1] ?? '') || OPENING_VERBS.has(ctx.folded[i - 2] ?? ''))) return d;
  }
  return undefined;
}

/**
 * The date expression nearest to the trigger within its clause. A date before the trigger does
 * not count when it is nearer to the previous trigger of the sentence ("met Modi on Saturday on
 * the sidelines of the summit"), or when a coordinator stands between ("a call on Monday, and to
 * meet on September 28").
 */
function nearestDate(ctx: EventContext, hit: TriggerHit, from: number, to: number, previous?: TriggerHit): number | undefined {
  let best: number | undefined;
  let bestDistance = Infinity;
  for (let i = from; i < to; i++) {
    const d = ctx.dateAt[i];
    if (d === undefined) continue;
    if (i < hit.first && ((previous && i - previous.end < hit.first - i && !whenClauseOf(ctx, d, i, hit.first) && !participleAfterComma(ctx, hit)) || dateOfTheReport(ctx, i) || coordinatedBetween(ctx, i, hit.first) || closedRelativeClause(ctx, i, hit.first) || dateOfTheAgreement(ctx, i, hit.first))) continue;
    // "paid a visit to China, and in July, he met …": the date of the next coordinated clause
    if (i >= hit.end && clauseCoordinatedBefore(ctx, hit.end, i)) continue;
    const distance = i < hit.first ? hit.first - i : i - hit.end + 0.5;
    if (distance < bestDistance) [bestDistance, best] = [distance, d];
  }
  return best === undefined ? undefined : moreExact(ctx, best, to);
}

/** "X said Thursday she had spoken with Y on Wednesday": a date right after a verb of saying dates the saying. */
function dateOfTheReport(ctx: EventContext, at: number): boolean {
  let first = at;
  while (first > 0 && ctx.dateAt[first - 1] === ctx.dateAt[at]) first--;
  let before = ctx.folded[first - 1] === 'on' ? first - 2 : first - 1;
  // "told reporters on Thursday", "told the press on Monday"
  while (before > at - 5 && (AUDIENCE_NOUNS.has(ctx.folded[before] ?? '') || AUDIENCE_MODIFIERS.has(ctx.folded[before] ?? ''))) before--;
  return SPEECH_VERBS.has(ctx.folded[before] ?? '');
}

/** Words before an audience noun between a report's verb and its date ("told the press", "told state television on Monday"). */
const AUDIENCE_MODIFIERS: ReadonlySet<string> = new Set(['the', 'state']);

/** "made the trip in June, meeting Xi in Beijing": a participle opening a clause after a comma shares the main clause's time. */
function participleAfterComma(ctx: EventContext, hit: TriggerHit): boolean {
  return hit.entry.form === 'verb' && ctx.folded[hit.first - 1] === ',' && /ing$/.test(ctx.folded[hit.first] ?? '');
}

/**
 * "last met in October 2017, when X visited Kigali to meet Y": the contacts of a "when" clause
 * right after a date are that date's, however near the trigger before it stands.
 */
function whenClauseOf(ctx: EventContext, d: number, at: number, first: number): boolean {
  let k = at;
  while (ctx.dateAt[k] === d) k++;
  if (ctx.folded[k] === ',') k++;
  if (ctx.folded[k] !== 'when') return false;
  for (let j = k + 1; j < first; j++) if ([',', ';', '.', 'and', 'but'].includes(ctx.folded[j] ?? '')) return false;
  return true;
}

/**
 * "agreed on Wednesday to hold a summit", "struck a deal on Monday to meet": a date between a word
 * of agreeing and the "to" of the contact dates the agreement, not the contact.
 */
function dateOfTheAgreement(ctx: EventContext, at: number, first: number): boolean {
  let to = -1;
  for (let k = at + 1; k < first; k++) if (ctx.folded[k] === 'to' && ctx.pos[k + 1] === 'VERB') to = k;
  if (to < 0) return false;
  // "agreed on Thursday to … during a working meeting": the contact is where it was agreed, that day
  if ([1, 2, 3].some((back) => OCCASION_PREPOSITIONS.has(ctx.folded[first - back] ?? ''))) return false;
  for (let k = at - 1; k >= Math.max(0, at - 8); k--) {
    if (ctx.folded[k] === ',' || ctx.folded[k] === '.') return false;
    if (AGREEMENT_WORDS.has(ctx.lemmas[k] ?? '') || REQUEST_WORDS.has(ctx.lemmas[k] ?? '')) return true;
  }
  return false;
}

/** "X, who spoke to Y on Saturday, will meet Z": a date inside a relative clause closed before the trigger is that clause's. */
function closedRelativeClause(ctx: EventContext, at: number, first: number): boolean {
  let closed = false;
  for (let k = at + 1; k < first; k++) if (ctx.folded[k] === ',') closed = true;
  if (!closed) return false;
  for (let k = at - 1; k >= Math.max(0, at - 25); k--) {
    const w = ctx.folded[k] ?? '';
    if (w === ',' || w === '.' || w === ';') return false;
    // (", a former banker who took office in December, held talks …": the relative clause of an apposition)
    if ((w === 'who' || w === 'which') && (ctx.folded[k - 1] === ',' || appositionBefore(ctx, k))) return true;
  }
  return false;
}

/** Whether a comma opens, a few words before `k`, a description with no verb ("X, a former banker who …"). */
function appositionBefore(ctx: EventContext, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    if (ctx.folded[j] === ',') return j < k - 1;
    if (ctx.pos[j] === 'VERB' || ctx.pos[j] === 'AUX') return false;
  }
  return false;
}

/** "…, and to meet", "… and agreed to meet": a second verb phrase has a time of its own. */
function coordinatedBetween(ctx: EventContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = ctx.folded[k] ?? '';
    const next = ctx.doc.tokens[k + 1];
    if ((w === 'and' || w === 'but' || w === 'or') && next && (next.text === 'to' || next.pos === 'VERB' || next.pos === 'AUX')) return true;
  }
  return false;
}

/** Whether "and"/"but" opens a new clause with a time of its own between `from` and the date at `at` ("…, and in July, he …"). */
function clauseCoordinatedBefore(ctx: EventContext, from: number, at: number): boolean {
  for (let k = from; k < at; k++) {
    const w = ctx.folded[k] ?? '';
    const next = ctx.folded[k + 1];
    if ((w === 'and' || w === 'but') && ctx.folded[k - 1] === ',' && (k + 1 === at || next === 'in' || next === 'on')) return true;
  }
  return false;
}

/** "today (Wednesday 12 July)": the calendar date right after a relative word is the more exact. */
function moreExact(ctx: EventContext, best: number, to: number): number {
  const end = firstAbove(ctx.tokenStarts, (ctx.dates[best]?.span.end ?? 0) - 1);
  for (let i = end; i >= 0 && i < Math.min(to, end + 3); i++) {
    const d = ctx.dateAt[i];
    if (d !== undefined && d !== best && ctx.dates[d]?.precision === 'day' && /\d/.test(ctx.dates[d]?.text ?? '')) return d;
    if (ctx.folded[i] !== '(' && ctx.folded[i] !== ',') break;
  }
  return best;
}
