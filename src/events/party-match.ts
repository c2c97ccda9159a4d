/** Comparing parties: the same person or country, a person standing for their country, offices that agree. */
import type { EventContext } from './context.js';
import type { Party } from './party.js';

/** Drops repeated parties and countries already represented by one of their people. */
export function dedupe(ctx: EventContext, parties: Party[]): Party[] {
  const out: Party[] = [];
  for (const p of parties) {
    if (p.kind === 'group') continue;
    if (out.some((q) => sameParty(ctx, p, q, true))) continue;
    out.push(p);
  }
  // a country stands in only where none of its people does
  return out.filter((p) => p.kind !== 'country' || !out.some((q) => q.kind === 'person' && countryOf(ctx, q) === p.code));
}

export function countryOf(ctx: EventContext, p: Party): string | undefined {
  if (p.kind === 'country') return p.code;
  if (p.kind === 'person') return ctx.people.get(p.personId)?.country;
  return undefined;
}

/** Whether two parties are the same: the same person, the same country, or a person of that country (when `strict` is false). */
export function sameParty(ctx: EventContext, a: Party, b: Party, strict = false): boolean {
  if (a.kind === 'person' && b.kind === 'person') return a.personId === b.personId;
  if (a.kind === 'country' && b.kind === 'country') return a.code === b.code;
  if (strict) return false;
  const ca = countryOf(ctx, a);
  return !!ca && ca === countryOf(ctx, b) && officesAgree(ctx, a, b);
}

/** A country standing for an office ("the foreign ministers of A and B") is only that office's holder. */
export function officesAgree(ctx: EventContext, a: Party, b: Party): boolean {
  const office = a.kind === 'country' ? a.office : b.kind === 'country' ? b.office : undefined;
  const person = a.kind === 'person' ? a : b.kind === 'person' ? b : undefined;
  if (!office || !person) return true;
  const role = ctx.people.get(person.personId)?.role ?? '';
  return role.includes(office) || (office === 'minister' && role.includes('secretary'));
}
