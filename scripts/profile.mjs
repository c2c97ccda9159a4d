#!/usr/bin/env node
// Where extract() spends its time: runs `node --cpu-prof` on a loop of extract over the bench
// corpus (see scripts/bench.mjs), then sums the samples
//   - inclusive, by pipeline stage (the function extract() called: segment, findPeople, …);
//   - self, by source file (dist positions mapped back to src/ with dist/index.js.map) or package.
//   npx tsup --silent && node scripts/profile.mjs [--passes N] [--top N] [--keep]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};

if (args.includes('--child')) {
  const { loadCorpus } = await import('./bench.mjs');
  const { extract } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  const { articles } = loadCorpus();
  for (const a of articles) extract(a.text, a.published ? { publishedAt: a.published } : {}); // warm-up
  const passes = opt('--passes', 20);
  for (let p = 0; p < passes; p++) for (const a of articles) extract(a.text, a.published ? { publishedAt: a.published } : {});
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'de-prof-'));
const run = spawnSync(
  process.execPath,
  ['--cpu-prof', '--cpu-prof-dir', dir, fileURLToPath(import.meta.url), '--child', '--passes', String(opt('--passes', 20))],
  { stdio: 'inherit', cwd: root },
);
if (run.status !== 0) throw new Error(`profile: the child exited with ${run.status}`);
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));

const distUrl = pathToFileURL(join(root, 'dist', 'index.js')).href;
const map = new SourceMap(JSON.parse(readFileSync(join(root, 'dist', 'index.js.map'), 'utf8')));

/** Where a frame comes from: a src/ file, a package, node itself, or a V8 pseudo-frame. */
function origin(frame) {
  const { url, lineNumber, columnNumber, functionName } = frame;
  if (url === distUrl) {
    const e = map.findEntry(lineNumber, columnNumber);
    const src = e?.originalSource ? e.originalSource.replace(/^.*?(src\/)/, '$1') : 'dist/index.js (unmapped)';
    return src.includes('node_modules/') ? `pkg ${src.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1')}` : src;
  }
  if (url.includes('/node_modules/')) return `pkg ${url.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1')}`;
  if (url.startsWith('node:') || url === '') return functionName.startsWith('(') ? functionName : `node ${functionName || '(anonymous)'}`;
  if (url.includes('/scripts/')) return 'bench loop';
  return url;
}

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const originOf = new Map(profile.nodes.map((n) => [n.id, origin(n.callFrame)]));

const self = new Map(); // origin → ms
const selfFn = new Map(); // origin + function → ms
const stage = new Map(); // stage → inclusive ms
const stageSelf = new Map(); // stage → (origin → self ms)
let total = 0;
let inExtract = 0;
const stageCache = new Map();
function stageOf(id) {
  if (stageCache.has(id)) return stageCache.get(id);
  // Walk up to the child of extract(): that is the stage.
  let s = null;
  let cur = id;
  let below = null;
  while (cur !== undefined) {
    const n = nodes.get(cur);
    if (n.callFrame.url === distUrl && originOf.get(cur) === 'src/pipeline/extract.ts' && /^extract\d*$/.test(n.callFrame.functionName)) {
      s = below === null ? 'extract (own code)' : `${nodes.get(below).callFrame.functionName.replace(/\d+$/, '')} (${originOf.get(below)})`;
      break;
    }
    below = cur;
    cur = parent.get(cur);
  }
  stageCache.set(id, s);
  return s;
}
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  total += ms;
  const o = originOf.get(id);
  self.set(o, (self.get(o) ?? 0) + ms);
  const fn = `${o} ${nodes.get(id).callFrame.functionName || '(anonymous)'}`;
  selfFn.set(fn, (selfFn.get(fn) ?? 0) + ms);
  const s = stageOf(id);
  if (s) {
    inExtract += ms;
    stage.set(s, (stage.get(s) ?? 0) + ms);
    if (!stageSelf.has(s)) stageSelf.set(s, new Map());
    const per = stageSelf.get(s);
    per.set(o, (per.get(o) ?? 0) + ms);
  }
}

const pct = (ms, of = total) => `${((100 * ms) / of).toFixed(1).padStart(5)}%`;
const top = opt('--top', 25);
const show = (title, m, of) => {
  console.log(`\n${title}`);
  for (const [k, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(ms, of)}  ${ms.toFixed(0).padStart(7)} ms  ${k}`);
};
console.log(`profile: ${total.toFixed(0)} ms sampled, ${inExtract.toFixed(0)} ms inside extract() (${pct(inExtract)})`);
show('inclusive time by stage (share of time inside extract; GC samples are outside, on their own):', stage, inExtract);
console.log('\nself time inside each stage, by file (inlined callees count for their caller):');
for (const [s, ms] of [...stage].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms / inExtract > 0.02)) {
  const parts = [...stageSelf.get(s)].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(`  ${s}: ${parts.map(([o, t]) => `${o.replace(/^src\//, '')} ${((100 * t) / ms).toFixed(0)}%`).join(', ')}`);
}
show('self time by source file or package (share of all samples):', self, total);
show('top self-time functions:', selfFn, total);
if (args.includes('--keep')) console.log(`\nprofile kept: ${join(dir, file)}`);
else rmSync(dir, { recursive: true, force: true });
