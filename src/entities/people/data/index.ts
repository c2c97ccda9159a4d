export { KNOWN_PEOPLE } from './known-people.js';
export type { KnownPerson, Office, OfficeTerm } from './known-people.js';

import type { KnownPerson, Office } from './known-people.js';

/**
 * Whether `person` held an office (any office, or only `office` when given) at some point during
 * calendar `year`. Terms are inclusive; a term without `to` is still running.
 */
export function heldOfficeIn(person: KnownPerson, year: number, office?: Office): boolean {
  return person.terms.some(
    (t) => (office === undefined || t.office === office) && t.from <= year && (t.to === undefined || year <= t.to),
  );
}
