import type { DiplomaticEvent, EventStatus, EventType } from '../../src/types.js';

/** An expected event, parsed from the compact notation of rule examples. */
export interface ExpectedEvent {
  type: EventType;
  parties: string[];
  status: EventStatus;
  place?: string;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").trim();

/** Parses `"<type> <party> + <party> [/status] [@place]"` ("meeting Ruto + Scholz /planned @Nairobi"). */
export function parseExpected(notation: string): ExpectedEvent {
  const m = /^(phone_call|meeting|summit)\s+(.+?)(?:\s+\/(occurred|planned|proposed|cancelled))?(?:\s+@(.+))?$/.exec(notation.trim());
  if (!m) throw new Error(`bad expected event: ${notation}`);
  const [, type, parties, status, place] = m;
  return {
    type: type as EventType,
    parties: (parties ?? '').split('+').map((p) => p.trim()).filter(Boolean),
    status: (status as EventStatus | undefined) ?? 'occurred',
    ...(place ? { place: place.trim() } : {}),
  };
}

/** Whether an event participant is the expected party: an ISO code, or a family name the participant's name contains. */
function isParty(expected: string, p: DiplomaticEvent['participants'][number]): boolean {
  if (/^[A-Z]{3}$/.test(expected)) return p.country === expected && !p.name;
  if (!p.name) return false;
  const name = fold(p.name);
  const want = fold(expected);
  return name === want || name.endsWith(` ${want}`) || name.startsWith(`${want} `) || name.includes(` ${want} `) || name.replace(/-/g, ' ').includes(want.replace(/-/g, ' '));
}

/** Whether an extracted event is the expected one: same type and the same parties (a person may stand where a code is expected, if of that country). */
export function sameEvent(e: DiplomaticEvent, x: ExpectedEvent): boolean {
  if (e.type !== x.type) return false;
  const matched = new Set<number>();
  for (const want of x.parties) {
    const k = e.participants.findIndex((p, i) => !matched.has(i) && (isParty(want, p) || (/^[A-Z]{3}$/.test(want) && p.country === want)));
    if (k < 0) return false;
    matched.add(k);
  }
  return matched.size === e.participants.length;
}
