/**
 * Regular-expression safety: every regex literal in src/ is collected (with the TypeScript parser,
 * so none is missed or misread), checked with safe-regex2 (star height, repetition count), and run
 * against worst-case inputs of 50 000 characters that would make a backtracking pattern take
 * seconds. Patterns that safe-regex2 flags but that are linear are listed in REVIEWED with the
 * reason, and get an input aimed at their ambiguous part.
 *
 * Text also passes through wink-nlp's tokeniser (sentence ends, parts of speech), whose own
 * patterns are quadratic on long runs of non-space characters; segment() guards against that,
 * and the last block checks the guard.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import safeRegex from 'safe-regex2';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { extract, normalisePublishedAt, segment } from '../../src/index.js';
import { words } from '../../src/text/words.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

interface Found {
  /** "src/text/words.ts:11" */
  where: string;
  file: string;
  literal: string;
  regex: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every regex literal and every `RegExp(...)` / `new RegExp(...)` call in src/. */
function collectRegexes(): { found: Found[]; dynamic: string[] } {
  const found: Found[] = [];
  const dynamic: string[] = [];
  for (const path of sourceFiles(SRC)) {
    const file = relative(ROOT, path).replace(/\\/g, '/');
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const cut = literal.lastIndexOf('/');
        found.push({ where: `${file}:${line}`, file, literal, regex: new RegExp(literal.slice(1, cut), literal.slice(cut + 1)) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === 'RegExp') {
        dynamic.push(`${file}:${line}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { found, dynamic };
}

/**
 * Patterns safe-regex2 rejects (it counts star height, and reads `(…)?` around a `+` as height 2)
 * that are linear, with why, and an input aimed at the ambiguous part.
 */
const REVIEWED: Record<string, { why: string; worst: string[] }> = {
  // src/text/words.ts WORD
  "/[\\p{L}\\p{M}\\p{N}]{1,256}(?:[-'’.][\\p{L}\\p{M}\\p{N}]{1,256}){0,50}|[^\\s\\p{L}\\p{M}\\p{N}]/gu": {
    why: 'each repetition of the group starts with a separator the letter class excludes, so there is one way to split a word',
    worst: ['a-'.repeat(25_000), "a'".repeat(25_000) + "'", 'a.'.repeat(25_000) + '-', `${'1'.repeat(50_000)}-`],
  },
  // src/dates/published-at.ts ISO_DAY (run on the publishedAt option)
  '/^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?$/': {
    why: 'anchored at both ends, and the optional zone after [0-9:.]+ starts with Z, + or -, which the class excludes: one backtrack per character',
    worst: [`2024-01-01T${'1'.repeat(50_000)}x`, `2024-01-01T${'1:'.repeat(25_000)}+0`, `2024-01-01 ${'.'.repeat(50_000)}Z!`],
  },
};

/** Inputs that make a backtracking pattern blow up: long runs of one kind, ending in a mismatch. */
const GENERIC_WORST: string[] = [
  'a', 'A', 'Aa', '1', '0.', '1,', '1-', '1:', ' ', '  \n', '\t', '.', '..', '-', '--', "'", '’', 'a-', "a'", 'a.', 'a ', 'A. ', 'Ab ', 'é', 'e\u0301',
  '😀', '"', '(', ',', ', ', 'a,', 'and ', 'the ', 'Mr. ', 'May ', 'on Monday ', 'de ', 'al-', 'x ', ' -',
].flatMap((unit) => {
  const run = unit.repeat(Math.ceil(50_000 / unit.length));
  return [run, `${run}!`, `${run}\u0000`];
});

/** Runs `re` (without g or y, so it searches every start position) over `input`; returns milliseconds. */
function timeOn(re: RegExp, input: string): number {
  const plain = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  const t0 = performance.now();
  plain.test(input);
  input.replace(new RegExp(re.source, plain.flags.includes('g') ? plain.flags : `${plain.flags}g`), '');
  return performance.now() - t0;
}

const { found, dynamic } = collectRegexes();

describe('regex literals in src/', () => {
  it('are all collected (no RegExp built at run time)', () => {
    expect(found.length).toBeGreaterThan(50);
    expect(dynamic).toEqual([]);
  });

  it('pass safe-regex2, or are reviewed as linear', () => {
    const unsafe = found.filter((f) => !safeRegex(f.regex)).map((f) => f.literal);
    expect(unsafe.filter((literal) => !(literal in REVIEWED))).toEqual([]);
    // a reviewed pattern that changed or went away must be reviewed again
    expect(Object.keys(REVIEWED).filter((literal) => !unsafe.includes(literal))).toEqual([]);
  });

  it('run in well under 2 s on 50 000-character worst cases', () => {
    const slow: string[] = [];
    for (const f of found) {
      const inputs = [...GENERIC_WORST, ...(REVIEWED[f.literal]?.worst ?? [])];
      for (const input of inputs) {
        const ms = timeOn(f.regex, input);
        if (ms > 2000) slow.push(`${f.where} ${f.literal} took ${ms.toFixed(0)} ms on ${JSON.stringify(input.slice(0, 12))}…`);
      }
    }
    expect(slow).toEqual([]);
  });
});

describe('words() on runs of megabytes', () => {
  // V8 keeps a backtracking entry per repetition of a group or of a bounded-below quantifier and
  // overflows its stack ("Maximum call stack size exceeded") after a few million: words() must
  // not, and must not hand later stages a token of megabytes.
  it.each([
    ['6 million letters', 'a'.repeat(6_000_000)],
    ['3 million hyphenated parts', 'a-'.repeat(3_000_000)],
    ['3 million dotted parts', 'a.'.repeat(3_000_000)],
  ])('%s: no stack overflow, exact offsets, no token longer than 256 letters plus separators', (_name, text) => {
    const spans = words(text);
    expect(spans.length).toBeGreaterThan(0);
    expect(Math.max(...spans.slice(0, 1000).map((s) => s.end - s.start))).toBeLessThanOrEqual(51 * 257);
    expect(spans.every((s, k) => text.slice(s.start, s.end) === s.text && (k === 0 || spans[k - 1]!.end <= s.start))).toBe(true);
    expect(spans.map((s) => s.text).join('').length).toBe(text.replace(/\s/g, '').length);
  });
});

describe('the publishedAt check on a huge option string', () => {
  it('rejects it quickly with an InvalidArgumentError', () => {
    const t0 = performance.now();
    expect(() => normalisePublishedAt(`2024-01-01T${'1'.repeat(200_000)}x`)).toThrow(/options\.publishedAt must be/);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('text through wink-nlp', () => {
  // Each of these took seconds (the first 50 000 letters about 3 s, growing with the square of the
  // length) before segment() stopped showing long runs to wink's tokeniser.
  it.each([
    ['50 000 letters', 'a'.repeat(50_000)],
    ['a hyphenated run', 'Jae-in'.repeat(10_000)],
    ['a run of punctuation', '.!?'.repeat(20_000)],
    ['a dotted run', 'x.'.repeat(30_000)],
    ['an e-mail-like run', `${'a.'.repeat(20_000)}@b`],
  ])('%s is segmented quickly, with exact offsets', (_name, text) => {
    const t0 = performance.now();
    const doc = segment(text);
    expect(performance.now() - t0).toBeLessThan(2000);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.sentences.map((s) => s.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('a long run inside a sentence does not move the sentences or events around it', () => {
    const article = (url: string): string =>
      `Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. See ${url}. ` +
      'French President Emmanuel Macron spoke by phone with German Chancellor Olaf Scholz on Tuesday.';
    const long = article(`https://example.org/${'a'.repeat(300)}`);
    const short = article('https://example.org/a');
    expect(segment(long).sentences.map((s) => s.text)).toEqual([
      'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday.',
      `See https://example.org/${'a'.repeat(300)}.`,
      'French President Emmanuel Macron spoke by phone with German Chancellor Olaf Scholz on Tuesday.',
    ]);
    const summary = (text: string) =>
      extract(text, { publishedAt: '2024-05-15' }).events.map((e) => [e.type, e.participants.map((p) => p.name), e.date?.start]);
    expect(summary(long)).toEqual([
      ['meeting', ['Xi Jinping', 'Vladimir Putin'], '2024-05-13'],
      ['phone_call', ['Emmanuel Macron', 'Olaf Scholz'], '2024-05-14'],
    ]);
    expect(summary(long)).toEqual(summary(short));
  });
});
