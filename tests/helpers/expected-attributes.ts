import type { EventStatus, EventType } from '../../src/types.js';
import { parseExpected } from './expected-events.js';

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
