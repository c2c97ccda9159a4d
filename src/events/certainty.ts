import type { DateRef, EventStatus } from '../types.js';
import { toDayNumber } from '../dates/calendar.js';
import type { Place } from './place.js';

/**
 * How a value of an event was found: stated in the event's own clause, inherited from a contact it
 * stands beside (a summit's date for a meeting on its sidelines), or inferred (from a headline, a
 * bare "the meeting", a mention that names fewer than two parties). Merging follows one rule:
 * stated beats inherited beats inferred; between equals, the narrower date, the more specific
 * place, the earlier status.
 */
export type Certainty = 'stated' | 'inherited' | 'inferred';

/** A value with how it was found. */
export interface Valued<T> {
  value: T;
  certainty: Certainty;
}

const RANK: Record<Certainty, number> = { stated: 3, inherited: 2, inferred: 1 };

/** Whether `incoming` should replace `current` under the one rule (`better` breaks ties between equals). */
function wins<T>(current: Valued<T> | undefined, incoming: Valued<T> | undefined, better: (a: T, b: T) => boolean): boolean {
  if (!incoming) return false;
  if (!current) return true;
  if (RANK[incoming.certainty] !== RANK[current.certainty]) return RANK[incoming.certainty] > RANK[current.certainty];
  return better(incoming.value, current.value);
}

/** A date, with whether the text gives the event's whole length ("the two-day summit"): a whole date wins over any other. */
export interface EventDate extends Valued<DateRef> {
  whole?: boolean;
}

/** The date to keep of two. */
export function pickDate(current: EventDate | undefined, incoming: EventDate | undefined): EventDate | undefined {
  if (incoming?.whole && !current?.whole) return incoming;
  if (current?.whole) return current;
  return wins(current, incoming, (a, b) => daysIn(a) < daysIn(b)) ? incoming : current;
}

/** The place to keep of two: a city or building over a whole country. */
export function pickPlace(current: Valued<Place> | undefined, incoming: Valued<Place> | undefined): Valued<Place> | undefined {
  return wins(current, incoming, (a, b) => b.wholeCountry && !a.wholeCountry) ? incoming : current;
}

/** The status to keep of two: a stated cancellation always wins; else the rule, the earlier between equals. */
export function pickStatus(current: Valued<EventStatus>, incoming: Valued<EventStatus>): Valued<EventStatus> {
  if (incoming.value === 'cancelled' && incoming.certainty === 'stated') return incoming;
  return wins(current, incoming, () => false) ? incoming : current;
}

/**
 * Whether two statuses can be one event's: the same, or a plan and a proposal, or a plan called off.
 * Something that happened and something that is planned are two contacts.
 */
export function statusesAgree(a: EventStatus, b: EventStatus): boolean {
  if (a === b) return true;
  const notYet = (s: EventStatus): boolean => s === 'planned' || s === 'proposed' || s === 'cancelled';
  return notYet(a) && notYet(b);
}

/** Whether two dates cannot be one event's (a week's slack unless both are single days). */
export function datesClash(x?: DateRef, y?: DateRef): boolean {
  if (!x || !y) return false;
  return apartBy(x, y, x.precision === 'day' && y.precision === 'day' ? 0 : 7);
}

/** Whether one date ends more than `slack` days before the other starts. */
function apartBy(x: DateRef, y: DateRef, slack: number): boolean {
  return toDayNumber(x.end) + slack < toDayNumber(y.start) || toDayNumber(y.end) + slack < toDayNumber(x.start);
}

/** Days apart beyond which a date taken from context still tells two contacts apart. */
const INHERITED_SLACK_DAYS = 31;

/**
 * Whether an event's date and a mention's date tell them apart. Two stated dates clash as
 * `datesClash` says; a date only inherited from context is a guess, so it tells a stated one apart
 * only when they are more than a month apart ("their informal summit in October 2019" is not the
 * summit of this week whose date came from the sentence's "on Wednesday").
 */
export function datesTellApart(event: EventDate | undefined, mention: DateRef | undefined, mentionInherited: boolean): boolean {
  if (!event || !mention || (event.certainty !== 'stated' && mentionInherited)) return false;
  if (event.certainty === 'stated' && !mentionInherited) return datesClash(event.value, mention);
  return apartBy(event.value, mention, INHERITED_SLACK_DAYS);
}

function daysIn(d: DateRef): number {
  return toDayNumber(d.end) - toDayNumber(d.start);
}
