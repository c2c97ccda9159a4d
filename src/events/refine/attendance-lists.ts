import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';
import type { Party } from '../party.js';
import { addAttendees } from './attendees.js';
import { phraseAt } from '../phrase-at.js';

/** Phrases that list who was at a gathering ("was joined by", "were among those", "in attendance"). */
const ATTENDANCE_CUES: ReadonlyArray<readonly string[]> = [
  ['joined', 'by'], ['among', 'those'], ['were', 'among'], ['in', 'attendance'], ['also', 'attended'], ['attended', 'by'],
  ['took', 'part'], ['taking', 'part'], ['were', 'present'], ['also', 'present'],
  // "Leaders including A, B and C debated …"
  ['leaders', 'including'], ['leaders', 'such', 'as'],
];

/** Words that make a list one of who stayed away ("stayed away", "did not attend", "skipped"). */
const ABSENCE_WORDS: ReadonlySet<string> = new Set(['away', 'absent', 'skipped', 'skip', 'boycotted', 'snubbed', 'not', "n't", 'no', 'without', 'instead', 'declined']);

/** How many sentences after a summit's mention a list of its attendees may stand. */
const REACH = 3;

/**
 * "President Noboa, the host, was joined by King Felipe, President Rebelo de Sousa and …", "Akufo-Addo,
 * Ouattara and Boakai were among those in the hall": a sentence that lists people at a gathering,
 * within three sentences of a summit that took place, names its attendees (two people at least, none of a
 * list of who stayed away).
 */
export function attendanceLists(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  const summits = drafts.filter((d) => d.type === 'summit' && d.status.value === 'occurred');
  if (summits.length === 0) return drafts;
  for (const s of ctx.doc.sentences) {
    const words = ctx.folded.slice(s.firstToken, s.endToken);
    // "Among the heads of state in the hall were A, B and C"
    const amongOpens = words[0] === 'among' && words.includes('were');
    if (!amongOpens && !ATTENDANCE_CUES.some((cue) => words.some((_, k) => phraseAt(words, k, cue)))) continue;
    if (words.some((w) => ABSENCE_WORDS.has(w))) continue;
    const summit = summits.find((d) => d.mentions.some((m) => s.index - m.hit.sentence >= 0 && s.index - m.hit.sentence <= REACH));
    const people = peopleIn(ctx, s.firstToken, s.endToken);
    if (summit && people.length >= 2) addAttendees(summit, people);
  }
  return drafts;
}

function peopleIn(ctx: EventContext, from: number, to: number): Party[] {
  const ids: string[] = [];
  for (let i = from; i < to; i++) {
    const id = ctx.personAt[i];
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids.map((personId) => ({ kind: 'person', personId, via: 'name' }));
}
