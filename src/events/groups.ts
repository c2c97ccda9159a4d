/**
 * Who a group stands for when mentions are merged ("they", "the two leaders", "each of his guests",
 * "the two presidents"): the latest contacts, the latest pair named together, or the holders of an office.
 */
import type { EventContext } from './context.js';
import type { Party } from './party.js';
import { roleFits } from './units/resolve-description.js';
import { LEADER_ROLES } from './lexicon.js';
import { dedupe, sameParty } from './party-match.js';
import { firstAbove } from '../text/sorted.js';

/**
 * "they", "the two leaders": the parties of the latest mention that named two or more;
 * "the four leaders": the parties of the latest mentions until four are found. A counted pair
 * ("the two leaders", "each of them") may also mean two people named together with no contact
 * reported (`pairs`).
 */
export function resolveGroups(ctx: EventContext, parties: Party[], history: Party[][], pairs: Party[][] = history, at = Infinity): Party[] {
  if (!parties.some((p) => p.kind === 'group')) return dedupe(ctx, parties);
  const out: Party[] = [];
  for (const p of parties) {
    if (p.kind !== 'group') {
      out.push(p);
      continue;
    }
    // "the two leaders": the latest contact of exactly two, not a summit of four named since
    // "each of his guests": the others of the latest contact of the one who met them each
    // "the two presidents": two people who hold that office
    const exact = p.office && !p.each ? holdersOf(ctx, p.office, p.size ?? 2, pairs, at)
      : p.each ? (hostedBy(ctx, parties, history) ?? latestPair(pairs)) : p.size === undefined && p.counted ? latestPair(pairs, ctx, at) : undefined;
    if (exact) {
      out.push(...exact.map((x) => ({ ...x, host: false })));
      continue;
    }
    const members: Party[] = [];
    for (let k = history.length - 1; k >= 0; k--) {
      // ("X, Y and Z flew to Banjul. The three leaders …": the people, not the country they went to)
      for (const x of history[k] ?? []) if (!(x.kind === 'country' && x.host) && !members.some((y) => sameParty(ctx, x, y, true))) members.push({ ...x, host: false });
      if (members.length >= (p.size ?? 2)) break;
    }
    out.push(...members);
  }
  return dedupe(ctx, out);
}

/**
 * "the two presidents", "the pair of ministers": the latest pair whose people all hold the office,
 * else the people of that office, each of another country, named last before the group (token `at`).
 * "the two leaders": the latest pair with no one in an office below a leader's (a minister, an envoy).
 */
function holdersOf(ctx: EventContext, office: string, size: number, pairs: Party[][], at: number): Party[] | undefined {
  const role = (p: Party): string | undefined => (p.kind === 'person' ? ctx.people.get(p.personId)?.role : undefined);
  // "the four leaders": the latest contacts until four are found, as for any group
  if (office === 'leader' && size !== 2) return undefined;
  if (office === 'leader') {
    // a country stands for its leader; a person needs an office, and not one below a leader's
    const mayLead = (p: Party): boolean => {
      const office = role(p);
      return p.kind === 'country' || (office !== undefined && !belowLeader(office));
    };
    // with no contact named before, the leaders named last ("said …, after a call in which the two leaders agreed")
    return latestPair(pairs.filter((h) => h.every(mayLead))) ?? latestPair(pairs) ?? latestHolders(ctx, office, size, ctx.doc.tokens[at]?.start ?? Infinity);
  }
  const holds = (p: Party): boolean => p.kind === 'person' && roleFits(office, role(p));
  // "X and his counterpart Y": a counterpart holds the office of the one they stand with
  const pair = [...pairs].reverse().find((h) => h.length === size && h.some(holds) && h.every((p) => holds(p) || role(p) === 'counterpart'));
  return pair ?? latestHolders(ctx, office, size, ctx.doc.tokens[at]?.start ?? Infinity);
}

/** Offices below a head of state or government: their holders are not "the leaders". */
const BELOW_LEADER = /\b(?:minister|secretary|ambassador|envoy|spokes(?:man|woman|person)|commissioner|governor|mayor|diplomat|deputy|vice|general|aide)\b/;

function belowLeader(role: string): boolean {
  return role !== 'prime minister' && !LEADER_ROLES.has(role) && BELOW_LEADER.test(role);
}

/** The people holding `office`, one per country, whose last mention before character `here` is latest. */
function latestHolders(ctx: EventContext, office: string, size: number, here: number): Party[] | undefined {
  const named: Array<{ id: string; country: string; last: number }> = [];
  for (const [country, people] of ctx.peopleByCountry) {
    for (const p of people) {
      // the mention last before `here` (starts are sorted)
      const last = p.starts[firstAbove(p.starts, here - 1) - 1];
      if (last !== undefined && roleFits(office, p.role)) named.push({ id: p.id, country, last });
    }
  }
  const latest: typeof named = [];
  for (const p of named.sort((a, b) => b.last - a.last)) if (!latest.some((q) => q.country === p.country)) latest.push(p);
  if (latest.length < size) return undefined;
  return latest.slice(0, size).map((p) => ({ kind: 'person', personId: p.id, via: 'description' }));
}

/** The latest contact of two or more that one of the named `parties` had, without them ("X met each of his guests"). */
function hostedBy(ctx: EventContext, parties: Party[], history: Party[][]): Party[] | undefined {
  const named = parties.filter((p) => p.kind !== 'group');
  const h = [...history].reverse().find((e) => e.length >= 2 && named.some((n) => e.some((x) => sameParty(ctx, n, x, true))));
  const others = h?.filter((x) => !named.some((n) => sameParty(ctx, n, x, true)));
  return others && others.length >= 2 ? others : undefined;
}

/**
 * The latest pair of parties, one that names two people or states before one of a traveller and the
 * country visited; but when the visit is the latest contact and the text names that country's leader,
 * the traveller and that leader ("a White House visit by Zelensky … When the two men met": Zelensky and Trump).
 */
function latestPair(pairs: Party[][], ctx?: EventContext, at = Infinity): Party[] | undefined {
  const two = [...pairs].reverse().filter((h) => h.length === 2);
  const host = ctx && two[0] ? visitedLeader(ctx, two[0], at) : undefined;
  if (host) return host;
  return two.find((h) => !h.some((p) => p.kind === 'country' && p.host)) ?? two[0];
}

/** A visit of a traveller to a country whose leader the text named before token `at`: the traveller and that leader. */
function visitedLeader(ctx: EventContext, pair: Party[], at: number): Party[] | undefined {
  const country = pair.find((p) => p.kind === 'country' && p.host);
  const traveller = pair.find((p) => p.kind === 'person');
  if (country?.kind !== 'country' || !traveller) return undefined;
  const here = ctx.doc.tokens[at]?.start ?? Infinity;
  const leaders = (ctx.peopleByCountry.get(country.code) ?? []).filter((p) => p.role && LEADER_ROLES.has(p.role) && (p.starts[0] ?? Infinity) < here);
  return leaders.length === 1 && leaders[0] ? [traveller, { kind: 'person', personId: leaders[0].id, via: 'description' }] : undefined;
}
