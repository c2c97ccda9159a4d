/**
 * Pattern: the days, weeks or months just ahead of or behind the publication day.
 * - "the coming days", "coming days", "the next few days", "the days ahead" → +1 … +7;
 *   weeks → +1 … +28; months → +1 … +90.
 * - "the coming week", "a busy week ahead" → +1 … +7; "the month ahead" → +1 … +30.
 * - "the next two days" → +1 … +2; "the next three weeks" → +1 … +21.
 * - "recent days", "the past few days", "the last few days" → −7 … −1; weeks −28 … −1;
 *   months −90 … −1; "the past two weeks" → −14 … −1.
 * The preposition ("in", "over") is added by the refiner.
 */

import { addDays } from '../calendar.js';
import { candidate, type Candidate, type DatePattern } from '../context.js';
import { isWord, lowerAt } from './shared.js';
import { readQuantity, UNIT_DAYS, UNIT_WORDS, VAGUE_SPAN_DAYS, type Unit } from './units.js';

const PLURAL_UNITS: ReadonlySet<string> = new Set(['days', 'weeks', 'months']);

function unitOf(word: string | undefined): Unit | null {
  return word !== undefined && PLURAL_UNITS.has(word) ? (UNIT_WORDS.get(word) ?? null) : null;
}

/** Days of "the week ahead", "the coming month": one unit from the day after publication. */
const SINGLE_UNIT_DAYS: ReadonlyMap<string, number> = new Map([['week', 7], ['month', 30]]);

/** How many days a period ahead names: plural units are vague spans, a single week or month is one. */
function daysAhead(word: string | undefined): number | null {
  const single = word === undefined ? undefined : SINGLE_UNIT_DAYS.get(word);
  if (single) return single;
  const unit = unitOf(word);
  return unit ? VAGUE_SPAN_DAYS[unit] : null;
}

/** The coming/recent-period pattern: precision `'range'`. */
export const comingPattern: DatePattern = (ctx, i): Candidate | null => {
  const pub = ctx.pub;
  if (pub === null) return null;
  const j = isWord(ctx, i, 'the') ? i + 1 : i;
  const w = lowerAt(ctx, j);
  let sign: 1 | -1;
  let days: number;
  let next: number;
  if (w === 'coming') {
    const ahead = daysAhead(lowerAt(ctx, j + 1));
    if (!ahead) return null;
    [sign, days, next] = [1, ahead, j + 2];
  } else if (w === 'recent') {
    const unit = unitOf(lowerAt(ctx, j + 1));
    if (!unit) return null;
    [sign, days, next] = [-1, VAGUE_SPAN_DAYS[unit], j + 2];
  } else if ((w === 'next' || w === 'past' || w === 'last') && j === i + 1) {
    const q = readQuantity(ctx, j + 1);
    if (!q || q.value.unit === 'year' || (q.value.count ?? 2) < 2) return null;
    sign = w === 'next' ? 1 : -1;
    days = q.value.count === null ? VAGUE_SPAN_DAYS[q.value.unit] : q.value.count * UNIT_DAYS[q.value.unit];
    next = q.next;
  } else if (isWord(ctx, j + 1, 'ahead')) {
    // "the days ahead", and a week or month ahead with any article or adjective ("has a busy week ahead")
    const ahead = daysAhead(w);
    if (!ahead || (j === i && !SINGLE_UNIT_DAYS.has(w ?? ''))) return null;
    [sign, days, next] = [1, ahead, j + 2];
  } else {
    return null;
  }
  const range = sign > 0 ? { start: addDays(pub, 1), end: addDays(pub, days) } : { start: addDays(pub, -days), end: addDays(pub, -1) };
  return candidate(i, next, range, 'range');
};
