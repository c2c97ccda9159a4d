import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';
import type { DateRef } from '../../types.js';
import { addDays, addMonths } from '../../dates/calendar.js';
import { MONTHS } from '../../dates/lexicon.js';

/** Words that put a date in the past whatever the contact's status ("last October", "a week ago"). */
const PAST_WORDS = /\b(?:last|ago|earlier|previous|past|yesterday|since)\b/;

/**
 * A contact dated wholly after the publication day has not happened yet: read as happened (a
 * timetable present, "Xi receives Castro on Monday"), it is planned.
 */
export function notYetHappened(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  const published = ctx.publishedAt;
  if (!published) return drafts;
  for (const d of drafts) {
    if (d.status.value === 'occurred' && d.date && d.date.value.start > published) d.status = { value: 'planned', certainty: 'inferred' };
  }
  return drafts;
}

/**
 * A plan dated by a month with no year that the clause's past tense put before the report
 * ("invited leaders to Kazan for the summit in October", said in July) is next year's, when the
 * month stands after the trigger or modifies its noun ("the October summit"). Weekdays are left
 * alone: a call read wrongly as a plan ("held a call on Saturday") would be pushed a week on.
 */
export function plansLookForward(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  const published = ctx.publishedAt;
  if (!published) return drafts;
  for (const d of drafts) {
    const date = d.date?.value;
    if (!d.date || !date || (d.status.value !== 'planned' && d.status.value !== 'proposed') || date.end >= published) continue;
    // "In July, Putin invited leaders to a summit": a month before the trigger dates the inviting,
    // unless it modifies the trigger's noun ("the November summit")
    if (!d.mentions.some((m) => m.date === date && (date.span.start >= m.trigger.end || /^\s*$/.test(ctx.doc.text.slice(date.span.end, m.trigger.start))))) continue;
    const moved = movedForward(date, published);
    if (moved) d.date = { ...d.date, value: moved };
  }
  return drafts;
}

/** The date a year on, when it is a month (or a day of one) with no year and no word of the past, and a year on reaches the report's date. */
function movedForward(date: DateRef, published: string): DateRef | undefined {
  const text = date.text.toLowerCase();
  if (/\d{4}/.test(text) || PAST_WORDS.test(text)) return undefined;
  const words = text.split(/[^a-z]+/).filter(Boolean);
  if (!words.some((w) => MONTHS.has(w))) return undefined;
  const start = addMonths(date.start, 12);
  // a whole month keeps its last day (February of a leap year)
  const end = date.precision === 'month' ? addDays(addMonths(start, 1), -1) : addMonths(date.end, 12);
  const moved = { ...date, start, end };
  return moved.end >= published ? moved : undefined;
}
