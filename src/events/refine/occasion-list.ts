import type { EventContext } from '../context.js';
import type { EventMention } from '../mention/mention.js';
import { knownPlaceAt, placeAt, type Place } from '../place.js';
import type { DateRef } from '../../types.js';
import { monthRange } from '../../dates/calendar.js';

/** Marks that open the list of occasions after a counted contact ("have met three times: …", "met twice, in …"). */
const LIST_OPENERS: ReadonlySet<string> = new Set([',', ':', '--', '—', '–', '-']);

/** Prepositions an occasion opens with ("in Tokyo in March", "on the sidelines of the G20", "at the UN", "during a visit to Delhi"). */
const OCCASION_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during']);

/** How far after the trigger (or what its frame read) the list may open ("have met four times during the last year and a half --"). */
const OPENER_REACH = 12;

/** One occasion of a list: its own date and place, where the text gives them. */
interface Occasion {
  date?: DateRef;
  place?: Place;
}

/**
 * "A and B have met three times: at the G20 in Osaka in June 2019, in Biarritz in August 2019 and
 * in Tokyo in 2022", "met twice last year, in Tokyo in March and in Hiroshima in May": a counted
 * contact followed by a list of occasions, each with a place or a date of its own, is one contact
 * per occasion, dated and placed as its item says.
 */
export function occasionList(ctx: EventContext, read: EventMention[]): EventMention[] {
  return read.flatMap((m) => {
    const occasions = (m.repeated || countedTwice(ctx, m)) && m.type !== 'summit' ? occasionsAfter(ctx, m) : [];
    if (occasions.length < 2) return [m];
    return occasions.map((o): EventMention => {
      const { date: _date, place: _place, ...rest } = m;
      const date = o.date ? inYearOf(o.date, m.date) : undefined;
      return { ...rest, repeated: false, parties: m.parties.map((p) => ({ ...p })), dateInherited: false, placeInherited: false, ...(date ? { date } : {}), ...(o.place ? { place: o.place } : {}) };
    });
  });
}

/** "met twice", "have spoken thrice": a count that is no repeated-contact cue of its own (a list must follow). */
function countedTwice(ctx: EventContext, m: EventMention): boolean {
  const from = m.frame?.end ?? m.hit.end;
  for (let i = m.hit.end; i < from + 3; i++) if (ctx.folded[i] === 'twice' || ctx.folded[i] === 'thrice') return true;
  return false;
}

/** The occasions listed after a mention, or none when no list opens there. */
function occasionsAfter(ctx: EventContext, m: EventMention): Occasion[] {
  const end = ctx.doc.sentences[m.hit.sentence]?.endToken ?? ctx.length;
  const from = m.frame?.end ?? m.hit.end;
  // ("-- on the sidelines of …": a dash written as two hyphens)
  const opensAt = (k: number): number => (LIST_OPENERS.has(ctx.folded[k] ?? '') ? (ctx.folded[k + 1] === '-' ? k + 2 : k + 1) : -1);
  let i = from;
  while (i < Math.min(end, from + OPENER_REACH) && !OCCASION_OPENERS.has(ctx.folded[opensAt(i)] ?? '')) i++;
  if (!OCCASION_OPENERS.has(ctx.folded[opensAt(i)] ?? '')) return [];
  const occasions: Occasion[] = [];
  for (let start = opensAt(i); start < end && OCCASION_OPENERS.has(ctx.folded[start] ?? ''); ) {
    const stop = itemEnd(ctx, start, end);
    const occasion = occasionIn(ctx, start, stop);
    if (!occasion) break;
    occasions.push(occasion);
    start = nextItem(ctx, stop);
  }
  return occasions;
}

/** Where the item opening at `start` ends: at a comma, a semicolon or an "and" before the next item's preposition. */
function itemEnd(ctx: EventContext, start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    const w = ctx.folded[k] ?? '';
    if (w === ';' || (w === ',' && !ctx.facts.country[k + 1])) return k;
    if (w === 'and' && OCCASION_OPENERS.has(ctx.folded[k + 1] ?? '')) return k;
  }
  return end;
}

/** The first token of the item after the separator at `k` (", and in …" skips both). */
function nextItem(ctx: EventContext, k: number): number {
  let j = k + 1;
  if (ctx.folded[j] === 'and') j++;
  return j;
}

/** The date and place an item gives, or undefined when it gives neither. */
function occasionIn(ctx: EventContext, start: number, stop: number): Occasion | undefined {
  let date: DateRef | undefined;
  let place: Place | undefined;
  for (let k = start; k < stop; k++) {
    const d = ctx.dateAt[k];
    if (d !== undefined) date ??= ctx.dates[d];
    if (place || ctx.folded[k - 1] !== 'in') continue;
    place = knownPlaceAt(ctx, k, stop) ?? (ctx.facts.country[k] ? placeAt(ctx, k, stop) : undefined);
  }
  return date || place ? { ...(date ? { date } : {}), ...(place ? { place } : {}) } : undefined;
}

/** "met twice last year, in Tokyo in March …": a month the item names without a year falls in the year the count gives. */
function inYearOf(date: DateRef, counted: DateRef | undefined): DateRef {
  if (!counted || counted.precision !== 'year' || date.precision !== 'month' || /\d{4}/.test(date.text)) return date;
  return { ...date, ...monthRange(Number(counted.start.slice(0, 4)), Number(date.start.slice(5, 7))) };
}
