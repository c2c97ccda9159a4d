import type { DiplomaticEvent, Participant } from '../types.js';
import { fold } from '../text/fold.js';

/**
 * A side of a contact: the state a party acts for, with the people who speak for it there. Two
 * reports are of the same parties when they have the same sides, and no side names different
 * people in the two ("Biden–Xi" and "Blinken–Wang" are both USA–CHN, but not one contact).
 */
export interface Side {
  /** The state's code, or the person's folded name when the person acts for no known state. */
  key: string;
  /** Folded full names of the people named for this side (empty: the country alone). */
  people: string[];
}

/** The sides of an event, by key, in a stable order. */
export function sidesOf(event: Pick<DiplomaticEvent, 'participants'>): Side[] {
  const byKey = new Map<string, Side>();
  for (const p of event.participants) {
    const key = sideKey(p);
    if (!key) continue;
    const side = byKey.get(key) ?? { key, people: [] };
    if (p.name && !side.people.includes(fold(p.name))) side.people.push(fold(p.name));
    byKey.set(key, side);
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function sideKey(p: Participant): string | undefined {
  if (p.country) return p.country;
  return p.name ? `person:${fold(p.name)}` : undefined;
}

/** The key of a set of sides: what two reports of one contact share (used to bucket reports). */
export function sidesKey(sides: readonly Side[]): string {
  return sides.map((s) => s.key).join('+');
}

/** Whether two reports' sides are one contact's: the same states, and where both name people for a side, one person in common. */
export function sameSides(a: readonly Side[], b: readonly Side[]): boolean {
  if (sidesKey(a) !== sidesKey(b)) return false;
  return a.every((side, k) => {
    const other = b[k];
    if (!other || side.people.length === 0 || other.people.length === 0) return true;
    return side.people.some((name) => other.people.some((o) => samePerson(name, o)));
  });
}

/**
 * Whether two folded full names are one person's: equal, or with the same first name and a family
 * name spelled a letter or two longer ("volodymyr zelensky", "volodymyr zelenskiy").
 */
export function samePerson(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length < 2 || y.length < 2 || x[0] !== y[0]) return false;
  const [short, long] = [x[x.length - 1] ?? '', y[y.length - 1] ?? ''].sort((p, q) => p.length - q.length) as [string, string];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2;
}
