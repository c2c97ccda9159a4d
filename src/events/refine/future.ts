import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';

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
