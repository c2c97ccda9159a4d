import type { EventContext } from './context.js';
import { TITLE_WORDS, titleOfWord } from '../entities/people/titles.js';
import { firstAbove } from '../text/sorted.js';
import { DESCRIPTION_HEADS, GROUP_WORDS, LEADER_ROLES, PERSON_PRONOUNS } from './lexicon.js';
import { resolvePronoun } from './units/pronoun.js';

export { resolvePronoun };

const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'confirmed', 'reported', 'announced', 'stated']);

/** "…, Peskov said", "…, Peskov has said": the party at `k` is followed by a verb of saying. */
function saysNext(ctx: EventContext, k: number): boolean {
  const w = ctx.folded[k] ?? '';
  if (SPEECH_AFTER.has(w)) return true;
  return (w === 'has' || w === 'had') && SPEECH_AFTER.has(ctx.folded[k + 1] ?? '');
}

/** A party to an event as read from one mention, before mentions are merged. */
export type Party =
  | { kind: 'person'; personId: string; host?: boolean; via: 'name' | 'pronoun' | 'description' }
  | {
      kind: 'country';
      code: string;
      host?: boolean;
      via: 'name' | 'description';
      /** The office the country stands for ("the foreign ministers of A and B" → "minister"): only its holder may replace it. */
      office?: string;
    }
  /** "they", "the two leaders": the parties of the latest contact, filled in when mentions are merged. */
  | { kind: 'group'; host?: boolean; size?: number };

/** Result of reading a run of parties. */
export interface PartyRun {
  /** Parties in text order. */
  parties: Party[];
  /** Index one past the last token read. */
  end: number;
  /** "the leaders of France, Britain and China": one contact per country. */
  perCountry: boolean;
}

/**
 * Where the name starts when token `i` begins a person's title ("Russian President Vladimir…",
 * "Ukraine's president, Volodymyr…"); -1 when what follows is no title of a named person.
 */
export function nameAfterTitle(ctx: EventContext, i: number, limit: number): number {
  let j = i;
  let crossedComma = false;
  while (j < limit) {
    if (ctx.personAt[j]) return j;
    const w = ctx.folded[j] ?? '';
    const next = (ctx.folded[j + 1] ?? '').replace(/\.$/, '');
    const nounBeforeTitle = ctx.pos[j] === 'NOUN' && titleOfWord(next)?.kind === 'office';
    const adjective = ((ctx.pos[j] === 'ADJ' && j > i) || nounBeforeTitle) && j + 1 < limit && !ctx.personAt[j + 1] && ctx.pos[j + 1] !== 'PUNCT';
    if (ctx.facts.country[j] || ctx.facts.organisation[j] || titleOfWord(w) || w === "'s" || w === '.' || adjective) {
      j++;
      continue;
    }
    if (w === ',' && !crossedComma && j > i) {
      crossedComma = true;
      j++;
      continue;
    }
    return -1;
  }
  return -1;
}

/** The person a description points to: "the Russian leader", "his Iranian counterpart", "Hungary's prime minister". */
export function resolveDescription(ctx: EventContext, country: string | undefined, head: string, at: number): string | undefined {
  if (!country) return undefined;
  const candidates = ctx.peopleByCountry.get(country) ?? [];
  if (candidates.length === 0) return undefined;
  const wanted =
    head === 'minister' || head === 'secretary'
      ? (r?: string) => !!r && (r.includes('minister') || r.includes('secretary'))
      : head === 'president' || head === 'premier' || head === 'chancellor' || head === 'pm'
        ? (r?: string) => !!r && (r.includes(head === 'pm' ? 'prime minister' : head) || (head === 'premier' && r === 'prime minister'))
        : (r?: string) => !!r && LEADER_ROLES.has(r);
  const fitting = candidates.filter((p) => wanted(p.role));
  const pool = fitting.length ? fitting : candidates.length === 1 ? candidates : [];
  const here = ctx.doc.tokens[at]?.start ?? 0;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const p of pool) {
    // the mention nearest to the description, found by binary search
    const k = firstAbove(p.starts, here);
    for (const start of [p.starts[k - 1], p.starts[k]]) {
      if (start === undefined) continue;
      const d = Math.abs(start - here);
      if (d < bestDistance) {
        bestDistance = d;
        best = p.id;
      }
    }
  }
  return best;
}

/**
 * Reads a run of parties starting at token `i` and going forward ("Modi and US President Donald
 * Trump", "Ukraine's president, Volodymyr Zelenskyy", "the leaders of France, Britain and China",
 * "his Iranian counterpart", "the two leaders", "he"), up to `limit`.
 */
export function readPartiesForward(ctx: EventContext, i: number, limit: number, exclude: Set<string>, capitals = true): PartyRun {
  const parties: Party[] = [];
  let perCountry = false;
  let j = i;
  const seen = new Set<string>();
  const addPerson = (id: string, via: 'name' | 'pronoun' | 'description'): void => {
    if (seen.has(id)) return;
    seen.add(id);
    parties.push({ kind: 'person', personId: id, via });
  };
  while (j < limit) {
    const w = ctx.folded[j] ?? '';
    const id = ctx.personAt[j];
    if (id) {
      let k = j;
      while (k < limit && ctx.personAt[k] === id && !(k > j && ctx.personStart[k])) k++;
      if (ctx.folded[k] === "'s" && !GROUP_WORDS.has(ctx.folded[k + 1] ?? '')) {
        // "Trump's residence" after a visit: the host; "Trump's plan": no party at all
        parties.push({ kind: 'person', personId: id, host: true, via: 'name' });
        return { parties, end: k + 1, perCountry };
      }
      if (saysNext(ctx, k)) break; // "…, Peskov said": the source, not a party
      addPerson(id, 'name');
      j = k;
      continue;
    }
    if (ctx.facts.country[j] || ctx.facts.organisation[j] || TITLE_WORDS.has(w.replace(/\.$/, '')) || w === 'his' || w === 'her' || w === 'the' || GROUP_NOUNS.has(w) || COUNTS.has(w)) {
      const nameAt = nameAfterTitle(ctx, j, limit);
      if (nameAt >= 0) {
        j = nameAt;
        continue;
      }
      const description = readDescription(ctx, j, limit);
      if (description) {
        if (description.group) parties.push(description.size ? { kind: 'group', size: description.size } : { kind: 'group' });
        else if (description.perCountry.length) {
          perCountry = true;
          for (const code of description.perCountry) parties.push({ kind: 'country', code, via: 'name' });
        } else {
          const person = resolveDescription(ctx, description.country, description.head, j);
          if (person) addPerson(person, 'description');
          else if (description.country) parties.push({ kind: 'country', code: description.country, via: 'description' });
        }
        j = description.end;
        continue;
      }
      const code = ctx.facts.country[j];
      if (code && !capitals && ctx.facts.countryKind[j] === 'capital') break; // "by video link from Moscow": a place
      if (code && !ctx.facts.organisation[j]) {
        let k = j;
        while (k < limit && ctx.facts.country[k] === code) k++;
        if (saysNext(ctx, k)) break; // "…, the Kremlin said"
        parties.push({ kind: 'country', code, via: 'name' });
        j = k;
        if (ctx.folded[j] === "'s") return { parties, end: j, perCountry };
        continue;
      }
      if (w === 'the' || w === 'his' || w === 'her') {
        j++;
        continue;
      }
      if (!TITLE_WORDS.has(w.replace(/\.$/, ''))) break;
      j++;
      continue;
    }
    if (PERSON_PRONOUNS.has(w) && w !== 'his' && w !== 'her') {
      const person = resolvePronoun(ctx, j, exclude);
      if (person) addPerson(person, 'pronoun');
      j++;
      continue;
    }
    if (w === 'they' || w === 'them' || (w === 'both' && ['leaders', 'sides', 'men', 'presidents'].includes(ctx.folded[j + 1] ?? ''))) {
      parties.push({ kind: 'group' });
      j += w === 'both' ? 2 : 1;
      continue;
    }
    if (AGENT_NOUNS.has(w) && parties.some((p) => p.kind === 'country')) {
      j++;
      continue;
    }
    if (w === 'and' || w === ',' || w === '&' || w === 'also') {
      j++;
      continue;
    }
    break;
  }
  // a trailing list separator is not part of the run
  return { parties, end: j, perCountry };
}

/** Plural nouns that stand for the parties of a contact ("the two men", "both sides", "the leaders of …"). */
export const GROUP_NOUNS = new Set(['leaders', 'sides', 'presidents', 'ministers', 'premiers', 'countries', 'men', 'women', 'heads', 'statesmen', 'delegations', 'governments', 'nations']);

/** Plural agents of a state ("U.S. and Cuban negotiators"): after country words, the countries are the parties. */
export const AGENT_NOUNS = new Set(['negotiators', 'officials', 'diplomats', 'delegations', 'delegates', 'envoys', 'representatives', 'teams', 'counterparts', 'governments', 'authorities']);

export const COUNTS = new Map([['two', 2], ['both', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6]]);

interface Description {
  /** How many the group counts ("the four leaders"). */
  size?: number;
  head: string;
  country?: string;
  group: boolean;
  perCountry: string[];
  end: number;
}

/**
 * "the Russian leader", "his Iranian counterpart", "Hungary's prime minister", "the two leaders",
 * "the leaders of France, Britain, China and Russia".
 */
function readDescription(ctx: EventContext, i: number, limit: number): Description | null {
  let j = i;
  let country: string | undefined;
  let head: string | undefined;
  let two = false;
  let size: number | undefined;
  while (j < limit && j < i + 6) {
    const w = (ctx.folded[j] ?? '').replace(/\.$/, '');
    if (ctx.facts.country[j]) {
      country ??= ctx.facts.country[j];
      j++;
      continue;
    }
    if (w === 'the' || w === 'his' || w === 'her' || w === "'s" || w === 'their' || w === 'its') {
      j++;
      continue;
    }
    if (COUNTS.has(w)) {
      two = true;
      size = COUNTS.get(w);
      j++;
      continue;
    }
    if (GROUP_NOUNS.has(w)) {
      if (ctx.folded[j + 1] === 'of' && ctx.facts.country[j + 2]) {
        const perCountry: string[] = [];
        let k = j + 2;
        while (k < limit) {
          const code = ctx.facts.country[k];
          if (code) {
            if (!perCountry.includes(code)) perCountry.push(code);
            k++;
          } else if (ctx.folded[k] === ',' || ctx.folded[k] === 'and' || ctx.folded[k] === 'the') k++;
          else break;
        }
        return { head: 'leader', group: false, perCountry, end: k };
      }
      if (two || w === 'leaders') return { head: 'leader', group: true, perCountry: [], end: j + 1, ...(size && size > 2 ? { size } : {}) };
      return null;
    }
    if (DESCRIPTION_HEADS.has(w)) {
      head = w;
      j++;
      // "prime minister", "foreign minister"
      if (['minister', 'secretary'].includes(ctx.folded[j] ?? '')) j++;
      break;
    }
    if (TITLE_WORDS.get(w)?.kind === 'modifier' || w === 'prime') {
      j++;
      continue;
    }
    return null;
  }
  if (!head) return null;
  if (ctx.personAt[j]) return null;
  return { head, ...(country ? { country } : {}), group: false, perCountry: [], end: j };
}
