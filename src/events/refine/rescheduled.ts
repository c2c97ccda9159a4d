import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import type { DateRef } from '../../types.js';
import { addDays } from '../../dates/calendar.js';
import { WEEKDAYS } from '../../dates/lexicon.js';

/** Lemmas of moving a contact to another time ("postponed", "pushed back", "moved", "rescheduled"). */
const RESCHEDULING: ReadonlySet<string> = new Set(['postpone', 'reschedule', 'move', 'push', 'put', 'delay', 'defer', 'shift']);

/** Words between the verb and the new time ("pushed back to", "put off until"). */
const PARTICLES: ReadonlySet<string> = new Set(['back', 'off', 'forward']);

/** Prepositions that bring in the new time. */
const TO_WORDS: ReadonlySet<string> = new Set(['until', 'till', 'to', 'for']);

/** How far after the trigger the rescheduling verb may stand ("A meeting with X, originally set for Monday, has been postponed until …"). */
const REACH = 25;

/**
 * "A meeting with X, originally scheduled for Monday, has been postponed until Wednesday": a
 * contact moved to a new time the text gives is planned for that time (the rule); one put
 * off with no new time stays cancelled.
 */
export function rescheduled(ctx: EventContext, read: EventMention[]): EventMention[] {
  for (const m of read) {
    const end = Math.min(ctx.doc.sentences[m.hit.sentence]?.endToken ?? ctx.length, m.hit.end + REACH);
    for (let i = m.hit.end; i < end; i++) {
      if (!RESCHEDULING.has(ctx.lemmas[i] ?? '')) continue;
      const to = PARTICLES.has(ctx.folded[i + 1] ?? '') ? i + 2 : i + 1;
      const d = TO_WORDS.has(ctx.folded[to] ?? '') ? ctx.dateAt[to + 1] ?? ctx.dateAt[to] : undefined;
      const date = d === undefined ? undefined : ahead(ctx, ctx.dates[d]);
      if (!date) continue;
      [m.status, m.date, m.dateInherited, m.dateWhole] = ['planned', date, false, false];
      break;
    }
  }
  return read;
}

/** The new time of a contact lies ahead of the report: a weekday the dates stage put in the past week is the coming one. */
function ahead(ctx: EventContext, date: DateRef | undefined): DateRef | undefined {
  const pub = ctx.publishedAt;
  const weekday = date?.text.toLowerCase().split(/\s+/).some((w) => WEEKDAYS.has(w));
  if (!date || !pub || !weekday || date.precision !== 'day' || date.end >= pub) return date;
  const day = addDays(date.start, 7);
  return { ...date, start: day, end: day };
}
