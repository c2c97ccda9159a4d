import type { MatchDoc, MatchLexicon, PatternNode, Unit } from './types.js';
import { parsePattern } from './parse.js';
import { PatternSyntaxError } from './errors.js';
import { firstTokens, type FirstTokens } from './first.js';

/** A compiled element: token tests are closures, larger elements keep their structure. */
export type Step<D extends MatchDoc = MatchDoc> =
  | { t: 'token'; test: (doc: MatchDoc, i: number) => boolean; negated?: boolean }
  | { t: 'span'; type: string }
  | { t: 'unit'; name: string; read: Unit<unknown, D> }
  | { t: 'anchor'; name: string }
  | { t: 'alt'; alternatives: Step<D>[][] }
  | { t: 'capture'; name: string; body: Step<D>[] }
  | { t: 'repeat'; body: Step<D>; bodySteps: Step<D>[]; min: number; max: number };

/** A pattern ready to match. */
export interface CompiledPattern<D extends MatchDoc = MatchDoc> {
  /** The notation it was compiled from. */
  source: string;
  /** Its steps, in order. */
  steps: Step<D>[];
  /** Whether it names an anchor (`<T>`): then it is matched around a given stretch. */
  anchored: boolean;
  /** Whether the anchor is its first element (nothing to read before the anchor). */
  startsAtAnchor: boolean;
  /** The words and lemmas a match must start with (for indexing), or null when it may start with any token. */
  first: FirstTokens | null;
  /**
   * Token tests every match must pass somewhere before (`left`) or after (`right`) its anchor: the
   * anchored pattern's required single-token elements, checked in a window before a full attempt.
   */
  required: { left: Array<Extract<Step<D>, { t: 'token' }>>; right: Array<Extract<Step<D>, { t: 'token' }>> };
  /**
   * The top-level steps after a top-level anchor, or null when the anchor is nested or last: every
   * match reads them from the anchor's end, so they are tried there before any start is sought.
   */
  afterAnchor: Step<D>[] | null;
}

/** Compiles a pattern against a lexicon of word sets, units and macros; throws {@link PatternSyntaxError} on a bad pattern. */
export function compilePattern<D extends MatchDoc = MatchDoc>(source: string, lexicon: MatchLexicon<D>): CompiledPattern<D> {
  const nodes = parsePattern(source, lexicon.macros);
  const steps = nodes.map((n) => compileNode(n, lexicon, source));
  const first = nodes[0];
  return {
    source,
    steps,
    anchored: hasAnchor(nodes),
    startsAtAnchor: first?.kind === 'anchor' || (first?.kind === 'capture' && first.body[0]?.kind === 'anchor'),
    first: firstTokens(nodes, lexicon.sets),
    required: requiredTokens(steps),
    afterAnchor: stepsAfterAnchor(steps),
  };
}

/** The top-level token tests of an anchored pattern that are not optional, split at its anchor. */
function requiredTokens<D extends MatchDoc>(steps: Step<D>[]): CompiledPattern<D>['required'] {
  const out: CompiledPattern<D>['required'] = { left: [], right: [] };
  let side: 'left' | 'right' = 'left';
  for (const step of steps) {
    const inner = step.t === 'capture' && step.body.length === 1 ? step.body[0] : step;
    if (inner?.t === 'anchor') side = 'right';
    else if (inner?.t === 'token' && !inner.negated) out[side].push(inner);
    else if (inner?.t === 'alt' && inner.alternatives.every((a) => a[0]?.t === 'token' && !a[0].negated)) {
      // "(with | to)", "(@light | {sit} down for)": the first token of one of the alternatives must be there
      const tests = inner.alternatives.map((a) => (a[0] as Extract<Step<D>, { t: 'token' }>).test);
      out[side].push({ t: 'token', test: (doc, i) => tests.some((t) => t(doc, i)) });
    }
  }
  return out;
}

function stepsAfterAnchor<D extends MatchDoc>(steps: Step<D>[]): Step<D>[] | null {
  const k = steps.findIndex((step) => step.t === 'anchor' || (step.t === 'capture' && step.body.length === 1 && step.body[0]?.t === 'anchor'));
  return k >= 0 && k < steps.length - 1 ? steps.slice(k + 1) : null;
}

function hasAnchor(nodes: readonly PatternNode[]): boolean {
  return nodes.some((n) => {
    if (n.kind === 'anchor') return true;
    if (n.kind === 'capture') return hasAnchor(n.body);
    if (n.kind === 'group') return n.alternatives.some(hasAnchor);
    if (n.kind === 'repeat') return hasAnchor([n.body]);
    return false;
  });
}

function compileNode<D extends MatchDoc>(node: PatternNode, lexicon: MatchLexicon<D>, source: string): Step<D> {
  switch (node.kind) {
    case 'word': {
      const words = new Set(node.words);
      return token(node.negated, (doc, i) => words.has(doc.words[i] ?? ''));
    }
    case 'lemma': {
      const lemmas = new Set(node.lemmas);
      return token(node.negated, (doc, i) => lemmas.has(doc.lemmas[i] ?? ''));
    }
    case 'pos': {
      const tags = new Set(node.tags);
      return token(node.negated, (doc, i) => tags.has(doc.pos[i] ?? ''));
    }
    case 'set': {
      const set = lexicon.sets[node.name];
      if (!set) throw new PatternSyntaxError(source, `unknown word set @${node.name}`);
      return token(node.negated, (doc, i) => set.has(doc.words[i] ?? '') || set.has(doc.lemmas[i] ?? '') || set.has(lastPart(doc.words[i] ?? '')));
    }
    case 'any':
      return { t: 'token', test: () => true };
    case 'span':
      return node.negated ? token(true, (doc, i) => doc.inSpan(node.type, i)) : { t: 'span', type: node.type };
    case 'unit': {
      const read = lexicon.units[node.name];
      if (!read) throw new PatternSyntaxError(source, `unknown unit ${node.name}`);
      return { t: 'unit', name: node.name, read };
    }
    case 'anchor':
      return { t: 'anchor', name: node.name };
    case 'group': {
      if (!node.negated) return alternation(node.alternatives.map((a) => a.map((n) => compileNode(n, lexicon, source))));
      const tests = node.alternatives.map((a) => tokenTest(a[0] as PatternNode, lexicon, source));
      return token(true, (doc, i) => tests.some((test) => test(doc, i)));
    }
    case 'capture':
      return { t: 'capture', name: node.name, body: node.body.map((n) => compileNode(n, lexicon, source)) };
    case 'repeat': {
      const body = compileNode(node.body, lexicon, source);
      return { t: 'repeat', body, bodySteps: [body], min: node.min, max: node.max };
    }
  }
}

/**
 * A group of alternatives. The alternatives that are one plain token test each ("AUX | PART | not")
 * become one test, tried where the first of them stood: each reads exactly one token, so the
 * matches found are the same, with fewer steps to try.
 */
function alternation<D extends MatchDoc>(alternatives: Step<D>[][]): Step<D> {
  const single = (a: Step<D>[]): boolean => a.length === 1 && a[0]?.t === 'token' && !a[0].negated;
  const tokens = alternatives.filter(single).map((a) => (a[0] as Extract<Step<D>, { t: 'token' }>).test);
  if (tokens.length < 2) return { t: 'alt', alternatives };
  const merged: Step<D> = { t: 'token', test: (doc, i) => tokens.some((test) => test(doc, i)) };
  const out: Step<D>[][] = [];
  for (const a of alternatives) {
    if (!single(a)) out.push(a);
    else if (!out.some((x) => x[0] === merged)) out.push([merged]);
  }
  return out.length === 1 ? merged : { t: 'alt', alternatives: out };
}

/** The test of a single-token element (a word, lemma, tag, word set or span type), for a negated group. */
function tokenTest<D extends MatchDoc>(node: PatternNode, lexicon: MatchLexicon<D>, source: string): (doc: MatchDoc, i: number) => boolean {
  if (node.kind === 'span') return (doc, i) => doc.inSpan(node.type, i);
  const step = compileNode(node, lexicon, source);
  if (step.t !== 'token') throw new PatternSyntaxError(source, 'a negated group holds single words, lemmas, tags, word sets or span types');
  return step.test;
}

/** The last part of a hyphenated word ("8,849-metre" → "metre"), or "" for a plain word. */
function lastPart(word: string): string {
  const cut = word.lastIndexOf('-');
  return cut > 0 ? word.slice(cut + 1) : '';
}

function token<D extends MatchDoc>(negated: boolean | undefined, test: (doc: MatchDoc, i: number) => boolean): Step<D> {
  return negated ? { t: 'token', test: (doc, i) => i < doc.length && !test(doc, i), negated: true } : { t: 'token', test };
}
