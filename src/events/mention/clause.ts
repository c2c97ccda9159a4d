import type { EventContext } from '../context.js';
import { REPORTING_VERBS } from '../../lexicon/speech.js';
import { TITLE_WORDS } from '../../entities/people/titles.js';

/** Words that end the stretch of a clause after a trigger ("… , who", "… ; ", "…, said"). */
const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([
  ';', ':', '--', '—', '–', '"', '“', '”', 'that', 'who', 'which', 'when', 'where', 'while', 'since', 'because', 'but',
  'although', 'though', 'whereas', 'announced', 'amid', 'if', 'unless', 'whether', 'until',
  ...[...REPORTING_VERBS].filter((w) => w !== 'say' && w !== 'tell' && w !== 'add'),
]);

/** Words that close a subordinate clause right before a trigger ("after meeting in Osaka"): it keeps its own status. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'while', 'since']);

/** Start of the clause a trigger stands in: after the last "said that", ";", dash or similar before it. */
export function clauseStartBefore(ctx: EventContext, first: number, floor: number): number {
  for (let i = first - 1; i >= floor; i--) {
    const w = ctx.folded[i] ?? '';
    if (w === 'that' || w === ';' || w === '--' || w === '—' || w === '–' || (REPORTING_VERBS.has(w) && w !== 'according' && w !== 'add' && w !== 'added')) return i + 1;
    if (SUBORDINATORS.has(w) && i === first - 1) return i + 1;
  }
  return floor;
}

/**
 * Start of the subordinate clause in the past a trigger stands in ("had been agreed by A and B
 * [when they met in Bali]"), or `floor`: its status is its own, whatever cue stands before the
 * conjunction. Its date and place may still come from before ("spent Wednesday in Ottawa, where
 * he held talks").
 */
export function pastSubordinateStart(ctx: EventContext, first: number, floor: number): number {
  const verb = verbOfTrigger(ctx, first);
  for (let i = verb - 1; i >= Math.max(floor, verb - 13); i--) {
    if (TIME_SUBORDINATORS.has(ctx.folded[i] ?? '') && !afterDate(ctx, i) && subjectOfPastTrigger(ctx, i + 1, verb)) return i + 1;
  }
  return floor;
}

/** The verb of a trigger: itself, or the light verb a noun trigger follows ("held telephone calls", "had a brief conversation"). */
function verbOfTrigger(ctx: EventContext, first: number): number {
  if (ctx.pos[first] === 'VERB') return first;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    if (ctx.pos[k] === 'VERB') return k;
    if (!['DET', 'ADJ', 'NUM', 'NOUN'].includes(ctx.pos[k] ?? '')) break;
  }
  return first;
}

/** Conjunctions that open a clause of time or place with a subject of its own ("when they met", "where he held talks"). */
const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'while', 'since', 'as', 'where', 'once']);

/** "in November 2017, when Xi travelled to Hanoi": a conjunction right after a date opens a clause about that time. */
function afterDate(ctx: EventContext, conjunction: number): boolean {
  const before = ctx.folded[conjunction - 1] === ',' ? conjunction - 2 : conjunction - 1;
  return ctx.dateAt[before] !== undefined;
}

/** A word of a subject: a name, a pronoun, a title or demonym of a name ("Kenyan President William Ruto"), or a group ("the two leaders", "the Emir of Kuwait"). */
function subjectWord(ctx: EventContext, k: number): boolean {
  const w = ctx.folded[k] ?? '';
  return !!ctx.personAt[k] || ctx.pos[k] === 'PRON' || SUBJECT_WORDS.has(w) || TITLE_WORDS.has(w) || !!ctx.facts.country[k] || w === 'of' || w === "'s";
}

/** Words of a short subject besides pronouns and names ("the two leaders", "both men"). */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['the', 'two', 'both', 'leaders', 'men', 'sides', 'ministers', 'presidents', 'and']);

/**
 * "The deal had been agreed by A and B when they met in Bali": the words from `from` to the
 * trigger are a short subject (pronoun, names, "the two leaders") and the trigger, or the light
 * verb it opens ("when they held talks"), is a verb in the past, so the clause has a tense of its
 * own that no cue before the conjunction governs.
 */
function subjectOfPastTrigger(ctx: EventContext, from: number, first: number): boolean {
  if (first - from < 1 || first - from > 12) return false;
  for (let k = from; k < first; k++) if (!subjectWord(ctx, k)) return false;
  const verb = ctx.folded[first] ?? '';
  return ctx.pos[first] === 'VERB' && verb !== ctx.lemmas[first] && !/(?:s|ing)$/.test(verb);
}

/**
 * The relative clause between commas a trigger stands in ("X, who last visited China in 1993,
 * will …"): from after "who"/"which" to the comma that closes it, or undefined outside one.
 */
export function relativeClauseAround(ctx: EventContext, first: number, floor: number, limit: number): { start: number; end: number } | undefined {
  const start = relativeClauseStart(ctx, first, floor);
  if (start < 0) return undefined;
  // (", who flew to Nairobi in March, when he met X": a clause of time inside it goes on)
  for (let i = first; i < limit; i++) if (ctx.folded[i] === ',' && !TIME_SUBORDINATORS.has(ctx.folded[i + 1] ?? '')) return { start, end: i };
  return undefined;
}

/**
 * Where the relative clause opened by ", who" or ", which" that token `first` stands in starts
 * (right after the pronoun), looking back no further than `floor`; -1 outside one.
 */
export function relativeClauseStart(ctx: EventContext, first: number, floor: number): number {
  for (let i = first - 1; i >= floor; i--) {
    const w = ctx.folded[i] ?? '';
    // (the full stop of "U.S." ends no clause)
    if (w === ',' || w === ';' || (w === '.' && !/\./.test(ctx.folded[i - 1] ?? ''))) return -1;
    if ((w === 'who' || w === 'which') && ctx.folded[i - 1] === ',') return i + 1;
  }
  return -1;
}

/** The person a ", who" clause starting at token `start` is about: the one named right before its comma. */
export function whoAntecedent(ctx: EventContext, start: number): string | undefined {
  return ctx.folded[start - 1] === 'who' ? ctx.personAt[start - 3] : undefined;
}

/** End of a trigger's clause: the first "since", "when", "who", dash, "and will" or similar after it. */
export function clauseEndAfter(ctx: EventContext, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    // a word or two in quotes ("is \u201cpossible\u201d") stays in the clause
    const quoted = scareQuoteEnd(ctx, i);
    if (quoted > i) {
      i = quoted;
      continue;
    }
    if (CLAUSE_BOUNDARIES.has(ctx.folded[i] ?? '')) return i;
    // "… in Kuwait and will end it in Oman": a coordinated verb group starts a clause of its own
    if ((ctx.folded[i] === 'and' || ctx.folded[i] === 'but') && ctx.pos[i + 1] === 'AUX') return i;
  }
  return limit;
}

/** Quote marks, opening or closing. */
const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’']);

/** The index of the mark closing a quote of at most four words opened at `i` ("is \u201cpossible\u201d"), or -1. */
function scareQuoteEnd(ctx: EventContext, i: number): number {
  if (!QUOTES.has(ctx.folded[i] ?? '')) return -1;
  for (let k = i + 2; k <= i + 5; k++) if (QUOTES.has(ctx.folded[k] ?? '')) return k;
  return -1;
}
