import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.js';
import { DECLINE_EXAMPLES, FRAMES, STOP_RULES, TRIGGER_RULES, type RuleExample } from '../../src/events/rules/index.js';
import { parseExpected, sameEvent } from '../helpers/expected-events.js';
import { testRows } from '../helpers/table-rows.js';
import { FRAME_EXAMPLES } from './examples/frame-examples.js';
import { TRIGGER_EXAMPLES } from './examples/trigger-examples.js';
import type { TableExample } from './examples/types.js';

const DEFAULT_PUBLISHED = '2024-06-14';

/** What the extractor gets wrong on an example, in words; empty when it reads it as a reader does (type, parties, status). */
function differences(example: RuleExample): string[] {
  const found = extract(example.text, { publishedAt: example.published ?? DEFAULT_PUBLISHED }).events;
  const used = new Set<number>();
  const problems: string[] = [];
  for (const want of example.events.map(parseExpected)) {
    const k = found.findIndex((e, i) => !used.has(i) && sameEvent(e, want));
    if (k < 0) {
      problems.push(`misses ${want.type} ${want.parties.join(' + ')}`);
      continue;
    }
    used.add(k);
    if (found[k]?.status !== want.status) problems.push(`reads ${want.type} ${want.parties.join(' + ')} as ${found[k]?.status}`);
  }
  found.forEach((e, i) => {
    if (!used.has(i)) problems.push(`adds ${e.type} ${e.participants.map((p) => p.name ?? p.country).join(' + ')}`);
  });
  return problems;
}

function check(example: RuleExample): void {
  expect(differences(example), example.text).toEqual([]);
}

describe('examples of the trigger table', () => {
  for (const rule of TRIGGER_RULES) {
    describe(rule.id, () => {
      it.each(rule.examples.map((e) => [e.text, e] as const))('%s', (_text, e) => check(e));
      for (const sense of rule.notWhen ?? []) {
        it.each(sense.examples.map((e) => [`${sense.why}: ${e.text}`, e] as const))('%s', (_text, e) => check(e));
      }
    });
  }
});

describe('examples of the argument frames', () => {
  for (const frame of FRAMES) {
    describe(frame.id, () => {
      it.each(frame.examples.map((e) => [e.text, e] as const))('%s', (_text, e) => check(e));
    });
  }
});

describe('examples of the tour-stop rules', () => {
  for (const rule of STOP_RULES) {
    describe(rule.id, () => {
      it.each(rule.examples.map((e) => [e.text, e] as const))('%s', (_text, e) => check(e));
    });
  }
});

describe('examples of staying away from a summit', () => {
  it.each(DECLINE_EXAMPLES.map((e) => [e.text, e] as const))('%s', (_text, e) => check(e));
});

function table(name: string, rows: readonly TableExample[]): void {
  describe(name, () => testRows(rows, check));
}

table('trigger example table', TRIGGER_EXAMPLES);
table('frame example table', FRAME_EXAMPLES);

describe('the rules are documented by examples', () => {
  it('gives every trigger rule, sense filter and frame an example of its own', () => {
    const bare = [
      ...TRIGGER_RULES.filter((r) => r.examples.length === 0).map((r) => r.id),
      ...TRIGGER_RULES.flatMap((r) => (r.notWhen ?? []).filter((s) => s.examples.length === 0).map((s) => `${r.id}: ${s.why}`)),
      ...FRAMES.filter((f) => f.examples.length === 0).map((f) => f.id),
      ...STOP_RULES.filter((f) => f.examples.length === 0).map((f) => f.id),
    ];
    expect(bare).toEqual([]);
  });

  it('has at least 250 examples that report a contact and 80 that report none', () => {
    const all: RuleExample[] = [
      ...TRIGGER_RULES.flatMap((r) => [...r.examples, ...(r.notWhen ?? []).flatMap((s) => s.examples)]),
      ...FRAMES.flatMap((f) => f.examples),
      ...STOP_RULES.flatMap((f) => f.examples),
      ...TRIGGER_EXAMPLES,
      ...FRAME_EXAMPLES,
    ];
    expect(all.filter((e) => e.events.length > 0).length).toBeGreaterThanOrEqual(250);
    expect(all.filter((e) => e.events.length === 0).length).toBeGreaterThanOrEqual(80);
  });
});

describe('the rule tables', () => {
  it('name each trigger, each frame and each stop rule once in its table (an id used twice hides one rule behind the other)', () => {
    for (const table of [TRIGGER_RULES, FRAMES, STOP_RULES]) {
      const ids = table.map((r) => r.id);
      expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([]);
    }
  });
});
