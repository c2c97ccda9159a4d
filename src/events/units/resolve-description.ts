import type { EventContext } from '../context.js';
import { DIPLOMATIC_ROLES, LEADER_ROLES, MONARCH_TITLES, headOfStateRole, monarchTitle } from '../lexicon.js';
import { firstAbove } from '../../text/sorted.js';
import { isChamberRole } from '../../entities/people/titles.js';

/** "the UN chief", "the IAEA chief": a "chief" is the head of a body, its secretary-general or director-general. */
export function headsABody(head: string, role: string): boolean {
  return head === 'chief' && /general$/.test(role);
}

/** Whether a person's role fits the head word of a description of a country's official. */
export function roleFits(head: string, role: string | undefined): boolean {
  if (!role) return false;
  // a deputy is not the office ("the prime minister" is not the deputy prime minister)
  if (/^(?:deputy|vice)\b/.test(role) && !/^(?:deputy|vice)\b/.test(head)) return false;
  if (head === 'foreign minister') return role.includes('foreign minister') || role === 'secretary of state' || role === 'foreign secretary' || role.includes('foreign affairs');
  if (head === 'minister' || head === 'secretary') return role.includes('minister') || role.includes('secretary');
  if (head === 'pm' || head === 'premier') return role.includes('prime minister') || role === 'premier';
  if (head === 'president' || head === 'chancellor') return role.includes(head) && !isChamberRole(role);
  // "the Amir" is the emir, not the king of the text
  if (MONARCH_TITLES.has(head)) return role.includes(monarchTitle(head));
  if (head === 'head of state') return headOfStateRole(role);
  // "North Korea's top diplomat": its foreign minister or an envoy
  if (head === 'diplomat') return DIPLOMATIC_ROLES.has(role);
  if (headsABody(head, role)) return true;
  return LEADER_ROLES.has(role);
}

/**
 * The person a description of a country's official points to ("the Russian leader", "his Iranian
 * counterpart", "Hungary's prime minister"): among the people of that country whose role fits the
 * head word (or the only person of that country), the one named nearest to the description.
 */
export function resolveDescription(ctx: EventContext, country: string | undefined, head: string, at: number): string | undefined {
  if (!country) return undefined;
  const candidates = ctx.peopleByCountry.get(country) ?? [];
  const fitting = candidates.filter((p) => roleFits(head, p.role));
  // the only person of that country stands in, unless they hold another office ("the Japanese ambassador" is not its foreign minister)
  const open = candidates.filter((p) => !p.role || p.role === 'counterpart' || head === 'leader');
  const pool = fitting.length ? fitting : candidates.length === 1 ? open : [];
  const here = ctx.doc.tokens[at]?.start ?? 0;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const p of pool) {
    // the mention nearest to the description, found by binary search
    const k = firstAbove(p.starts, here);
    for (const start of [p.starts[k - 1], p.starts[k]]) {
      if (start !== undefined && Math.abs(start - here) < bestDistance) [bestDistance, best] = [Math.abs(start - here), p.id];
    }
  }
  return best;
}
