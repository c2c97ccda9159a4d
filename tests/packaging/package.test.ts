/**
 * The package as npm would publish it: publint and arethetypeswrong find no problem, the tarball
 * holds only dist/ and the documents, and once installed (offline) it works from ESM, CommonJS,
 * TypeScript (against the shipped .d.ts / .d.cts) and as a command.
 *
 * Needs the build (npm test runs tsup first). No network: the tarball's dependencies are copied
 * from this project's node_modules into the temporary project before `npm install --offline`, so
 * npm finds every dependency already in place and fetches nothing (it works with an empty cache).
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const BIN = join(ROOT, 'node_modules', '.bin');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

const BUILD = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/queue.js', 'dist/queue.cjs', 'dist/queue.d.ts', 'dist/cli.js', 'dist/browser.js', 'dist/browser.d.ts'];
const TOP_LEVEL_FILES = ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'];

// An article written for this test.
const ARTICLE =
  'Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Wednesday. ' +
  'Ruto later spoke by phone with South African President Cyril Ramaphosa about the crisis in Sudan.';
const PUBLISHED = '2024-01-12';

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false', FORCE_COLOR: '0', ...env },
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return r;
}

/** Like run(), without blocking, so that independent checks can run side by side. */
function runAsync(command: string, args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  if (r.status !== 0) throw new Error(`${what} exited with ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** npm may print warnings before the JSON; take the JSON array. */
function parseNpmJson<T>(stdout: string): T {
  return JSON.parse(stdout.slice(stdout.indexOf('['))) as T;
}

/** Top-level packages of the production dependency tree, from package-lock.json. */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, meta]) => path.startsWith('node_modules/') && !path.slice(13).includes('node_modules/') && !meta.dev && !meta.devOptional)
    .map(([path]) => path.slice(13));
}

let work: string;
let tarball: string;

beforeAll(() => {
  const missing = BUILD.filter((f) => !existsSync(join(ROOT, f)));
  if (missing.length) throw new Error(`build first (npx tsup, or npm test): missing ${missing.join(', ')}`);
  work = mkdtempSync(join(tmpdir(), 'de-pack-'));
  const packed = parseNpmJson<{ filename: string }[]>(ok(run(NPM, ['pack', '--json', '--pack-destination', work], ROOT), 'npm pack'));
  tarball = join(work, packed[0]!.filename);
  expect(existsSync(tarball)).toBe(true);
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The packages the built files import or require (bare specifiers, Node built-ins left out). */
function importedPackages(): string[] {
  const { builtinModules } = require('node:module') as typeof import('node:module');
  const files = readdirSync(join(ROOT, 'dist')).filter((f) => /\.(?:c?js)$/.test(f) && f !== 'browser.js');
  const found = new Set<string>();
  for (const f of files) {
    const code = readFileSync(join(ROOT, 'dist', f), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\brequire\(|\bimport\()\s*["']([^"'./][^"']*)["']/g)) {
      const spec = m[1] ?? '';
      // a package name ("wink-nlp", "@scope/pkg/sub"), not a string in the code that happens to follow "from"
      if (!/^(?:@[a-z0-9-]+\/)?[a-z0-9][a-z0-9._-]*(?:\/[\w./-]+)?$/.test(spec)) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);
      if (!name.startsWith('node:') && !builtinModules.includes(name)) found.add(name);
    }
  }
  return [...found].sort();
}

describe('dependencies', () => {
  it('the runtime dependencies and optional peers are exactly the packages the built files import (the rest run only at build, test or bench time)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    const peers = Object.keys(pkg.peerDependencies);
    expect(peers.every((name) => pkg.peerDependenciesMeta[name]?.optional === true)).toBe(true);
    expect([...Object.keys(pkg.dependencies), ...peers].sort()).toEqual(importedPackages());
  });

  it('only the queue imports the optional peer bullmq, and only when it is used: the library entry and the browser bundle never name it', () => {
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'browser.js']) expect(readFileSync(join(ROOT, 'dist', file), 'utf8')).not.toMatch(/["']bullmq["']/);
    expect(readFileSync(join(ROOT, 'dist', 'queue.js'), 'utf8')).toMatch(/import\(["']bullmq["']\)/);
    expect(readFileSync(join(ROOT, 'dist', 'queue.d.ts'), 'utf8')).not.toMatch(/from ["']bullmq["']/);
  });
});

describe('package contents', () => {
  it('npm pack --dry-run lists only dist/, README.md, LICENSE, CHANGELOG.md and package.json', () => {
    const [info] = parseNpmJson<{ files: { path: string }[]; size: number }[]>(ok(run(NPM, ['pack', '--dry-run', '--json'], ROOT), 'npm pack --dry-run'));
    const paths = info!.files.map((f) => f.path).sort();
    expect(paths.filter((p) => !p.startsWith('dist/') && !TOP_LEVEL_FILES.includes(p))).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining([...TOP_LEVEL_FILES, ...BUILD]));
    // the browser bundle dominates; a much larger tarball means something slipped in
    // (the gazetteer of office holders back to 1985 added about 0.25 MB)
    expect(info!.size).toBeLessThan(4_500_000);
  });

  it('publint --strict finds nothing', () => {
    const r = run(join(BIN, 'publint'), ['--strict'], ROOT);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('All good');
  }, 60_000);

  it('arethetypeswrong: the main entry resolves with correct types everywhere, ./queue wherever subpaths do, ./browser for ESM', async () => {
    type Attw = {
      analysis: { types?: { kind: string }; entrypoints: Record<string, unknown> };
      problems?: Record<string, { kind: string; entrypoint: string; resolutionKind?: string }[]>;
    };
    const check = async (args: string[], ignored: string[]) => {
      const r = await runAsync(join(BIN, 'attw'), [tarball, '--format', 'json', ...args], ROOT);
      let out: Attw;
      try {
        out = JSON.parse(r.stdout) as Attw;
      } catch {
        throw new Error(`attw ${args.join(' ')} gave no JSON (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
      }
      // attw exits 0 for a package without types: require them explicitly
      expect(out.analysis.types?.kind).toBe('included');
      const problems = Object.values(out.problems ?? {})
        .flat()
        .filter((p) => !p.resolutionKind || !ignored.includes(p.resolutionKind));
      expect(problems).toEqual([]);
      expect(r.status).toBe(0);
      return Object.keys(out.analysis.entrypoints);
    };
    const [main, queue, browser] = await Promise.all([
      // ".": node10, node16 from CJS (.d.cts) and ESM (.d.ts), bundler
      check(['--exclude-entrypoints', './browser', './queue'], []),
      // "./queue": ESM and CJS, under every resolution that reads "exports" (node10 reads no subpath)
      check(['--entrypoints', './queue', '--profile', 'node16'], ['node10']),
      // "./browser" is an ES module on purpose: only ESM and bundler resolution apply
      check(['--entrypoints', './browser', '--profile', 'esm-only'], ['node10', 'node16-cjs']),
    ]);
    expect(main).toEqual(['.', './package.json']);
    expect(queue).toEqual(['./queue']);
    expect(browser).toEqual(['./browser']);
  }, 60_000);
});

describe('installed from the tarball (offline)', () => {
  let project: string;

  beforeAll(() => {
    project = join(work, 'consumer');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    for (const name of productionPackages()) {
      const from = join(ROOT, 'node_modules', name);
      if (existsSync(from)) cpSync(from, join(project, 'node_modules', name), { recursive: true });
    }
    const cache = join(work, 'empty-npm-cache');
    ok(run(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--cache', cache, tarball], project), 'npm install --offline');
    expect(JSON.parse(readFileSync(join(project, 'node_modules', PKG.name, 'package.json'), 'utf8')).version).toBe(PKG.version);
  }, 60_000);

  function node(file: string, source: string): unknown {
    writeFileSync(join(project, file), source);
    return JSON.parse(ok(run(process.execPath, [file], project), `node ${file}`));
  }

  type EsmOut = { resolved: string; browserResolved: string; result: { events: { type: string }[] }; browserSame: boolean; html: boolean; invalid: boolean };
  let esm: EsmOut | undefined;
  /** The ESM consumer's output, run once (the CommonJS test compares with it). */
  function runEsm(): EsmOut {
    esm ??= node(
      'esm.mjs',
      `import { extract, toHtml, InvalidArgumentError } from 'diplomatic-events';
import * as browser from 'diplomatic-events/browser';
const text = ${JSON.stringify(ARTICLE)};
const result = extract(text, { publishedAt: ${JSON.stringify(PUBLISHED)} });
let invalid = false;
try { extract(text, { publishedAt: 'yesterday' }); } catch (e) { invalid = e instanceof InvalidArgumentError; }
console.log(JSON.stringify({
  resolved: import.meta.resolve('diplomatic-events'),
  browserResolved: import.meta.resolve('diplomatic-events/browser'),
  result,
  browserSame: JSON.stringify(browser.extract(text, { publishedAt: ${JSON.stringify(PUBLISHED)} })) === JSON.stringify(result),
  html: toHtml(result, text).startsWith('<section class="de-report">'),
  invalid,
}));
`,
    ) as EsmOut;
    return esm;
  }

  it('works from ESM: import { extract } from "diplomatic-events"', () => {
    const out = runEsm();
    expect(fileURLToPath(out.resolved)).toBe(join(project, 'node_modules', PKG.name, 'dist', 'index.js'));
    expect(fileURLToPath(out.browserResolved)).toBe(join(project, 'node_modules', PKG.name, 'dist', 'browser.js'));
    expect(out.result.events.map((e) => e.type)).toContain('phone_call');
    // the browser bundle gives the very same result
    expect(out).toMatchObject({ browserSame: true, html: true, invalid: true });
  });

  it('works from CommonJS: require("diplomatic-events")', () => {
    const out = node(
      'cjs.cjs',
      `const { extract, toHtml, InvalidArgumentError } = require('diplomatic-events');
const text = ${JSON.stringify(ARTICLE)};
const result = extract(text, { publishedAt: ${JSON.stringify(PUBLISHED)} });
let invalid = false;
try { extract(42); } catch (e) { invalid = e instanceof InvalidArgumentError; }
console.log(JSON.stringify({
  resolved: require.resolve('diplomatic-events'),
  version: require('diplomatic-events/package.json').version,
  result,
  html: typeof toHtml === 'function',
  invalid,
}));
`,
    ) as { resolved: string; version: string; result: unknown; html: boolean; invalid: boolean };
    expect(out.resolved).toBe(join(project, 'node_modules', PKG.name, 'dist', 'index.cjs'));
    expect(out.version).toBe(PKG.version);
    expect(out.result).toEqual(runEsm().result);
    expect(out).toMatchObject({ html: true, invalid: true });
  });

  it('type-checks from TypeScript (ESM and CommonJS) against the shipped declarations', () => {
    writeFileSync(
      join(project, 'esm.mts'),
      `import { extract, toHtml, type DiplomaticEvent, type ExtractionResult, type HtmlOptions } from 'diplomatic-events';
import { extract as extractInBrowser } from 'diplomatic-events/browser';
const text = 'Kishida spoke by phone with Yoon.';
const result: ExtractionResult = extract(text, { publishedAt: '2023-03-08' });
const first: DiplomaticEvent | undefined = result.events[0];
const kind: 'phone_call' | 'meeting' | 'summit' | undefined = first?.type;
const cameo: '036' | '040' | '041' | '042' | '043' | '044' | undefined = first?.cameo;
const options: HtmlOptions = { title: 'report' };
const html: string = toHtml(result, text, options);
const again: ExtractionResult = extractInBrowser(text, { publishedAt: new Date() });
// @ts-expect-error publishedAt is a string or a Date
extract(text, { publishedAt: 20230308 });
// @ts-expect-error events are typed, not any
const wrong: string = result.events;
export { kind, cameo, html, again, wrong };
`,
    );
    writeFileSync(
      join(project, 'cjs.cts'),
      `import de = require('diplomatic-events');
const result: de.ExtractionResult = de.extract('text');
const status: de.EventStatus | undefined = result.events[0]?.status;
// @ts-expect-error text must be a string
de.extract(42);
export = { status };
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022'],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
        },
        files: ['esm.mts', 'cjs.cts'],
      }),
    );
    const r = run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--listFiles'], project);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const listed = r.stdout.split('\n').map((l) => l.trim());
    const shipped = join(project, 'node_modules', PKG.name, 'dist');
    expect(listed).toEqual(expect.arrayContaining([join(shipped, 'index.d.ts'), join(shipped, 'index.d.cts'), join(shipped, 'browser.d.ts')]));
  }, 60_000);

  it('installs the diplomatic-events command', () => {
    const bin = join(project, 'node_modules', '.bin', 'diplomatic-events');
    expect(ok(run(bin, ['--version'], project), 'diplomatic-events --version').trim()).toBe(PKG.version);
    writeFileSync(join(project, 'article.txt'), ` date ${PUBLISHED} ${ARTICLE}`);
    const text = ok(run(bin, ['--format', 'text', 'article.txt'], project), 'diplomatic-events --format text');
    expect(text).toContain('Phone call [occurred]');
    const html = ok(run(bin, ['--format', 'html', 'article.txt'], project), 'diplomatic-events --format html');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('class="de-event"');
  });
});
