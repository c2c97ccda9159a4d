import type { Person } from '../../src/types.js';
import { fold } from '../../src/text/fold.js';

/** A person a reader finds in an example, with the country they act for (null for none). */
export interface ExpectedPerson {
  name: string;
  country: string | null;
}

const words = (name: string): string[] => fold(name).replace(/[.,]/g, '').split(/\s+/).filter(Boolean);

/** Whether a found name is the expected one: the same words, or the found words all among the expected ones and sharing its last. */
function sameName(expected: string, found: string): boolean {
  const e = words(expected);
  const f = words(found);
  if (e.join(' ') === f.join(' ')) return true;
  // "Prabowo" completed from the gazetteer as "Prabowo Subianto"
  if (e.length === 1 && f[0] === e[0]) return true;
  return f.length > 0 && f.every((w) => e.includes(w)) && e.some((w) => w === f[f.length - 1]) && f.length >= Math.min(2, e.length);
}

/**
 * What the people found get wrong against what a reader expects: a person missed, a person found
 * with another country, or a person found who is not expected. Empty when they agree.
 */
export function peopleDifferences(found: readonly Person[], expected: readonly ExpectedPerson[]): string[] {
  const problems: string[] = [];
  const used = new Set<Person>();
  for (const e of expected) {
    const p = found.find((x) => !used.has(x) && sameName(e.name, x.name));
    if (!p) {
      problems.push(`misses ${e.name}`);
      continue;
    }
    used.add(p);
    if ((p.country ?? null) !== e.country) problems.push(`${e.name} country ${p.country ?? 'none'}`);
  }
  for (const p of found) if (!used.has(p)) problems.push(`adds ${p.name}`);
  return problems;
}
