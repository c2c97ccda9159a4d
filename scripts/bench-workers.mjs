#!/usr/bin/env node
// Throughput of the CLI's JSON Lines mode with --workers 1 and --workers 2 (or --workers-list 1,2,4).
//   npm run bench:workers                      (builds first)
//   node scripts/bench-workers.mjs [--lines N] [--runs N] [--workers-list 1,2]
//
// Writes a temporary JSON Lines batch of N lines (default 8,000) made from fixtures/*.txt with
// varied ids (strings, numbers, some with and some without a publication date), runs
// `node dist/cli.js --jsonl FILE --workers W` on it, end to end (process start to exit, output to a
// temporary file), median of the runs, and checks that every worker count writes the same bytes.
// For context it also measures the machine's free parallel capacity (a pure-CPU loop in 1 and 2
// threads) and the ceiling: independent single-worker processes, each on its share of the batch.
import { spawn, spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { countWords, loadFixtures } from './bench.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const total = Number(opt('--lines', '8000'));
const runs = Math.max(1, Number(opt('--runs', '3')));
const counts = opt('--workers-list', '1,2').split(',').map(Number);

const fixtures = loadFixtures().map((a) => ({ ...a, name: a.id.replace(/\.txt$/, '') }));

const dir = mkdtempSync(join(os.tmpdir(), 'de-bench-workers-'));
const input = join(dir, 'batch.jsonl');
const lines = [];
let words = 0;
for (let i = 0; i < total; i++) {
  const f = fixtures[i % fixtures.length];
  const id = i % 3 === 0 ? i : `${f.name}/${i}`;
  const record = i % 5 === 4 || !f.published ? { id, text: f.text } : { id, text: f.text, published: f.published };
  lines.push(JSON.stringify(record));
  words += countWords(f.text);
}
writeFileSync(input, `${lines.join('\n')}\n`);

/** CPU seconds (user + system) used by waited-for children so far; Linux only, else null. */
function childCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

const cli = join(root, 'dist', 'cli.js');
function once(workers) {
  const output = join(dir, `out-${workers}.jsonl`);
  const fd = openSync(output, 'w');
  const cpu0 = childCpu();
  const start = performance.now();
  const r = spawnSync(process.execPath, [cli, '--jsonl', input, '--workers', String(workers)], { stdio: ['ignore', fd, 'pipe'] });
  const ms = performance.now() - start;
  const cpu = cpu0 === null ? null : childCpu() - cpu0;
  closeSync(fd);
  if (r.status !== 0) throw new Error(`bench:workers: --workers ${workers} exited with ${r.status}: ${r.stderr}`);
  return { ms, cpu, output };
}

/**
 * The ceiling for W workers on this machine: W independent single-worker CLI processes, each on
 * 1/W of the batch, run at once (no threads, no messages, no reordering). What --workers W
 * loses against it is the cost of the worker machinery; what it lacks against W× is the machine's.
 */
const parts = new Map();
async function ceiling(w) {
  if (!parts.has(w)) {
    const files = Array.from({ length: w }, (_, k) => {
      const file = join(dir, `part-${w}-${k}.jsonl`);
      writeFileSync(file, `${lines.filter((_, i) => i % w === k).join('\n')}\n`);
      return file;
    });
    parts.set(w, files);
  }
  const start = performance.now();
  await Promise.all(
    parts.get(w).map(
      (file) =>
        new Promise((done, fail) => {
          const child = spawn(process.execPath, [cli, '--jsonl', file], { stdio: 'ignore' });
          child.on('error', fail);
          child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`bench:workers: a ceiling process exited with ${code}`))));
        }),
    ),
  );
  return performance.now() - start;
}

const cpu = os.cpus();
console.log(`machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${os.platform()} ${os.arch()}, Node ${process.version}`);
console.log(
  `batch: ${total.toLocaleString('en-US')} lines from ${fixtures.length} fixtures, ${words.toLocaleString('en-US')} words, ` +
    `${(statSync(input).size / 1e6).toFixed(1)} MB; end to end (process start to exit), median of ${runs}`,
);
/**
 * How much parallel capacity the machine has right now, for this very work: `extract` in one
 * worker thread, then in two at once, both warmed up first (so neither start-up nor JIT
 * compilation counts) and each doing the same number of articles. 2.00 means two cores that do
 * not slow each other down; less means the cores share something (busy neighbours, a shared
 * physical core, cache or memory bandwidth). A snapshot: on a shared machine it moves from minute to
 * minute.
 */
async function headroom() {
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.url).then(({ extract }) => {
      const { articles, warm, timed } = workerData;
      const one = (i) => { const a = articles[i % articles.length]; extract(a.text, a.published ? { publishedAt: a.published } : {}); };
      for (let i = 0; i < warm; i++) one(i);
      parentPort.on('message', () => {
        const start = performance.now();
        for (let i = 0; i < timed; i++) one(i);
        parentPort.postMessage(performance.now() - start);
      });
      parentPort.postMessage('ready');
    });`;
  const url = pathToFileURL(join(root, 'dist', 'index.js')).href;
  // Both threads warm up first, long enough for V8 to finish compiling the hot code: compilation
  // left running in the background would use the idle core in the one-thread run only.
  const workers = [0, 1].map(() => new Worker(code, { eval: true, workerData: { url, articles: fixtures, warm: 2000, timed: 1000 } }));
  await Promise.all(workers.map((w) => new Promise((done) => w.once('message', done))));
  const timed = async (ws) => {
    const start = performance.now();
    await Promise.all(ws.map((w) => new Promise((done) => (w.once('message', done), w.postMessage('go')))));
    return performance.now() - start;
  };
  const one = await timed(workers.slice(0, 1));
  const two = await timed(workers);
  await Promise.all(workers.map((w) => w.terminate()));
  return (2 * one) / two;
}

const load = () => os.loadavg()[0].toFixed(2);
const scalingBefore = await headroom();
const loadBefore = load();
const times = new Map(counts.map((w) => [w, []]));
const cpus = new Map(counts.map((w) => [w, []]));
const top = Math.max(...counts);
const ceilings = [];
let reference = null;
for (let r = 0; r < runs; r++) {
  if (top > 1) ceilings.push(await ceiling(top));
  for (const w of counts) {
    const { ms, cpu, output } = once(w);
    times.get(w).push(ms);
    if (cpu !== null) cpus.get(w).push(cpu);
    const bytes = readFileSync(output);
    if (reference === null) reference = bytes;
    else if (!reference.equals(bytes)) throw new Error(`bench:workers: --workers ${w} wrote different output`);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times.get(counts[0]));
for (const w of counts) {
  const ms = median(times.get(w));
  console.log(
    `--workers ${w}: ${(ms / 1000).toFixed(2)} s, ${((total * 1000) / ms).toFixed(1)} lines/s, ` +
      `${Math.round((words * 1000) / ms).toLocaleString('en-US')} words/s` +
      (cpus.get(w).length ? `, ${median(cpus.get(w)).toFixed(1)} s CPU` : '') +
      (w === counts[0]
        ? ''
        : `, ${(base / ms).toFixed(2)}× --workers ${counts[0]} (run by run: ${times
            .get(w)
            .map((t, r) => `${(times.get(counts[0])[r] / t).toFixed(2)}×`)
            .join(', ')})`),
  );
}
if (top > 1) {
  const ms = median(ceilings);
  console.log(
    `ceiling: ${top} independent single-worker processes on 1/${top} of the batch each, at once: ${(ms / 1000).toFixed(2)} s, ` +
      `${(base / ms).toFixed(2)}× --workers ${counts[0]}; --workers ${top} reaches ${((100 * ms) / median(times.get(top))).toFixed(0)}% of it`,
  );
}
const scalingAfter = await headroom();
console.log(`load average (1 min): ${loadBefore} before, ${load()} after, on ${cpu.length} cores`);
console.log(
  `parallel headroom: 2 warmed-up threads running extract do ${scalingBefore.toFixed(2)}× the work of 1 before, ${scalingAfter.toFixed(2)}× after ` +
    '(a few seconds\' snapshot; 2.00 = two cores that do not slow each other down)',
);
if (Math.max(scalingBefore, scalingAfter) < 1.8) {
  console.log('warning: two threads did not get two cores\' worth of work done in either snapshot; speed-ups from more workers are capped by the machine');
}
console.log(`output: identical bytes for every worker count (${reference.length.toLocaleString('en-US')} bytes)`);
rmSync(dir, { recursive: true, force: true });
