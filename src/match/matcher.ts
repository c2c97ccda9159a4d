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
  private readonly cache = new Map<string, Map<number, UnitResult | null>>();

  constructor(readonly doc: D) {}

  /** The first match of `pattern` that starts exactly at token `i`, or null. */
  at(pattern: CompiledPattern<D>, i: number, bounds: MatchBounds, anchors: Readonly<Record<string, AnchorSpan>> = {}): Match | null {
    const run = new Run<D>(this, bounds.limit, anchors);
    return run.from(pattern.steps, i);
  }

  /**
   * The match of an anchored pattern whose anchor `<name>` is exactly `anchor`: the one that starts
   * furthest before the anchor (so that "A and B met" reads both), or with `prefer: 'shortest'` the
   * one that starts nearest to it; null when none.
   */
  around(pattern: CompiledPattern<D>, anchor: AnchorSpan, bounds: MatchBounds, name = 'T'): Match | null {
    const anchors = { [name]: anchor };
    if (pattern.startsAtAnchor) return this.at(pattern, anchor.start, bounds, anchors);
    const floor = Math.max(bounds.floor ?? 0, anchor.start - (bounds.maxLeft ?? 40));
    const longest = (bounds.prefer ?? 'longest') === 'longest';
    for (let k = 0; k <= anchor.start - floor; k++) {
      const m = this.at(pattern, longest ? floor + k : anchor.start - k, bounds, anchors);
      if (m) return m;
    }
    return null;
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
    let byPosition = this.cache.get(step.name);
    if (!byPosition) {
      byPosition = new Map();
      this.cache.set(step.name, byPosition);
    }
    const key = i * 4194304 + limit;
    if (byPosition.has(key)) return byPosition.get(key) ?? null;
    const result = i < limit ? step.read(this.doc, i, limit) : null;
    byPosition.set(key, result);
    return result;
  }
}

/** One matching attempt: backtracking over the steps, captures set and undone as it goes. */
class Run<D extends MatchDoc> {
  private readonly captures: Record<string, Capture> = {};
  private lastValue: unknown;

  constructor(
    private readonly matcher: Matcher<D>,
    private readonly limit: number,
    private readonly anchors: Readonly<Record<string, AnchorSpan>>,
  ) {}

  from(steps: Step<D>[], i: number): Match | null {
    let end = -1;
    const ok = this.seq(steps, 0, i, (p) => ((end = p), true));
    return ok ? { start: i, end, captures: { ...this.captures } } : null;
  }

  private seq(steps: Step<D>[], k: number, i: number, next: (i: number) => boolean): boolean {
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
        return this.repeat(step, 0, i, rest);
    }
  }

  private span(type: string, i: number, rest: (p: number) => boolean): boolean {
    const doc = this.matcher.doc;
    if (i >= this.limit || !doc.spanStart(type, i)) return false;
    const end = doc.spanEnd(type, i);
    return end <= this.limit && rest(end);
  }

  private capture(name: string, start: number, end: number, value: unknown, rest: (p: number) => boolean): boolean {
    const saved = this.captures[name];
    this.captures[name] = value === undefined ? { start, end } : { start, end, value };
    if (rest(end)) return true;
    if (saved) this.captures[name] = saved;
    else delete this.captures[name];
    return false;
  }

  /** Greedy: as many repetitions as fit, then fewer; an empty repetition ends the loop. */
  private repeat(step: Extract<Step<D>, { t: 'repeat' }>, count: number, i: number, rest: (p: number) => boolean): boolean {
    if (count < step.max && this.seq([step.body], 0, i, (p) => p > i && this.repeat(step, count + 1, p, rest))) return true;
    return count >= step.min && rest(i);
  }
}
