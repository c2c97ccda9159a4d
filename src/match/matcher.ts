import type { Capture, Match, MatchDoc, UnitResult } from './types.js';
import type { CompiledPattern, Step } from './compile.js';

/** A stretch of tokens given to an anchored pattern as its `<name>`. */
export interface AnchorSpan {
  start: number;
  end: number;
}

/** Bounds of one matching call. */
export interface MatchBounds {
  /** Tokens at or after this index are never read (the end of the sentence, say). */
  limit: number;
  /** Tokens before this index are never read (the start of the sentence). */
  floor?: number;
  /** At most this many tokens before the anchor are read (default 40). */
  maxLeft?: number;
  /** Which match to prefer when several start at different places before the anchor: the one that reads the most (default) or the least. */
  prefer?: 'longest' | 'shortest';
}

/**
 * Matches compiled patterns over one document. Unit results are cached by position and limit, so
 * the same constituent ("PARTY at token 12") is read once however many patterns ask for it.
 */
export class Matcher<D extends MatchDoc = MatchDoc> {
  /** Unit reads by unit name, then limit, then position (`undefined`: not read yet). */
  private readonly cache = new Map<string, Map<number, Array<UnitResult | null | undefined>>>();

  constructor(readonly doc: D) {}

  /** The first match of `pattern` that starts exactly at token `i`, or null. */
  at(pattern: CompiledPattern<D>, i: number, bounds: MatchBounds, anchors: Readonly<Record<string, AnchorSpan>> = {}, failures?: Failures): Match | null {
    const run = new Run<D>(this, bounds.limit, anchors, pattern.steps, failures ?? this.failures.open(pattern.steps.length, i, bounds.limit));
    return run.from(i);
  }

  /** The failure memo shared by every attempt of one call (reused buffers, told apart by generation). */
  private readonly failures = new Failures();

  /**
   * The match of an anchored pattern whose anchor `<name>` is exactly `anchor`: the one that starts
   * furthest before the anchor (so that "A and B met" reads both), or with `prefer: 'shortest'` the
   * one that starts nearest to it; null when none.
   */
  around(pattern: CompiledPattern<D>, anchor: AnchorSpan, bounds: MatchBounds, name = 'T'): Match | null {
    const anchors = { [name]: anchor };
    const floor = Math.max(bounds.floor ?? 0, anchor.start - (bounds.maxLeft ?? 40));
    if (!this.hasRequired(pattern, anchor, floor, bounds.limit)) return null;
    if (pattern.startsAtAnchor) return this.at(pattern, anchor.start, bounds, anchors);
    if (pattern.afterAnchor && !this.readsAfter(pattern.afterAnchor, anchor, bounds.limit, anchors)) return null;
    const longest = (bounds.prefer ?? 'longest') === 'longest';
    // every attempt continues the same way from each step and position: what failed once fails again
    const failures = this.failures.open(pattern.steps.length, floor, bounds.limit);
    const run = new Run<D>(this, bounds.limit, anchors, pattern.steps, failures);
    for (let k = 0; k <= anchor.start - floor; k++) {
      const s = longest ? floor + k : anchor.start - k;
      if (!this.canStart(pattern, s, bounds.limit)) continue;
      const m = run.from(s);
      if (m) return m;
    }
    return null;
  }

  /** Whether the steps after the anchor match from its end: else no start before it can succeed. */
  private readsAfter(steps: Step<D>[], anchor: AnchorSpan, limit: number, anchors: Readonly<Record<string, AnchorSpan>>): boolean {
    return new Run<D>(this, limit, anchors, steps, this.failures.open(steps.length, anchor.end, limit)).from(anchor.end) !== null;
  }

  /** Whether each required token test of the pattern passes somewhere on its side of the anchor. */
  private hasRequired(pattern: CompiledPattern<D>, anchor: AnchorSpan, floor: number, limit: number): boolean {
    for (const step of pattern.required.left) {
      let found = false;
      for (let i = anchor.start - 1; i >= floor && !found; i--) found = step.test(this.doc, i);
      if (!found) return false;
    }
    for (const step of pattern.required.right) {
      let found = false;
      for (let i = anchor.end; i < limit && !found; i++) found = step.test(this.doc, i);
      if (!found) return false;
    }
    return true;
  }

  /** A quick test of the first element (a unit's cached read, a token test) before a full attempt. */
  private canStart(pattern: CompiledPattern<D>, i: number, limit: number): boolean {
    const first = pattern.steps[0];
    if (first?.t === 'capture' && first.body.length === 1 && first.body[0]?.t === 'unit') return this.unit(first.body[0], i, limit) !== null;
    if (first?.t === 'unit') return this.unit(first, i, limit) !== null;
    if (first?.t === 'token') return i < limit && first.test(this.doc, i);
    return true;
  }

  /** Every match of `pattern` from `from` to `to`, left to right, not overlapping. */
  all(pattern: CompiledPattern<D>, from: number, to: number): Match[] {
    const out: Match[] = [];
    let i = from;
    while (i < to) {
      const m = this.at(pattern, i, { limit: to });
      if (m && m.end > i) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** What unit `name` reads at `i` with this limit, read once and cached. */
  unit(step: Extract<Step<D>, { t: 'unit' }>, i: number, limit: number): UnitResult | null {
    let byLimit = this.cache.get(step.name);
    if (!byLimit) {
      byLimit = new Map();
      this.cache.set(step.name, byLimit);
    }
    let byPosition = byLimit.get(limit);
    if (!byPosition) {
      byPosition = [];
      byLimit.set(limit, byPosition);
    }
    const cached = byPosition[i];
    if (cached !== undefined) return cached;
    const result = i < limit ? step.read(this.doc, i, limit) : null;
    byPosition[i] = result;
    return result;
  }
}

/**
 * States of a pattern's top-level steps known to fail: (step, position) and, for a repetition at
 * the top level, (step, count, position). A top-level step always continues with the same rest of
 * the pattern, so a state that failed once fails every time; this keeps backtracking polynomial.
 */
class Failures {
  private steps = new Int32Array(1024);
  private repeats = new Int32Array(4096);
  private generation = 0;
  private base = 0;
  private width = 0;
  private length = 0;

  /** Starts a new memo for a pattern of `length` top-level steps over positions `base`..`limit`. */
  open(length: number, base: number, limit: number): this {
    this.generation++;
    this.base = base;
    this.width = Math.max(1, limit - base + 2);
    this.length = length + 1;
    const need = this.length * this.width;
    if (this.steps.length < need) this.steps = new Int32Array(need * 2);
    if (this.repeats.length < need * REPEAT_COUNTS) this.repeats = new Int32Array(need * REPEAT_COUNTS * 2);
    return this;
  }

  private key(k: number, i: number): number {
    const at = i - this.base;
    return at < 0 || at >= this.width ? -1 : k * this.width + at;
  }

  failed(k: number, i: number): boolean {
    const key = this.key(k, i);
    return key >= 0 && this.steps[key] === this.generation;
  }

  fail(k: number, i: number): void {
    const key = this.key(k, i);
    if (key >= 0) this.steps[key] = this.generation;
  }

  repeatFailed(k: number, count: number, i: number): boolean {
    const key = this.key(k, i);
    return key >= 0 && count < REPEAT_COUNTS && this.repeats[count * this.length * this.width + key] === this.generation;
  }

  repeatFail(k: number, count: number, i: number): void {
    const key = this.key(k, i);
    if (key >= 0 && count < REPEAT_COUNTS) this.repeats[count * this.length * this.width + key] = this.generation;
  }
}

/** Repetition counts remembered per top-level repetition (more are tried without memo). */
const REPEAT_COUNTS = 12;

/** One matching attempt: backtracking over the steps, captures set and undone as it goes. */
class Run<D extends MatchDoc> {
  /** Captures made so far on the current path, latest last (a name captured again is shadowed). */
  private readonly captures: Array<[string, Capture]> = [];
  private lastValue: unknown;
  private end = -1;

  constructor(
    private readonly matcher: Matcher<D>,
    private readonly limit: number,
    private readonly anchors: Readonly<Record<string, AnchorSpan>>,
    private readonly top: Step<D>[],
    private readonly failures: Failures,
  ) {}

  /** The match starting at `i`, or null; a run may be asked again from another start. */
  from(i: number): Match | null {
    this.captures.length = 0;
    this.lastValue = undefined;
    const ok = this.seq(this.top, 0, i, this.finish);
    return ok ? { start: i, end: this.end, captures: Object.fromEntries(this.captures) } : null;
  }

  private readonly finish = (p: number): boolean => {
    this.end = p;
    return true;
  };

  private seq(steps: Step<D>[], k: number, i: number, next: (i: number) => boolean): boolean {
    if (steps !== this.top) return this.step(steps, k, i, next);
    if (this.failures.failed(k, i)) return false;
    const ok = this.step(steps, k, i, next);
    if (!ok) this.failures.fail(k, i);
    return ok;
  }

  private step(steps: Step<D>[], k: number, i: number, next: (i: number) => boolean): boolean {
    if (k === steps.length) return next(i);
    const step = steps[k] as Step<D>;
    const rest = (p: number): boolean => this.seq(steps, k + 1, p, next);
    switch (step.t) {
      case 'token':
        return i < this.limit && step.test(this.matcher.doc, i) && rest(i + 1);
      case 'span':
        return this.span(step.type, i, rest);
      case 'unit': {
        const r = this.matcher.unit(step, i, this.limit);
        if (!r) return false;
        this.lastValue = r.value;
        return rest(r.end);
      }
      case 'anchor': {
        const a = this.anchors[step.name];
        if (!a || a.start !== i) return false;
        return this.capture(step.name, i, a.end, undefined, rest);
      }
      case 'alt':
        return step.alternatives.some((alt) => this.seq(alt, 0, i, rest));
      case 'capture':
        this.lastValue = undefined;
        return this.seq(step.body, 0, i, (p) => this.capture(step.name, i, p, this.lastValue, rest));
      case 'repeat':
        return this.repeat(step, 0, i, rest, steps === this.top ? k + 1 : 0);
    }
  }

  private span(type: string, i: number, rest: (p: number) => boolean): boolean {
    const doc = this.matcher.doc;
    if (i >= this.limit || !doc.spanStart(type, i)) return false;
    const end = doc.spanEnd(type, i);
    return end <= this.limit && rest(end);
  }

  private capture(name: string, start: number, end: number, value: unknown, rest: (p: number) => boolean): boolean {
    this.captures.push([name, value === undefined ? { start, end } : { start, end, value }]);
    if (rest(end)) return true;
    this.captures.pop();
    return false;
  }

  /** A repeated single token: count the run once, then try the rest after it, longest first (greedy). */
  private repeatToken(token: Extract<Step<D>, { t: 'token' }>, min: number, max: number, i: number, rest: (p: number) => boolean): boolean {
    const doc = this.matcher.doc;
    let n = 0;
    while (n < max && i + n < this.limit && token.test(doc, i + n)) n++;
    for (let c = n; c >= min; c--) if (rest(i + c)) return true;
    return false;
  }

  /**
   * Greedy: as many repetitions as fit, then fewer; an empty repetition ends the loop. `topAt` is
   * the top-level index of the repetition plus one (0 inside a nested element): only a top-level
   * repetition's failures are remembered.
   */
  private repeat(step: Extract<Step<D>, { t: 'repeat' }>, count: number, i: number, rest: (p: number) => boolean, topAt: number): boolean {
    if (step.body.t === 'token') return this.repeatToken(step.body, step.min, step.max, i, rest);
    if (topAt && this.failures.repeatFailed(topAt, count, i)) return false;
    const ok = (count < step.max && this.seq(step.bodySteps, 0, i, (p) => p > i && this.repeat(step, count + 1, p, rest, topAt))) || (count >= step.min && rest(i));
    if (!ok && topAt) this.failures.repeatFail(topAt, count, i);
    return ok;
  }
}
