#!/usr/bin/env node
// Throughput of `extract` against three baselines, on the same corpus, in one run.
//   npm run bench                 (builds first)
//   node scripts/bench.mjs [--runs N] [--json]
//
// Corpus: fixtures/*.txt (header " date YYYY-MM-DD" parsed as in src/cli/article-file.ts) plus the
// texts of ../shared/dev-set/dev.jsonl when that file exists (read at run time, never copied).
// Every system runs in a fresh child process of its own: cold start (import + model loading +
// first call) is measured there, then one warm-up pass over the corpus, then N timed passes
// (median reported). Each article is one call. Words are whitespace-separated tokens of the text,
// counted the same way for every system. Peak RSS is the child's maximum resident set size.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEV = resolve(root, '..', 'shared', 'dev-set', 'dev.jsonl');
const HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\r?\n|$)/;

/** The systems measured, in the order printed. */
const SYSTEMS = {
  extract: 'diplomatic-events extract()',
  wink: '(a) wink-nlp readDoc + sentences (sbd, pos)',
  compromise: '(b) compromise nlp() + .people() + .places()',
  'compromise-dates': '(c) compromise + compromise-dates: (b) + .dates()',
};

/** The fixture articles, `{ id: file name, text, published? }`, in file-name order. */
export function loadFixtures() {
  const articles = [];
  const dir = join(root, 'fixtures');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    let body = readFileSync(join(dir, name), 'utf8');
    if (body.charCodeAt(0) === 0xfeff) body = body.slice(1);
    const m = HEADER.exec(body);
    articles.push(m ? { id: name, text: body.slice(m[0].length), published: m[1] } : { id: name, text: body });
  }
  return articles;
}

export function loadCorpus() {
  const articles = loadFixtures();
  const fixtures = articles.length;
  if (existsSync(DEV)) {
    for (const line of readFileSync(DEV, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const r = JSON.parse(line);
      if (typeof r.text === 'string') articles.push({ id: r.id, text: r.text, published: r.published });
    }
  }
  return { articles, fixtures, dev: articles.length - fixtures };
}

export const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

/** Returns the function that processes one article for a system (after importing what it needs). */
async function setup(system) {
  switch (system) {
    case 'extract': {
      const { extract } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
      return (a) => extract(a.text, a.published ? { publishedAt: a.published } : {});
    }
    case 'wink': {
      const { default: winkNLP } = await import('wink-nlp');
      const { default: model } = await import('wink-eng-lite-web-model');
      const nlp = winkNLP(model, ['sbd', 'pos']);
      return (a) => nlp.readDoc(a.text).sentences().out();
    }
    case 'compromise': {
      const { default: nlp } = await import('compromise');
      return (a) => {
        const doc = nlp(a.text);
        return [doc.people().out('array'), doc.places().out('array')];
      };
    }
    case 'compromise-dates': {
      const { default: nlp } = await import('compromise');
      const { default: dates } = await import('compromise-dates');
      nlp.extend(dates);
      return (a) => {
        const doc = nlp(a.text);
        return [doc.people().out('array'), doc.places().out('array'), doc.dates(a.published ? { today: a.published } : {}).get()];
      };
    }
    default:
      throw new Error(`unknown system ${system}`);
  }
}

async function child(system, runs) {
  const { articles } = loadCorpus();
  const t0 = performance.now();
  const run = await setup(system);
  const tImported = performance.now();
  run(articles[0]);
  const tFirst = performance.now();
  for (const a of articles) run(a); // warm-up pass
  const times = [];
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (const a of articles) sink += run(a) ? 1 : 0;
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  const median = times[Math.floor(times.length / 2)];
  process.stdout.write(
    `${JSON.stringify({
      system,
      importMs: tImported - t0,
      firstCallMs: tFirst - tImported,
      coldStartMs: tFirst - t0,
      sinceProcessStartMs: tFirst, // performance.now() counts from process start
      medianMs: median,
      minMs: times[0],
      maxMs: times[times.length - 1],
      runs,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      sink,
    })}\n`,
  );
}

function fmt(n, digits = 0) {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function parent(runs, asJson) {
  const { articles, fixtures, dev } = loadCorpus();
  const words = articles.reduce((n, a) => n + countWords(a.text), 0);
  const cpu = os.cpus();
  const machine =
    `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${os.platform()} ${os.arch()}, Node ${process.version}` +
    ` (load average ${os.loadavg()[0].toFixed(2)} at start)`;
  const results = [];
  for (const system of Object.keys(SYSTEMS)) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', system, '--runs', String(runs)], {
      encoding: 'utf8',
      cwd: root,
    });
    if (r.status !== 0) {
      process.stderr.write(r.stderr);
      throw new Error(`bench: the ${system} child exited with ${r.status}`);
    }
    const m = JSON.parse(r.stdout.trim().split('\n').pop());
    m.wordsPerSec = words / (m.medianMs / 1000);
    m.articlesPerSec = articles.length / (m.medianMs / 1000);
    results.push(m);
  }
  const ext = results[0];
  if (asJson) {
    console.log(JSON.stringify({ machine, articles: articles.length, fixtures, dev, words, results }, null, 2));
    return;
  }
  console.log(`machine: ${machine}`);
  console.log(
    `corpus: ${articles.length} articles (${fixtures} fixtures${dev ? `, ${dev} from ../shared/dev-set/dev.jsonl` : ', ../shared absent'}), ` +
      `${fmt(words)} words; median of ${runs} passes after a warm-up pass, one call per article`,
  );
  console.log('');
  const rows = [['system', 'words/s', 'articles/s', 'median pass', 'extract ÷ system', 'cold start', 'peak RSS']];
  for (const m of results) {
    rows.push([
      SYSTEMS[m.system],
      fmt(m.wordsPerSec),
      fmt(m.articlesPerSec, 1),
      `${fmt(m.medianMs, 1)} ms`,
      m === ext ? '' : `${fmt(ext.wordsPerSec / m.wordsPerSec, 2)}×`,
      `${fmt(m.coldStartMs)} ms`,
      `${fmt(m.peakRssMb)} MB`,
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  console.log('');
  console.log(
    `extract cold start: ${fmt(ext.coldStartMs)} ms = import ${fmt(ext.importMs)} ms + first call ${fmt(ext.firstCallMs)} ms ` +
      `(models load lazily on the first call); ${fmt(ext.sinceProcessStartMs)} ms from process start; peak RSS ${fmt(ext.peakRssMb)} MB`,
  );
  console.log('extract ÷ system: extract words/s divided by the system\'s (below 1: extract is slower).');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(5, Number(args[runsAt + 1]) || 7) : 7;
  const childAt = args.indexOf('--child');
  if (childAt >= 0) await child(args[childAt + 1], runs);
  else parent(runs, args.includes('--json'));
}
