import type { CountryMention, Span } from '../../types.js';
import { startsLine } from '../../text/lines.js';
import { cityCountry } from './cities.js';
import { MONTHS } from '../../dates/lexicon.js';

// The marks that end a dateline's place besides a hyphen ("MOSCOW —", "VIENTIANE •") are written
// out in each pattern below (—–―•), all kept here so that every reader of datelines reads the same marks.

/** A dateline's place followed by a mark, a colon, a comma or a parenthesis. */
const MARK_AFTER = /^\s*[—–―•\-:,(]/;

/** A mark between spaces on a dateline's line. */
const MARK_BETWEEN_SPACES = /\s[—–―•-]\s/u;

/** What follows a town opening a dateline: a comma, a parenthesis, a mark, or the report's date. */
export const DATELINE_FOLLOWER = /^\s*(?:[,(—–―•]|- |\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4})/u;

/** The dash closing a dateline's header ("BEIJING, March 3 (Xinhua) --"), or an agency's slashes ("/ENA/"). */
export const DATELINE_HEADER_END = /\s(?:--|[—–―•-])\s|\)\s*(?:--|[—–―•-])|\/[A-Z]{2,6}\//;

/** The place an article is written from, as its dateline gives it ("MOSCOW –", "Nairobi —", "KYIV (Reuters) –"). */
export interface Dateline {
  /** The place as the text writes it. */
  text: string;
  /** Its country (alpha-3). */
  country: string;
  /** Offsets of the place in the text. */
  start: number;
  end: number;
}

/**
 * The dateline of a text: a capital (or a known city) standing first on its line and followed by
 * a dash, colon, comma or parenthesis, or by a month's name or an ISO date, or ending a byline ("From X, Abuja");
 * undefined when there is none.
 */
export function findDateline(text: string, capitals: readonly CountryMention[], places: ReadonlyArray<Span & { country?: string }> = []): Dateline | undefined {
  // a dash, colon, comma or parenthesis, or the report's date ("Addis Ababa February 15/2023 /ENA/", "BEIJING 1996-08-22")
  const followed = (end: number): boolean => MARK_AFTER.test(text.slice(end, end + 3)) || /^[ \t]+\d{4}-\d{2}-\d{2}\b/.test(text.slice(end, end + 16)) || MONTHS.has(/^\s+([A-Z][a-z]+)/.exec(text.slice(end, end + 14))?.[1]?.toLowerCase() ?? '');
  // or a byline's place at the end of the text's first line ("From Aidan Obi, Abuja", "By Jane Roe, Nairobi")
  const line = firstLine(text);
  const opens = (m: Span): boolean => (startsLine(text, m.start) && followed(m.end)) || bylinePlace(text, line, m);
  const capital = capitals.find((m) => m.kind === 'capital' && opens(m));
  if (capital) return { text: text.slice(capital.start, capital.end), country: capital.code, start: capital.start, end: capital.end };
  const place = places.find((p) => p.country && opens(p));
  if (place?.country) return { text: text.slice(place.start, place.end), country: place.country, start: place.start, end: place.end };
  return townDateline(text);
}

/** Offsets of the text's first line that holds anything but white space. */
function firstLine(text: string): { start: number; end: number } {
  const start = /\S/.exec(text)?.index ?? text.length;
  const end = text.indexOf('\n', start);
  return { start, end: end < 0 ? text.length : end };
}

/** Whether `m` ends the text's first line, a byline that names its writer and then the place ("From Aidan Obi, Abuja"). */
function bylinePlace(text: string, line: { start: number; end: number }, m: Span): boolean {
  if (m.start < line.start || (m.end <= line.end && text.slice(m.end, line.end).trim() !== '')) return false;
  return /^(?:By|From)\s+\p{Lu}[\p{L}.'’ -]{2,40},\s*$/u.test(text.slice(line.start, m.start));
}

/**
 * "KUMASI —", "Livingstone, June 3 –", "PUTRAJAYA:": a town of the gazetteer (any town of 15,000 people
 * or more) opening the text and followed by a dash (perhaps after a date or an agency's name) or a colon. Only here does a
 * town's name alone mark a place: a dateline's form says it is one.
 */
function townDateline(text: string): Dateline | undefined {
  const start = text.length - text.trimStart().length;
  const line = text.slice(start, start + 80).split('\n')[0] ?? '';
  // a dash, or a colon right after the name ("PUTRAJAYA: …")
  const dash = line.search(MARK_BETWEEN_SPACES);
  const colon = line.indexOf(': ');
  if (dash < 0 && colon >= 2 && colon <= 40 && !line.slice(0, colon).includes(',')) return townNamed(line.slice(0, colon).trim(), start);
  if (dash < 0) return undefined;
  // the place, then perhaps ", June 3 (Agency)" before the dash
  return townNamed((line.slice(0, dash).split(',')[0] ?? '').trim(), start);
}

/** The dateline of a town's name at `start`, when it is one of the gazetteer (three words at most). */
function townNamed(name: string, start: number): Dateline | undefined {
  const words = name.split(' ');
  if (words.length > 3 || !words.every((w) => TOWN_WORD.test(w))) return undefined;
  const country = cityCountry(name);
  return country ? { text: name, country, start, end: start + name.length } : undefined;
}

/** A word of a town's name: capitalised, letters with apostrophes, dots or hyphens. */
const TOWN_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
