/**
 * The README says what the code does: every export is documented, every option of the command is
 * described, the runtime dependencies it lists are those of package.json, and the install it
 * describes is the tarball the packaging test installs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as queueApi from '../../src/queue/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The README's section under a level-2 heading. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`no section "${title}" in README.md`);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

describe('README', () => {
  it('shows what `npm run example` prints, word for word', () => {
    const printed = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--format', 'text', 'fixtures/example.txt'], { encoding: 'utf8', cwd: ROOT }).stdout;
    const block = /`npm run example` prints:\n\n```text\n([\s\S]*?)```/.exec(README)?.[1];
    expect(block).toBe(printed);
  });

  it('documents every value the package exports', () => {
    const undocumented = Object.keys(api).filter((name) => !README.includes(`\`${name}`));
    expect(undocumented).toEqual([]);
  });

  it('documents the queue: every export of diplomatic-events/queue and every option of `queue --help`', () => {
    const scaling = section('Scaling out');
    expect(Object.keys(queueApi).filter((name) => !README.includes(`\`${name}`) && !scaling.includes(name))).toEqual([]);
    const help = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/cli.ts'), 'queue', '--help'], { encoding: 'utf8', cwd: ROOT }).stdout;
    const options = [...new Set([...help.matchAll(/(--[a-z-]+)/g)].map((m) => m[1]))];
    expect(options).toEqual(expect.arrayContaining(['--redis', '--queue', '--concurrency', '--exit-when-drained', '--stalled-interval', '--published']));
    expect(options.filter((o) => !scaling.includes(`\`${o}`) && !scaling.includes(`${o} `))).toEqual([]);
  });

  it('describes every option of the command, and FILE "-"', () => {
    const help = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/cli.ts'), '--help'], { encoding: 'utf8', cwd: ROOT }).stdout;
    const options = [...help.matchAll(/^\s+(--[a-z]+)/gm)].map((m) => m[1]);
    expect(options).toEqual(expect.arrayContaining(["--published", "--format", "--jsonl", "--workers", "--progress"]));
    const cli = section('Command line');
    expect(options.filter((o) => !cli.includes(`\`${o}`) && o !== '--help' && o !== '--version')).toEqual([]);
    expect(cli).toContain('FILE `-` reads the article from standard input');
  });

  it('lists the runtime dependencies of package.json, and says how to install before the package is published', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const install = section('Install');
    for (const dep of Object.keys(pkg.dependencies)) expect(install).toContain(`\`${dep}\``);
    expect(install).toContain('npm pack');
    expect(install).toMatch(/not on the npm registry yet/);
    // compromise is a devDependency, and the README says it does not load at run time
    expect(Object.keys(pkg.devDependencies)).toContain('compromise');
    expect(README).not.toMatch(/compromise's lexicon\) load/);
  });

  it('documents both spellings of the publication date, the warnings and the time-zone rule', () => {
    expect(README).toContain('`options.published` is\naccepted as the same option');
    expect(README).toContain('`unresolved-relative-dates`');
    expect(README).toContain('A `Date` is\nan instant, read in UTC');
  });
});
