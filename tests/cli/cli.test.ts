import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const EXAMPLE = join(ROOT, 'fixtures', 'example.txt');

function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: input ?? '', encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'de-cli-'));
});

describe('CLI: files', () => {
  it('reads the " date YYYY-MM-DD" header as the publication date and prints JSON', () => {
    const r = run([EXAMPLE]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.publishedAt).toBe('2023-04-15');
    expect(result.events[0].date).toMatchObject({ start: '2023-04-14', end: '2023-04-14' });
    expect(result.events[0]).toMatchObject({ type: 'meeting', status: 'occurred', location: { name: 'Beijing' } });
  });

  it('--published overrides the header', () => {
    const r = run([EXAMPLE, '--published', '2023-04-20']);
    expect(JSON.parse(r.stdout).publishedAt).toBe('2023-04-20');
  });

  it('--format text lists who, what, when, where and status', () => {
    const r = run(['--format', 'text', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1. Meeting [occurred] Xi Jinping (CHN) + Luiz Inácio Lula da Silva (BRA)');
    expect(r.stdout).toMatch(/when: 2023-04-14 {3}where: Beijing/);
  });

  it('several files give a JSON array with the file name of each', () => {
    const r = run([EXAMPLE, EXAMPLE]);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[0].file).toBe(EXAMPLE);
  });

  it.each([
    [['does-not-exist.txt'], /cannot read does-not-exist\.txt: no such file/],
    [['fixtures'], /cannot read fixtures: it is a directory/],
    [[EXAMPLE, '--published', '2024-13-45'], /^diplomatic-events: --published must be a valid calendar date as "YYYY-MM-DD" \(or an ISO timestamp\); received "2024-13-45"\n$/],
    [[EXAMPLE, '--format', 'xml'], /--format must be json, text or html/],
    [[], /no input file/],
    [['--bogus'], /^diplomatic-events: unknown option --bogus \(see --help\)\n$/],
    [[EXAMPLE, '--published'], /^diplomatic-events: --published needs a value \(see --help\)\n$/],
    [[EXAMPLE, '--progress'], /--progress only applies to --jsonl/],
    [['--jsonl', '--format', 'text'], /--format applies to FILE mode only/],
    [['-', '-'], /"-" \(standard input\) can be given once/],
  ])('fails with a one-line error for %j', (args, message) => {
    const r = run(args);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('rejects a binary file and invalid UTF-8 with a one-line error', () => {
    const binary = join(dir, 'blob.bin');
    writeFileSync(binary, Buffer.from([0x50, 0x00, 0x01, 0x02]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x0a]));
    expect(run([binary]).stderr).toMatch(/blob\.bin: it is a binary file/);
    expect(run([latin1]).stderr).toMatch(/latin1\.txt: it is not valid UTF-8/);
  });
});

describe('CLI: JSON Lines', () => {
  const good = (id: string) => JSON.stringify({ id, text: 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday.', published: '2023-06-07' });

  it('answers one line per input line, in order, and reports bad lines without losing the rest', () => {
    const input = [good('a'), '{not json', JSON.stringify({ id: 'c', body: 'no text field' }), good('d'), ''].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd']);
    expect(lines[0].events[0]).toMatchObject({ type: 'meeting', date: { start: '2023-06-05' }, location: { name: 'Paris' } });
    expect(lines[1].error).toMatch(/not valid JSON/);
    expect(lines[2].error).toMatch(/no "text" string/);
    expect(lines[3].events).toHaveLength(1);
    expect(r.stderr).toMatch(/stdin:2: not valid JSON/);
    expect(r.stderr).toMatch(/stdin:3: the line has no "text" string/);
  });

  it('reads a file, and exits 0 when every line is good', () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${good('x')}\n${good('y')}\n`);
    const r = run(['--jsonl', file]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('an empty standard input gives no output and success', () => {
    const r = run(['--jsonl'], '');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('a bad published date on one line is that line\'s error', () => {
    const r = run(['--jsonl'], JSON.stringify({ id: 1, text: 'x', published: 'soon' }));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toBe('the "published" field of the line must be a valid calendar date as "YYYY-MM-DD" (or an ISO timestamp); received "soon"');
    expect(r.stderr).toMatch(/^diplomatic-events: stdin:1: the "published" field of the line must be/);
  });

  it('reads the date of a line spelled "publishedAt" as well as "published"', () => {
    const text = 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday.';
    const r = run(['--jsonl'], [JSON.stringify({ id: 'a', text, published: '2023-06-07' }), JSON.stringify({ id: 'b', text, publishedAt: '2023-06-07' })].join('\n'));
    expect(r.code).toBe(0);
    const [a, b] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(a.events[0].date.start).toBe('2023-06-05');
    expect(b.publishedAt).toBe('2023-06-07');
    expect(b.events[0].date.start).toBe('2023-06-05');
  });

  it('answers a blank line between records with an error line, so that output line k answers input line k', () => {
    const line = (id: string) => JSON.stringify({ id, text: 'Olaf Scholz met Emmanuel Macron.', published: '2023-06-07' });
    const r = run(['--jsonl'], [line('a'), '', '  ', line('b'), '', ''].join('\n'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // the two blank lines at the end are no records: nothing answers them
    expect(out.map((o) => o.id ?? o.error)).toEqual(['a', 'blank line', 'blank line', 'b']);
  });

  it('warns once on standard error when lines without a date leave relative dates unresolved', () => {
    const undated = (id: string) => JSON.stringify({ id, text: 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday.' });
    const r = run(['--jsonl'], [undated('a'), undated('b')].join('\n'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('diplomatic-events: warning: stdin:1: no publication date: 1 relative date ("on Monday") left unresolved; give the lines a "published" date or use --published (said once for the whole input)\n');
    const [a] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(a.warnings).toEqual([{ code: 'unresolved-relative-dates', message: expect.stringContaining('"on Monday"') }]);
  });
});

describe('CLI: standard input in FILE mode', () => {
  it('reads the article from "-", with --published', () => {
    const r = run(['-', '--published', '2023-06-07', '--format', 'text'], 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday.');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('== standard input (published 2023-06-07)');
    expect(r.stdout).toMatch(/when: 2023-06-05/);
    expect(r.stderr).toBe('');
  });

  it('reads the date header of the article on standard input, and warns when there is none', () => {
    const dated = run(['-'], ' date 2023-06-07\nChancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday.');
    expect(JSON.parse(dated.stdout).events[0].date.start).toBe('2023-06-05');
    const undated = run(['-'], 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday.');
    expect(undated.code).toBe(0);
    expect(undated.stderr).toBe('diplomatic-events: warning: standard input: no publication date: 1 relative date ("on Monday") left unresolved; give --published YYYY-MM-DD or a first line " date YYYY-MM-DD"\n');
  });
});

describe('CLI: merge', () => {
  it('reads what --jsonl wrote and prints one event per line, merged across articles, skipping error lines', () => {
    const lines = [
      JSON.stringify({ id: 'a1', text: 'Kenyan President William Ruto spoke by phone with Tanzanian President Samia Suluhu Hassan on Tuesday about the border.', published: '2024-03-06' }),
      JSON.stringify({ id: 'a2', text: "Tanzania said on Thursday that President Samia Suluhu Hassan and Kenya's William Ruto had discussed cross-border trade in a telephone call on Tuesday.", published: '2024-03-07' }),
      JSON.stringify({ id: 'bad', text: 42 }),
    ].join('\n');
    const results = run(['--jsonl'], lines);
    const merged = run(['merge'], results.stdout);
    expect(merged.code).toBe(0);
    const out = merged.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: 'm1', type: 'phone_call', status: 'occurred', date: { start: '2024-03-05' } });
    expect(out[0].sources.map((s: { id: string }) => s.id)).toEqual(['a1', 'a2']);
  });

  it('reports a line that is not --jsonl output and exits 1; takes no options', () => {
    const r = run(['merge'], '{oops\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^diplomatic-events: stdin:1: not valid JSON/);
    expect(run(['merge', '--published', '2024-01-01']).stderr).toMatch(/merge takes no options/);
  });
});
