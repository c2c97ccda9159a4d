import { fold } from '../../text/fold.js';
import type { KnownPerson } from './data/known-people.js';
import { isKnownFirstName } from './name-lexicon.js';
import type { NameMention } from './name-mentions.js';
import { knownByGivenName, knownByName, nameKey } from './known-people-index.js';
import { FAMILY_NAME_FIRST, NAME_PARTICLES } from './stop-words.js';

/** One person being assembled from the mentions that name them. */
export interface PersonDraft {
  /** Mentions in text order. */
  mentions: NameMention[];
  /** Single words by which the person may be named alone (folded): family name, aliases. */
  keys: Set<string>;
  /** Folded given name, when known. */
  given?: string;
  /** Folded family name, when known. */
  surname?: string;
  /** The gazetteer entry, when the person is a known office holder. */
  known?: KnownPerson;
}

function key(word: string): string {
  return nameKey(word).replace(/ /g, '-');
}

/** The words a multi-word name may be shortened to. */
function standaloneKeys(tokens: string[], known?: KnownPerson): string[] {
  const keys: string[] = [];
  const words = tokens.map(key);
  const last = words[words.length - 1];
  if (last) {
    keys.push(last);
    const afterParticle = last.split('-').slice(-1)[0];
    if (afterParticle && afterParticle !== last && NAME_PARTICLES.has(last.split('-')[0] ?? '')) keys.push(afterParticle);
  }
  const first = words[0];
  if (first && words.length <= 3 && FAMILY_NAME_FIRST.has(first)) keys.push(first);
  if (known) {
    keys.push(key(known.surname));
    for (const alias of known.aliases ?? []) if (!alias.includes(' ')) keys.push(key(alias));
  }
  return keys;
}

function familyFirst(tokens: string[], known?: KnownPerson): boolean {
  const first = key(tokens[0] ?? '');
  if (known) return key(known.surname) === first;
  return tokens.length <= 3 && FAMILY_NAME_FIRST.has(first);
}

function countryOfMention(m: NameMention): string | undefined {
  return m.prefix.office && !m.prefix.organisation ? (m.prefix.country ?? m.countryAfter) : m.countryAfter;
}

function compatible(draft: PersonDraft, m: NameMention): boolean {
  const mine = countryOfMention(m);
  if (!mine) return true;
  const theirs = draft.mentions.map(countryOfMention).find(Boolean) ?? draft.known?.country ?? undefined;
  return !theirs || theirs === mine;
}

/** Folded given name of a multi-word name (the second word of a family-name-first name). */
function givenOf(tokens: string[], known?: KnownPerson): string | undefined {
  if (tokens.length < 2) return undefined;
  const given = familyFirst(tokens, known) ? tokens[1] : tokens[0];
  return given ? key(given) : undefined;
}

function newDraft(m: NameMention, known: KnownPerson | undefined): PersonDraft {
  const draft: PersonDraft = { mentions: [m], keys: new Set(standaloneKeys(m.tokens, known)) };
  if (known) draft.known = known;
  const given = givenOf(m.tokens, known);
  if (given) draft.given = given;
  if (m.tokens.length > 1) {
    const surname = familyFirst(m.tokens, known) ? m.tokens[0] : m.tokens[m.tokens.length - 1];
    if (surname) draft.surname = key(surname);
  }
  return draft;
}

function attach(draft: PersonDraft, m: NameMention): void {
  draft.mentions.push(m);
  for (const k of standaloneKeys(m.tokens, draft.known)) if (m.tokens.length > 1) draft.keys.add(k);
}

/**
 * Groups name mentions into people. Full names come first and found people; shorter mentions
 * attach to them: a family name ("Putin"), a given name after a title ("President Vladimir"),
 * or, failing that, a well-known office holder from the gazetteer in office that year.
 */
export function clusterMentions(mentions: NameMention[], year: number | null): PersonDraft[] {
  const drafts: PersonDraft[] = [];
  const multi = mentions.filter((m) => m.tokens.length > 1);
  const single = mentions.filter((m) => m.tokens.length === 1);

  for (const m of multi) {
    const known = knownByName(m.tokens, year, countryOfMention(m));
    const mKeys = standaloneKeys(m.tokens, known);
    const given = givenOf(m.tokens, known);
    const same = drafts.find(
      (d) =>
        (known && d.known === known) ||
        (mKeys.some((k) => d.keys.has(k)) && compatible(d, m) && (!d.given || !given || d.given === given)) ||
        (!!given && d.given === given && !!d.surname && oneEditApart(d.surname, key(m.tokens[m.tokens.length - 1] ?? ''))),
    );
    if (same) {
      attach(same, m);
      same.known ??= known;
      continue;
    }
    if (m.certainty === 'person' || known) drafts.push(newDraft(m, known));
  }

  // Family names first, so that a given name used alone can then find its family name.
  const givenOnly: NameMention[] = [];
  for (const m of single) {
    const k = key(m.tokens[0] ?? '');
    const byKey = latest(drafts.filter((d) => (d.keys.has(k) || (!!d.surname && d.mentions.length > 0 && oneEditApart(d.surname, k) && k.length >= 6)) && compatible(d, m)), m);
    if (byKey) {
      attach(byKey, m);
      continue;
    }
    const byGiven = latest(drafts.filter((d) => d.given === k && compatible(d, m)), m);
    if (byGiven) {
      attach(byGiven, m);
      continue;
    }
    const titled = m.prefix.office || m.prefix.honorific;
    if (titled && isKnownFirstName(fold(m.tokens[0] ?? ''))) {
      givenOnly.push(m);
      continue;
    }
    const word = m.tokens[0] ?? '';
    // a lone family name from the gazetteer must look like a name: not "X", not "II", not a modifier ("Houthi movement")
    const plausible = titled || (word.length >= 3 && !/^[IVXLC]+$/.test(word) && !m.modifierUse);
    const known = plausible ? knownByName(m.tokens, year, countryOfMention(m)) : undefined;
    const sameKnown = known && drafts.find((d) => d.known === known);
    if (sameKnown) attach(sameKnown, m);
    else if (known || titled) drafts.push(newDraft(m, known));
  }

  for (const m of givenOnly) {
    const k = key(m.tokens[0] ?? '');
    const country = countryOfMention(m);
    const known = knownByGivenName(m.tokens[0] ?? '', year, country);
    const target =
      (known && drafts.find((d) => d.known === known || d.keys.has(key(known.surname)))) ||
      latest(drafts.filter((d) => d.given === k), m) ||
      only(drafts.filter((d) => !d.given && d.mentions.every((x) => x.tokens.length === 1) && compatible(d, m) && (!country || draftCountry(d) === country)));
    if (target) {
      attach(target, m);
      target.given ??= k;
      target.known ??= known;
      continue;
    }
    const draft = newDraft(m, known);
    draft.given = k;
    drafts.push(draft);
  }
  for (const d of drafts) d.mentions.sort((a, b) => a.first - b.first);
  return drafts.sort((a, b) => (a.mentions[0]?.first ?? 0) - (b.mentions[0]?.first ?? 0));
}

/** The country a draft is known to act for, from its mentions or the gazetteer. */
export function draftCountry(d: PersonDraft): string | undefined {
  return d.mentions.map(countryOfMention).find(Boolean) ?? d.known?.country ?? undefined;
}

function latest(candidates: PersonDraft[], m: NameMention): PersonDraft | undefined {
  let best: PersonDraft | undefined;
  let bestAt = -1;
  for (const d of candidates) {
    const at = Math.max(...d.mentions.filter((x) => x.first < m.first).map((x) => x.first), -1);
    const rank = at >= 0 ? at : -2 - (d.mentions[0]?.first ?? 0) / 1e9; // earlier mention wins; else the first one after
    if (!best || rank > bestAt) {
      best = d;
      bestAt = rank;
    }
  }
  return best;
}

/** Whether two words of five letters or more differ by one edit (a misspelling: "Ouattara"/"Quattara"). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number): boolean => a.slice(x) === b.slice(y);
  return rest(i + 1, i + 1) || rest(i + 1, i) || rest(i, i + 1);
}

function only<T>(list: T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}
