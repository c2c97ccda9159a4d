import type { CameoCode, DiplomaticEvent, Participant, PloverMode } from '../types.js';
import type { EventContext } from './context.js';
import { evidenceOf, type EventDraft } from './merge.js';
import { partyCountry, type Party } from './party.js';

/** The public event of a draft: participants, date, place, status, trigger, evidence, codes and confidence. */
export function toEvent(ctx: EventContext, d: EventDraft, id: string): DiplomaticEvent {
  const first = d.mentions.find((m) => !m.anaphoric && !m.headline) ?? d.mentions[0];
  const date = d.date?.value ?? null;
  const place = d.place?.value;
  return {
    id,
    type: d.type,
    participants: participantsOf(ctx, d.parties),
    date,
    location: place ? { name: place.name, ...(place.country ? { country: place.country } : {}) } : null,
    status: d.status.value,
    trigger: first?.trigger ?? { start: 0, end: 0, text: '' },
    evidence: evidenceOf(ctx, d),
    cameo: cameoOf(ctx, d),
    plover: { event: 'CONSULT', mode: ploverModeOf(ctx, d) },
    confidence: confidenceOf(d),
    certainty: { date: d.date?.certainty ?? null, location: d.place?.certainty ?? null, status: d.status.certainty },
  };
}

function participantsOf(ctx: EventContext, parties: Party[]): Participant[] {
  const persons: Participant[] = [];
  const countries: Participant[] = [];
  for (const p of parties) {
    if (p.kind === 'person') {
      const person = ctx.people.get(p.personId);
      if (!person) continue;
      persons.push({
        name: person.name,
        personId: person.id,
        ...(person.country ? { country: person.country } : {}),
        ...(person.role ? { role: person.role } : {}),
      });
    } else if (p.kind === 'country') countries.push({ country: p.code });
  }
  return [...persons, ...countries];
}

/**
 * CAMEO code: 036 for a contact not (yet) held (planned, proposed, cancelled), 041 a call, 043
 * hosting, 042 a visit, 044 a summit or a meeting in a third country, else 040.
 */
function cameoOf(ctx: EventContext, d: EventDraft): CameoCode {
  if (d.status.value !== 'occurred') return '036';
  const mode = ploverModeOf(ctx, d);
  if (mode === 'phone') return '041';
  if (mode === 'host') return '043';
  if (mode === 'visit') return '042';
  if (mode === 'third-party' || mode === 'multilateral') return '044';
  return '040';
}

/**
 * PLOVER CONSULT mode: phone for calls; multilateral for summits and meetings of three or more
 * states; host or visit from the trigger ("hosted", "received" / "visited", "a visit to") or from
 * the place lying in one party's country; third-party when the place lies in none of theirs.
 */
function ploverModeOf(ctx: EventContext, d: EventDraft): PloverMode {
  if (d.type === 'phone_call') return 'phone';
  if (d.type === 'summit' && d.mentions.some((m) => m.multilateral)) return 'multilateral';
  const countries = new Set(
    d.parties.flatMap((p) => {
      const c = partyCountry(p, ctx.people);
      return c ? [c] : [];
    }),
  );
  if (countries.size >= 3) return 'multilateral';
  if (d.mentions.some((m) => m.hit.entry.role === 'host')) return 'host';
  if (d.mentions.some((m) => m.hit.entry.role === 'visit')) return 'visit';
  const where = d.place?.value.country;
  if (where && !countries.has(where)) return 'third-party';
  if (where) return 'visit';
  return 'unspecified';
}

/**
 * Confidence, in [0, 1]: the strength of the strongest trigger that names the event with its
 * parties (0.4–0.95; a bare "the meeting" or a headline counts at 80%), plus 0.05 for each further
 * such mention (at most +0.1), plus 0.05 when the text dates or places it, minus 0.1 when a party
 * was only inferred (a pronoun, a description, "the two leaders"). An event assembled from the
 * people of a sentence around a bare noun ("a tense March meeting … when the guest was
 * rebuked by his host") is capped at 0.55.
 */
function confidenceOf(d: EventDraft): number {
  const full = d.mentions.filter((m) => !m.anaphoric && !m.headline);
  const strength = full.length ? Math.max(...full.map((m) => m.hit.strength)) : 0.8 * Math.max(...d.mentions.map((m) => m.hit.strength));
  const support = Math.min(0.1, 0.05 * Math.max(0, full.length - 1));
  const anchor = d.date || d.place ? 0.05 : 0;
  const inferred = d.parties.some((p) => p.kind !== 'group' && p.via !== 'name') ? 0.1 : 0;
  let value = strength + support + anchor - inferred;
  if (d.fromFallback) value = Math.min(value, 0.55);
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}
