import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';
import { partyCountry } from '../party.js';
import { knownPlaceAt, placeAt, type Place } from '../place.js';

/** How many sentences before a contact the stay it took place during may be told. */
const REACH = 2;

/** Verbs and phrases that put a person somewhere for a while ("is in Tokyo", "spent two days in Singapore"). */
const STAY_WORDS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'spent', 'spends', 'stayed', 'stays', 'remained', 'remains', 'been']);

/**
 * "Luxon spent two days in Singapore. This morning he had breakfast with Wong": a meeting with no
 * place of its own, told up to two sentences after a stay of one of its people in a place, whose
 * other people all act for that place's country (the hosts at home), took place there (inherited).
 */
export function placeDuringStay(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  for (const d of drafts) {
    if (d.place || d.type !== 'meeting') continue;
    const first = d.mentions[0]?.hit.sentence ?? 0;
    for (let s = first; s >= Math.max(0, first - REACH); s--) {
      const stay = stayIn(ctx, s, d);
      if (!stay) continue;
      const guests = new Set([stay.person]);
      const hosts = d.parties.filter((p) => !(p.kind === 'person' && guests.has(p.personId)));
      if (hosts.length > 0 && hosts.every((p) => partyCountry(p, ctx.people) === stay.place.country)) d.place = { value: stay.place, certainty: 'inherited' };
      break;
    }
  }
  return drafts;
}

/** The place a person of `d` stays in, as sentence `s` tells it ("X is in Tokyo", "X spent two days in Singapore"), if it does. */
function stayIn(ctx: EventContext, s: number, d: EventDraft): { person: string; place: Place } | undefined {
  const sentence = ctx.doc.sentences[s];
  if (!sentence) return undefined;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const id = ctx.personAt[i];
    if (!id || !ctx.personStart[i] || !d.parties.some((p) => p.kind === 'person' && p.personId === id)) continue;
    let k = i;
    while (ctx.personAt[k] === id) k++;
    if (!STAY_WORDS.has(ctx.folded[k] ?? '')) continue;
    // "is in Tokyo", "spent two days in Singapore": a few words, then "in" and the place
    for (let j = k + 1; j < Math.min(sentence.endToken, k + 6); j++) {
      if (ctx.folded[j] !== 'in') continue;
      const at = j + 1;
      const place = ctx.facts.country[at] && ctx.facts.countryKind[at] !== 'demonym' ? placeAt(ctx, at, sentence.endToken) : ctx.facts.place[at] ? knownPlaceAt(ctx, at, sentence.endToken) : undefined;
      return place?.country ? { person: id, place } : undefined;
    }
  }
  return undefined;
}
