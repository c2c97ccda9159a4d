import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import type { EventDraft } from '../merge.js';
import { RECALLING_WORDS } from '../../lexicon/recall.js';
import { toDayNumber } from '../../dates/calendar.js';
import { hasRelativeDayPhrase } from './relative-day.js';

/** Auxiliaries of the present perfect and the progressive present ("has received", "is hosting"). */
const PRESENT_AUX: ReadonlySet<string> = new Set(['has', 'have', 'is', 'are', "'s"]);

/** How many adverbs may stand between an auxiliary and its verb ("has also recently received"). */
const MAX_GAP = 3;

/**
 * A news report dates what it says in the present perfect or the present ("X has received Y",
 * "X is hosting Y", "X receives Y") to its own day: a contact that happened, with no date in the
 * text, took place on the publication day. The date is inferred.
 */
export function reportDay(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  const published = ctx.publishedAt;
  if (!published) return drafts;
  // a lead that dates its news ("X pledged on Monday …") dates what else the lead reports
  const day = leadDay(ctx, published) ?? published;
  for (const d of drafts) {
    if (d.date || d.status.value !== 'occurred') continue;
    // "The next day X received Y": a day counted from another contact's is not the report's
    const present = d.mentions.find((m) => !m.headline && !hasRelativeDayPhrase(ctx, m.hit.sentence) && (inPresent(ctx, m) || inLead(ctx, m)));
    const news = present ? undefined : d.mentions.find((m) => !m.headline && undatedNews(ctx, m));
    const on = present ? day : news ? (storyDayBefore(drafts, news.hit.first, published) ?? day) : undefined;
    if (!on) continue;
    const at = (present ?? news)?.trigger.start ?? 0;
    d.date = { value: { text: '', start: on, end: on, precision: 'day', span: { start: at, end: at, text: '' } }, certainty: 'inferred' };
  }
  return drafts;
}

/**
 * The day of the latest contact that happened before token `before` with a date of one day in the
 * week before publication: the day the story has reached ("On Tuesday X met Y. … In the evening Z
 * received X").
 */
function storyDayBefore(drafts: EventDraft[], before: number, published: string): string | undefined {
  let best: { at: number; day: string } | undefined;
  for (const d of drafts) {
    const v = d.date?.value;
    if (!v || v.start !== v.end || v.start > published || toDayNumber(published) - toDayNumber(v.start) > 7 || d.status.value !== 'occurred') continue;
    for (const m of d.mentions) if (m.hit.first < before && (!best || m.hit.first > best.at)) best = { at: m.hit.first, day: v.start };
  }
  return best?.day;
}

/** The one day the lead's sentences state, within the week before publication; none when they state none or several. */
function leadDay(ctx: EventContext, published: string): string | undefined {
  const end = ctx.doc.sentences[LEAD_SENTENCES - 1]?.end ?? ctx.doc.text.length;
  const days = new Set<string>();
  for (const d of ctx.dates) {
    if (d.span.start >= end || d.precision !== 'day' || d.start !== d.end) continue;
    if (d.start > published || toDayNumber(published) - toDayNumber(d.start) > 7) continue;
    days.add(d.start);
  }
  return days.size === 1 ? [...days][0] : undefined;
}

/** How many sentences open a report and tell its news (the lead). */
const LEAD_SENTENCES = 3;


/**
 * Whether a mention that happened stands in the lead of the report and recalls no earlier
 * occasion: a report's lead tells what happened on its day ("Addis Ababa, 15 February — X conferred with Y").
 */
function inLead(ctx: EventContext, m: EventMention): boolean {
  if (m.status !== 'occurred' || m.hit.sentence >= LEAD_SENTENCES) return false;
  const s = ctx.doc.sentences[m.hit.sentence];
  if (!s) return false;
  for (let i = s.firstToken; i < s.endToken; i++) if (RECALLING_WORDS.has(ctx.folded[i] ?? '')) return false;
  return true;
}

/**
 * Whether a mention that happened is told as the report's news anywhere in it: its sentence
 * names no date (nor a day from another's: "the next day"), recalls no earlier occasion, and its
 * verb is no past perfect ("had met").
 */
function undatedNews(ctx: EventContext, m: EventMention): boolean {
  if (m.status !== 'occurred' || hasRelativeDayPhrase(ctx, m.hit.sentence)) return false;
  const s = ctx.doc.sentences[m.hit.sentence];
  if (!s) return false;
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (RECALLING_WORDS.has(ctx.folded[i] ?? '') || ctx.dateAt[i] !== undefined) return false;
    if (i < m.hit.first && (ctx.folded[i] === 'had' || ctx.folded[i] === "'d")) return false;
  }
  return true;
}

/** Whether the mention's verb stands in the present perfect, the progressive present or the present ("has held talks", "is hosting", "meets"). */
function inPresent(ctx: EventContext, m: EventMention): boolean {
  const verb = m.hit.entry.form === 'verb' ? m.hit.first : (m.frame?.verbAt ?? -1);
  if (verb < 0) return false;
  for (let k = verb - 1; k >= Math.max(0, verb - MAX_GAP); k--) {
    const w = ctx.folded[k] ?? '';
    if (PRESENT_AUX.has(w)) return true;
    if (ctx.pos[k] !== 'ADV') break;
  }
  const word = ctx.folded[verb] ?? '';
  return ctx.pos[verb] === 'VERB' && word.endsWith('s') && word !== ctx.lemmas[verb] && !word.endsWith('ss');
}
