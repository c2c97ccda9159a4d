import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureArticles } from './articles.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');

function run(args: string[], input = ''): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let mixed: string;
let good: string;
let lineCount: number;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'de-workers-'));
  // Long and very short articles interleaved, so that the workers finish out of order.
  const fixtures = fixtureArticles();
  const lines: string[] = [];
  for (let round = 0; round < 3; round++) {
    fixtures.forEach((f, i) => {
      lines.push(JSON.stringify({ id: `${f.name}#${round}`, text: f.text, published: f.published }));
      lines.push(JSON.stringify({ id: round * 100 + i, text: 'Talks in Paris.' }));
    });
  }
  good = join(dir, 'good.jsonl');
  writeFileSync(good, `${lines.join('\n')}\n`);
  const bad = [
    '{not json',
    JSON.stringify({ id: 'no-text', body: 'x' }),
    JSON.stringify({ id: 'bad-date', text: 'x', published: 'soon' }),
    '[1, 2]',
    '',
    '   ',
  ];
  const withBad = [...lines];
  bad.forEach((b, k) => withBad.splice(3 + k * 11, 0, b));
  // blank lines between records are answered too (an error line each), so outputs line up with inputs
  lineCount = withBad.length;
  mixed = join(dir, 'mixed.jsonl');
  writeFileSync(mixed, `${withBad.join('\r\n')}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI: --jsonl --workers', () => {
  it('--workers 2 writes byte for byte what --workers 1 writes, errors included, and exits 1 on a bad line', () => {
    const one = run(['--jsonl', mixed, '--workers', '1']);
    const two = run(['--jsonl', mixed, '--workers', '2']);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const out = one.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(lineCount);
    // four bad lines, and two blank ones answered with "blank line", which are no failures (no message)
    expect(out.filter((o) => 'error' in o)).toHaveLength(6);
    expect(out.filter((o) => o.error === 'blank line')).toHaveLength(2);
    expect(one.stderr.trim().split('\n')).toHaveLength(4);
    expect(one.stderr).toMatch(/mixed\.jsonl:\d+: not valid JSON/);
    expect(out.find((o) => o.id === '01-phone-call-basic#2')?.events.length).toBeGreaterThan(0);
  });

  it('keeps input order from standard input with more workers than cores, and exits 0 when every line is good', () => {
    const expected = run(['--jsonl', good]);
    const four = run(['--jsonl', '--workers', '4'], readFileSync(good, 'utf8'));
    expect(expected.code).toBe(0);
    expect(four.code).toBe(0);
    expect(four.stdout).toBe(expected.stdout);
  });

  it('rejects a bad worker count, and --workers without --jsonl', () => {
    for (const n of ['0', '-1', '1.5', 'two', '65']) {
      const r = run(['--jsonl', good, `--workers=${n}`]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--workers must be a whole number from 1 to 64/);
      expect(r.stdout).toBe('');
    }
    expect(run([join(ROOT, 'fixtures', 'example.txt'), '--workers', '2']).stderr).toMatch(/--workers only applies to --jsonl/);
  });

  it('--progress draws one updating line on standard error and leaves standard output alone', () => {
    const plain = run(['--jsonl', good, '--workers', '2']);
    const shown = run(['--jsonl', good, '--workers', '2', '--progress']);
    expect(shown.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    const lines = shown.stdout.trim().split('\n').length;
    expect(shown.stderr.endsWith('\n')).toBe(true);
    expect(shown.stderr.trim().split('\n')).toHaveLength(1);
    // The last draw pads with spaces where an earlier, longer line ("81 lines, 122.4 lines/s") stood.
    expect(shown.stderr).toMatch(new RegExp(`\\r${lines} lines, [\\d.,]+ lines/s *\\n$`));
  });

  it.each(['1', '2'])('with --workers %s, answers a line of a live stream before the stream ends', async (workers) => {
    const child = spawn(process.execPath, [CLI, '--jsonl', '--workers', workers], { cwd: ROOT });
    const first = new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        text += chunk;
        if (text.includes('\n')) resolve(text);
      });
      child.on('exit', () => reject(new Error('the CLI exited before answering')));
    });
    child.stdin.write(`${JSON.stringify({ id: 'live', text: 'Macron spoke with Scholz by phone.' })}\n`);
    // stdin stays open: the answer must come without waiting for more lines or for the end.
    const line = await first;
    expect(JSON.parse(line.trim())).toMatchObject({ id: 'live', events: [{ type: 'phone_call' }] });
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });
});
