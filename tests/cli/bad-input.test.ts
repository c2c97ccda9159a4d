/**
 * The CLI under bad input that tests/cli/cli.test.ts does not cover: JSON Lines input that is a
 * directory or missing, invalid UTF-8 inside a JSON Lines file, and 20 MB lines and files. Each bad
 * input gives a short one-line message on standard error that names the file or the line, and a
 * non-zero exit; in JSON Lines mode every good line still gets its result, in input order.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const MB = 1024 * 1024;

function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: input ?? '', encoding: 'utf8', cwd: ROOT, maxBuffer: 256 * MB });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const good = (id: string): string =>
  JSON.stringify({ id, text: 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday.', published: '2023-06-07' });

/** Output lines of a JSON Lines run, parsed. */
const answers = (stdout: string): Array<Record<string, unknown>> =>
  stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** The good lines' answers: the meeting in Paris, dated 2023-06-05. */
function expectGoodAnswer(answer: Record<string, unknown> | undefined, id: string): void {
  expect(answer?.id).toBe(id);
  expect(answer?.error).toBeUndefined();
  expect((answer?.events as unknown[])[0]).toMatchObject({ type: 'meeting', date: { start: '2023-06-05' }, location: { name: 'Paris' } });
}

/** News-like text of about `bytes` characters, from a few sentences of our own. */
function longText(bytes: number): string {
  const sentences = [
    'Foreign ministers of Kenya and Chile met in Nairobi on Tuesday to discuss fishing rights.',
    'The central bank left its main interest rate unchanged, the statistics office said.',
    'Prime Minister Fumio Kishida spoke by phone with President Yoon Suk Yeol on Friday.',
  ];
  const unit = `${sentences.join(' ')} `;
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'de-bad-input-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('CLI --jsonl: bad FILE', () => {
  it('a directory: one-line error naming it, exit 2, no output', () => {
    const sub = join(dir, 'a-directory.jsonl');
    mkdirSync(sub);
    const r = run(['--jsonl', sub]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`diplomatic-events: cannot read ${sub}: it is a directory\n`);
    expect(r.stdout).toBe('');
  });

  it('a missing file: one-line error naming it, exit 2, no output', () => {
    const missing = join(dir, 'missing.jsonl');
    const r = run(['--jsonl', missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`diplomatic-events: cannot read ${missing}: no such file\n`);
    expect(r.stdout).toBe('');
  });
});

describe('CLI --jsonl: invalid UTF-8 inside the file', () => {
  it('every line is still answered in order, and the good lines are right', () => {
    const file = join(dir, 'latin1.jsonl');
    // line 2 holds "café" in Latin-1 (0xE9), which is not UTF-8
    const bad = Buffer.concat([Buffer.from('{"id":"b","text":"Le caf'), Buffer.from([0xe9]), Buffer.from(' est ferm\xe9.","published":"2023-06-07"}', 'latin1')]);
    writeFileSync(file, Buffer.concat([Buffer.from(`${good('a')}\n`), bad, Buffer.from(`\n${good('c')}\n`)]));
    const r = run(['--jsonl', file]);
    const lines = answers(r.stdout);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c']);
    expectGoodAnswer(lines[0], 'a');
    expectGoodAnswer(lines[2], 'c');
  });

  it('a line of invalid UTF-8 gets an error answer naming FILE:LINE, and the exit code is 1', () => {
    const file = join(dir, 'latin1-error.jsonl');
    const bad = Buffer.concat([Buffer.from('{"id":"b","text":"Le caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    writeFileSync(file, Buffer.concat([Buffer.from(`${good('a')}\r\n`), bad, Buffer.from(`\r\n${good('c')}`)]));
    const r = run(['--jsonl', file]);
    expect(r.code).toBe(1);
    const lines = answers(r.stdout);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c']);
    expect(lines[1]?.error).toBe('the line is not valid UTF-8');
    expectGoodAnswer(lines[0], 'a');
    expectGoodAnswer(lines[2], 'c');
    expect(r.stderr).toBe(`diplomatic-events: ${file}:2: the line is not valid UTF-8\n`);
  });
});

describe('CLI: 20 MB lines and files', () => {
  it('--jsonl: a 20 MB text is that line\'s error (over the 10 MiB limit); the lines around it are answered in order', () => {
    const file = join(dir, 'huge-text.jsonl');
    writeFileSync(file, [good('a'), JSON.stringify({ id: 'huge', text: longText(20 * MB), published: '2024-05-15' }), good('c'), ''].join('\n'));
    const t0 = performance.now();
    const r = run(['--jsonl', file]);
    expect(performance.now() - t0).toBeLessThan(25_000);
    expect(r.code).toBe(1);
    const lines = answers(r.stdout);
    expect(lines.map((l) => l.id)).toEqual(['a', 'huge', 'c']);
    expectGoodAnswer(lines[0], 'a');
    expect(lines[1]?.error).toMatch(/^text must be a string of at most 10485760 characters \(10 MiB\); received ".{40}…" \(20971520 characters\)$/);
    expectGoodAnswer(lines[2], 'c');
    // one short line on standard error, naming the file and the line
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^diplomatic-events: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: text must be a string of at most`));
    expect(r.stderr.length).toBeLessThan(300);
  });

  it('--jsonl on standard input: a 20 MB line of broken JSON is that line\'s error, with a short message', () => {
    const input = [good('a'), `{"id":"broken","text":"${'x'.repeat(20 * MB)}`, good('c'), ''].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.code).toBe(1);
    const lines = answers(r.stdout);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c']);
    expectGoodAnswer(lines[0], 'a');
    expect(lines[1]?.error).toMatch(/^not valid JSON/);
    expect(String(lines[1]?.error).length).toBeLessThan(300);
    expectGoodAnswer(lines[2], 'c');
    expect(r.stderr).toMatch(/^diplomatic-events: stdin:2: not valid JSON/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.length).toBeLessThan(300);
  });

  it('FILE mode: a 20 MB file is rejected with a short one-line error and a non-zero exit', () => {
    const file = join(dir, 'huge-article.txt');
    writeFileSync(file, ` date 2024-05-15 ${longText(20 * MB)}`);
    const r = run([file]);
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBeNull();
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/text must be a string of at most 10485760 characters \(10 MiB\)/);
    expect(r.stderr.length).toBeLessThan(300);
  });

  it('FILE mode: the error for a file over the size limit names the file, exit 2', () => {
    const file = join(dir, 'huge-article-named.txt');
    writeFileSync(file, ` date 2024-05-15 ${longText(11 * MB)}`);
    const r = run([file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^diplomatic-events: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: text must be a string of at most`));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
