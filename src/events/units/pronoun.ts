import type { EventContext } from '../context.js';
import { TITLE_WORDS } from '../../entities/people/titles.js';
import { AUDIENCE_NOUNS, REPORTING_VERBS, SPEECH_VERBS } from '../../lexicon/speech.js';
import { givenNameSex } from '../../entities/people/name-lexicon.js';
import { resolveDescription } from './resolve-description.js';
import { DESCRIPTION_HEADS, officeHead, resolveRole } from './description.js';
import { relativeClauseStart, whoAntecedent } from '../mention/clause.js';

/** How many sentences back a subject pronoun looks for the subject it continues. */
const SUBJECT_LOOKBACK = 3;

/** Roles of people who speak about a contact rather than take part in it. */
const SPOKESPEOPLE = /spokes|press secretary|correspondent|reporter/;

/**
 * The person a pronoun at token `at` stands for. "he", "she" and the possessives "his", "her"
 * continue the subject of the text (centering): the subject named earlier in their sentence, else
 * the subject of one of the previous sentences, else the nearest person before them. "him" and an
 * object "her" point to the nearest person before them that is not the subject of their clause.
 * A pronoun in an opening phrase points forward to the subject after the comma ("After his call,
 * Trump said …"). Spokespeople are never what a pronoun stands for.
 */
export function resolvePronoun(ctx: EventContext, at: number, exclude: ReadonlySet<string>): string | undefined {
  const w = ctx.folded[at] ?? '';
  const sex = PRONOUN_SEX.get(w);
  const ok = (id: string | undefined): id is string => !!id && !exclude.has(id) && !SPOKESPEOPLE.test(ctx.people.get(id)?.role ?? '') && agrees(ctx, id, sex);
  const cataphora = subjectAfterOpeningPhrase(ctx, at);
  if (ok(cataphora)) return cataphora;
  const governing = subjectBeforeWhere(ctx, at);
  if (ok(governing)) return governing;
  const objectForm = objectFormAt(ctx, at, w);
  const antecedent = objectForm ? undefined : relativeAntecedent(ctx, at);
  if (ok(antecedent)) return antecedent;
  const sentence = ctx.doc.tokens[at]?.sentence ?? 0;
  if (!objectForm) {
    const here = subjectOf(ctx, sentence, at, 0);
    if (ok(here)) return here;
    for (let k = 1; k <= SUBJECT_LOOKBACK && sentence - k >= 0; k++) {
      const previous = subjectOf(ctx, sentence - k, Infinity, 0);
      if (ok(previous)) return previous;
    }
  }
  const local = objectForm ? localSubject(ctx, at) : null;
  // "the president flies to Luanda …, where Sassou Nguesso will host him": another clause's subject receives the object
  if (local) {
    const main = subjectOf(ctx, sentence, at, 0);
    if (ok(main) && main !== local) return main;
  }
  const skip = local === null ? (objectForm ? subjectOf(ctx, sentence, at, 0) : undefined) : local;
  return nearestBefore(ctx, at, (id) => ok(id) && id !== skip);
}

/** Whether the pronoun `w` at `at` is an object ("him", "them", "her" not before a noun). */
function objectFormAt(ctx: EventContext, at: number, w: string): boolean {
  return w === 'him' || w === 'them' || (w === 'her' && ctx.pos[at] === 'PRON' && !isPossessive(ctx, at));
}

/** How far back from a pronoun the "who" of its relative clause may stand. */
const RELATIVE_REACH = 20;

/**
 * "… met X, who was in Istanbul at the end of his trip": a subject or possessive pronoun inside a
 * relative clause (no comma between "who" and it) stands for the person the clause is about.
 */
function relativeAntecedent(ctx: EventContext, at: number): string | undefined {
  const start = relativeClauseStart(ctx, at, Math.max(0, at - RELATIVE_REACH));
  return start < 0 ? undefined : whoAntecedent(ctx, start);
}

/** The sex a pronoun refers to. */
const PRONOUN_SEX: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
]);

/** "she received Boric" never stands for Gustavo Petro: a pronoun agrees with the sex a person's given name tells, when it tells one. */
function agrees(ctx: EventContext, id: string, sex: 'female' | 'male' | undefined): boolean {
  if (!sex) return true;
  const given = ctx.people.get(id)?.name.split(' ')[0] ?? '';
  const named = givenNameSex(given);
  return !named || named === sex;
}

/**
 * The subject of the verb an object pronoun follows, which is never what it stands for: the person
 * right before the verb ("where President Aliyev hosted him"), undefined when that subject is no
 * person ("a tour that will take him to …"), null when the pronoun follows no verb.
 */
function localSubject(ctx: EventContext, at: number): string | undefined | null {
  let j = at - 1;
  while (j >= at - 4 && ['VERB', 'AUX', 'ADV', 'PART'].includes(ctx.pos[j] ?? '')) j--;
  if (j === at - 1) return null;
  // "the US president had called him": a described subject is not who the pronoun stands for either
  if (!ctx.personAt[j] && DESCRIPTION_HEADS.has(ctx.folded[j] ?? '')) return describedAt(ctx, j);
  return ctx.personAt[j];
}

function isPossessive(ctx: EventContext, at: number): boolean {
  const next = ctx.pos[at + 1] ?? '';
  return next === 'NOUN' || next === 'ADJ' || next === 'PROPN' || next === 'NUM';
}

/** The person a description ending in the office word at `i` points to ("the Russian president"), with the country right before it. */
function describedAt(ctx: EventContext, i: number): string | undefined {
  return resolveDescription(ctx, ctx.facts.country[i - 1] ?? ctx.facts.country[i - 2], ctx.folded[i] ?? '', i);
}

/** The nearest person (named or described) before token `at`, within two sentences. */
function nearestBefore(ctx: EventContext, at: number, accept: (id: string) => boolean): string | undefined {
  const sentence = ctx.doc.tokens[at]?.sentence ?? 0;
  const floor = Math.max(ctx.doc.sentences[Math.max(0, sentence - 2)]?.firstToken ?? 0, at - 80);
  for (let i = at - 1; i >= floor; i--) {
    const id = ctx.personAt[i];
    if (id && accept(id)) return id;
    const w = ctx.folded[i] ?? '';
    if (DESCRIPTION_HEADS.has(w) && !ctx.personAt[i + 1]) {
      const described = describedAt(ctx, i);
      if (described && accept(described)) return described;
    }
  }
  return undefined;
}

/**
 * The person who is the subject of sentence `index` (its first person not after a preposition and
 * not the source of a quote), looking only before token `before`; a subject pronoun is followed to
 * what it stands for, at most three sentences deep.
 */
export function subjectOf(ctx: EventContext, index: number, before: number, depth: number): string | undefined {
  const s = ctx.doc.sentences[index];
  if (!s) return undefined;
  const end = Math.min(s.endToken, before, s.firstToken + 40);
  // "General X's role has drawn scrutiny. He returned …": the owner of a subject that is no person,
  // named first in the clause ("Hungary is …, but X's government said" is no such subject)
  let owner: string | undefined;
  const start = openingPhraseEnd(ctx, s.firstToken, s.endToken);
  for (let i = start; i < end; i++) {
    const w = ctx.folded[i] ?? '';
    const id = ctx.personAt[i];
    if (id && ctx.personStart[i]) {
      if (isPossessor(ctx, i) && opensClause(ctx, start, i)) owner ??= id;
      // "The encounter was one of many for Obama, who is making his first trip. He …": the subject of a relative clause
      if (followedByWho(ctx, i)) owner ??= id;
      if (isObject(ctx, i) || isSource(ctx, i) || isPossessor(ctx, i)) continue;
      // "Sugiono said the President will meet Biden": the reported clause's subject is who the text goes on about
      return reportedSubject(ctx, i, end, depth) ?? id;
    }
    if ((w === 'he' || w === 'she') && depth < 3) return i === s.firstToken || ctx.folded[i - 1] === ',' ? subjectOf(ctx, index - 1, Infinity, depth + 1) : undefined;
    if (w === 'the' && depth < 2) {
      const described = describedSubject(ctx, i, end, depth);
      if (described !== null) return described;
    }
    if (ctx.pos[i] === 'VERB' && !id) return owner;
  }
  return undefined;
}

/**
 * The subject of the clause a speaker at `i` reports ("X said [the President] will meet Y", "X told
 * reporters [Ruto] would travel"), when it is a person named or described and is followed by a
 * verb of the future; undefined otherwise.
 */
function reportedSubject(ctx: EventContext, i: number, end: number, depth: number): string | undefined {
  const id = ctx.personAt[i];
  let k = nameEnd(ctx, i);
  if (!REPORTING_VERBS.has(ctx.folded[k] ?? '')) return undefined;
  k++;
  if (AUDIENCE_NOUNS.has(ctx.folded[k] ?? '')) k++;
  if (ctx.folded[k] === 'that') k++;
  const named = ctx.personStart[k] ? ctx.personAt[k] : undefined;
  let after = k;
  while (named && ctx.personAt[after] === named) after++;
  const subject = named ?? (ctx.folded[k] === 'the' && depth < 2 ? describedSubject(ctx, k, end, depth) ?? undefined : undefined);
  if (!subject || subject === id) return undefined;
  if (!named) while (after < end && ctx.pos[after] !== 'AUX' && ctx.pos[after] !== 'VERB') after++;
  return FUTURE_AUXILIARIES.has(ctx.folded[after] ?? '') ? subject : undefined;
}

/** Auxiliaries of a reported plan ("will", "would", "is to", "is due to"). */
const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'is', 'was', "'ll", 'plans', 'intends']);

/**
 * "the Prime Minister will then leave …": a subject that describes someone by office stands for
 * the person the description points to (undefined when none); null when no such description
 * starts at `i`.
 */
function describedSubject(ctx: EventContext, i: number, end: number, depth: number): string | undefined | null {
  let j = i + 1;
  while (j < end && j < i + 4 && (ctx.folded[j] === 'prime' || TITLE_WORDS.get(ctx.folded[j] ?? '')?.kind === 'modifier')) j++;
  const w = ctx.folded[j] ?? '';
  const head = officeHead(w, ctx.folded[j - 1], ctx.folded[j + 1]);
  // ("the Secretary General met …": a two-word office)
  const last = head === 'secretary-general' && w === 'secretary' ? j + 1 : j;
  if (!DESCRIPTION_HEADS.has(w) || ctx.personAt[last + 1] || ctx.personStart[last + 1] || ctx.folded[last + 1] === 'of' || ctx.folded[last + 1] === "'s") return null;
  return resolveRole(ctx, head, i, depth);
}

/** Start of a sentence's main clause, after an opening phrase ("On Sunday,", "In Beijing,", "Meanwhile,"). */
function openingPhraseEnd(ctx: EventContext, first: number, end: number): number {
  const opener = ctx.pos[first] === 'ADP' || ctx.pos[first] === 'ADV' || ctx.pos[first] === 'SCONJ' || ctx.dateAt[first] !== undefined;
  if (!opener) return first;
  for (let i = first + 1; i < Math.min(end, first + 10); i++) {
    if (ctx.folded[i] === ',') return i + 1;
    // ("On Friday Merz is due in Brussels, where …": a verb before the comma, and the main clause has begun)
    if (ctx.pos[i] === 'VERB' || ctx.pos[i] === 'AUX') return first;
  }
  return first;
}

/** Whether only the words of a noun phrase (a title, a country, an article) stand between the clause's start and token `i` ("Zimbabwean army chief General X's role"). */
function opensClause(ctx: EventContext, start: number, i: number): boolean {
  for (let k = start; k < i; k++) if (!['DET', 'ADJ', 'NOUN', 'PROPN'].includes(ctx.pos[k] ?? '') && !ctx.facts.country[k] && !ctx.personAt[k]) return false;
  return true;
}

/** Whether the person whose name starts at `i` is followed by ", who" (the subject of a relative clause). */
function followedByWho(ctx: EventContext, i: number): boolean {
  const k = nameEnd(ctx, i);
  return ctx.folded[k] === ',' && ctx.folded[k + 1] === 'who';
}

/** One past the last token of the name that starts at `i`. */
function nameEnd(ctx: EventContext, i: number): number {
  let k = i;
  while (ctx.personAt[k] === ctx.personAt[i]) k++;
  return k;
}

/** "Sharif's adviser Aziz": the owner is not the subject. */
function isPossessor(ctx: EventContext, i: number): boolean {
  return ctx.folded[nameEnd(ctx, i)] === "'s";
}

/** A person right after a preposition is an object ("with Putin"), not a subject. */
function isObject(ctx: EventContext, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (TITLE_WORDS.has((ctx.folded[j] ?? '').replace(/\.$/, '')) || ctx.facts.country[j] || ctx.folded[j] === "'s")) j--;
  return ctx.pos[j] === 'ADP' && ctx.folded[j] !== 'of';
}

/**
 * "Pompeo made an unannounced stop in Kabul, where he met Ghani": a subject pronoun right after
 * "where"/"when" stands for the subject of the clause that place or time belongs to, the nearest
 * person before it in its sentence whose verb follows the name.
 */
function subjectBeforeWhere(ctx: EventContext, at: number): string | undefined {
  const w = ctx.folded[at] ?? '';
  if ((w !== 'he' && w !== 'she') || !['where', 'when'].includes(ctx.folded[at - 1] ?? '') || ctx.folded[at - 2] !== ',') return undefined;
  const s = ctx.doc.sentences[ctx.doc.tokens[at]?.sentence ?? 0];
  for (let i = at - 3; i >= (s?.firstToken ?? 0); i--) {
    const id = ctx.personAt[i];
    if (id && ctx.personStart[i] && verbAfterName(ctx, i)) return id;
  }
  return undefined;
}

/** Whether the name at `i` is followed by a verb in the past ("Pompeo made", "Ruto had met"). */
function verbAfterName(ctx: EventContext, i: number): boolean {
  const k = nameEnd(ctx, i);
  const w = ctx.folded[k] ?? '';
  return (ctx.pos[k] === 'VERB' || ctx.pos[k] === 'AUX') && w !== ctx.lemmas[k] && !/ing$/.test(w);
}

/**
 * "…, Peskov said", "said Peskov": the source of a report added to a clause. A speaker who opens a
 * sentence ("Albanese said he would …") is its subject all the same.
 */
function isSource(ctx: EventContext, i: number): boolean {
  const k = nameEnd(ctx, i);
  const id = ctx.personAt[i];
  const attributed = SPEECH_VERBS.has(ctx.folded[k] ?? '') && [',', '"', '”', "'"].includes(ctx.folded[i - 1] ?? '');
  return attributed || SPEECH_VERBS.has(ctx.folded[i - 1] ?? '') || SPOKESPEOPLE.test(ctx.people.get(id ?? '')?.role ?? '');
}

/**
 * "After her call on Monday, Meloni said…": a pronoun in a sentence's opening phrase points
 * forward to the subject named right after the comma.
 */
function subjectAfterOpeningPhrase(ctx: EventContext, at: number): string | undefined {
  const s = ctx.doc.sentences[ctx.doc.tokens[at]?.sentence ?? 0];
  if (!s || at - s.firstToken > 15) return undefined;
  // only an opening phrase ("After his call, …", "During her visit, …") looks forward
  if (ctx.pos[s.firstToken] !== 'ADP' && ctx.pos[s.firstToken] !== 'SCONJ') return undefined;
  for (let i = s.firstToken; i < Math.min(s.endToken, s.firstToken + 20); i++) {
    if (ctx.folded[i] !== ',') continue;
    if (i < at) return undefined;
    for (let j = i + 1; j < Math.min(s.endToken, i + 5); j++) {
      const id = ctx.personAt[j];
      if (id) return id;
      if (!TITLE_WORDS.has((ctx.folded[j] ?? '').replace(/\.$/, '')) && !ctx.facts.country[j] && ctx.folded[j] !== "'s") return undefined;
    }
    return undefined;
  }
  return undefined;
}
