import type { EventContext } from '../context.js';
import type { EventDraft } from '../merge.js';

/** Offices of international organisations (the UN's secretary-general, the IMF's managing director), each a side of its own. */
const ORGANISATION_OFFICES = /secretary-general|secretary general|director|commissioner|high representative|envoy|chair|president|head|chief|representative/;

function isOrganisationOfficial(role: string | undefined): boolean {
  return !!role && ORGANISATION_OFFICES.test(role) && !/executive|spokes/.test(role);
}

/**
 * Keeps the diplomatic contacts: parties of at least two sides (a summit: one state), a side being
 * a state or an official of an international organisation; people with no office may join them,
 * but do not make a contact on their own, nor does a country the text does not give them.
 */
export function keepDiplomatic(ctx: EventContext, drafts: EventDraft[]): EventDraft[] {
  return drafts.filter((d) => {
    const sides = new Set<string>();
    for (const p of d.parties) {
      const person = p.kind === 'person' ? ctx.people.get(p.personId) : undefined;
      // a person with no office whose country is only the article's home country is no side of their own
      const guessed = person && !person.role && person.countryCertainty === 'inferred';
      const c = p.kind === 'country' ? p.code : guessed ? undefined : person?.country;
      if (c) sides.add(c);
      else if (person && isOrganisationOfficial(person.role)) sides.add(`org:${person.id}`);
    }
    if (d.type === 'summit') return [...sides].some((s) => !s.startsWith('org:'));
    return sides.size >= 2 && !privateVisit(ctx, d);
  });
}

/** "X and his wife Y arrived in Accra": a visit of one person with no office to a country is no contact of a state. */
function privateVisit(ctx: EventContext, d: EventDraft): boolean {
  const people = d.parties.filter((p) => p.kind === 'person');
  if (people.length !== 1 || d.parties.length !== 2 || !d.parties.some((p) => p.kind === 'country')) return false;
  const person = people[0]?.kind === 'person' ? ctx.people.get(people[0].personId) : undefined;
  return !!person && !person.role;
}
