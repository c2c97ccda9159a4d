import type { DiplomaticEvent, EventStatus, EventType } from '../../src/types.js';
import { parseExpected, sameEvent } from './expected-events.js';

/** An expected event with the date and place a reader gives it ("none": the text gives none; undefined: not checked). */
export interface ExpectedAttributes {
  notation: string;
  type: EventType;
  parties: string[];
  status: EventStatus;
  /** "none", or "YYYY-MM-DD..YYYY-MM-DD" (a day is written as a range of one day). */
  date?: string;
  /** "none", or a place name. */
  place?: string;
}

/** Parses `"<type> <party> + <party> [/status] [@place] [#date]"` ("meeting Ruto + Scholz /planned @Nairobi #2024-06-10"). */
export function parseAttributes(notation: string): ExpectedAttributes {
  const hash = notation.lastIndexOf(' #');
  const date = hash >= 0 ? notation.slice(hash + 2).trim() : undefined;
  const rest = hash >= 0 ? notation.slice(0, hash) : notation;
  const base = parseExpected(rest);
  const range = date === undefined || date === 'none' ? date : date.includes('..') ? date : `${date}..${date}`;
  return { notation, ...base, ...(range !== undefined ? { date: range } : {}) };
}

const foldPlace = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** What the extractor gets wrong about the expected events' types, parties, status, date and place, in words; empty when all is right. */
export function attributeDifferences(found: readonly DiplomaticEvent[], expected: readonly string[]): string[] {
  const used = new Set<number>();
  const problems: string[] = [];
  for (const want of expected.map(parseAttributes)) {
    const k = found.findIndex((e, i) => !used.has(i) && sameEvent(e, want));
    const label = `${want.type} ${want.parties.join(' + ')}`;
    if (k < 0) {
      problems.push(`misses ${label}`);
      continue;
    }
    used.add(k);
    const e = found[k] as DiplomaticEvent;
    if (e.status !== want.status) problems.push(`reads ${label} as ${e.status}`);
    const date = e.date ? `${e.date.start}..${e.date.end}` : 'none';
    if (want.date !== undefined && date !== want.date) problems.push(`dates ${label} ${date}`);
    const place = e.location?.name ?? 'none';
    const placeOk = want.place === undefined || (want.place === 'none' ? !e.location : !!e.location && (foldPlace(place).includes(foldPlace(want.place)) || foldPlace(want.place).includes(foldPlace(place))));
    if (!placeOk) problems.push(`places ${label} at ${place}`);
  }
  found.forEach((e, i) => {
    if (!used.has(i)) problems.push(`adds ${e.type} ${e.participants.map((p) => p.name ?? p.country).join(' + ')}`);
  });
  return problems;
}
