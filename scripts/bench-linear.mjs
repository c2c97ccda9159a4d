#!/usr/bin/env node
/**
 * Checks that `extract` runs in time linear in the length of the text, and reports peak memory.
 *
 * Generates news-like text of about 0.1, 1 and 5 MB from our own templates (varied leaders,
 * invented officials, countries, dates, event sentences and filler sentences), runs `extract`
 * on each after a warm-up, and prints the wall-clock time, the throughput, the CPU time, the ratio
 * of the CPU time per MB of the largest input to that of the smallest, and the peak resident set
 * size. The ratio uses CPU time (the median of 3–5 runs of each size), because other
 * processes on a shared machine stretch wall-clock time without any change in the work done.
 *
 * Exit code 1 when the ratio exceeds 1.5 (the time per MB grows with the size of the text).
 *
 * Usage: npx tsup && node scripts/bench-linear.mjs   (or: npm run bench:linear)
 * Options: --sizes 0.1,1,5   --max-ratio 1.5   --seed 7
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '0.1,1,5' },
    'max-ratio': { type: 'string', default: '1.5' },
    seed: { type: 'string', default: '7' },
  },
});
const SIZES_MB = values.sizes.split(',').map(Number);
const MAX_RATIO = Number(values['max-ratio']);

const { extract } = await import(new URL('../dist/index.js', import.meta.url).href);

/** mulberry32: a small seeded PRNG, so every run measures the same text. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEADERS = [
  ['President', 'Emmanuel Macron', 'French'],
  ['Chancellor', 'Olaf Scholz', 'German'],
  ['President', 'Xi Jinping', 'Chinese'],
  ['President', 'Vladimir Putin', 'Russian'],
  ['Prime Minister', 'Narendra Modi', 'Indian'],
  ['Prime Minister', 'Fumio Kishida', 'Japanese'],
  ['President', 'Yoon Suk Yeol', 'South Korean'],
  ['President', 'Recep Tayyip Erdoğan', 'Turkish'],
  ['President', 'Luiz Inácio Lula da Silva', 'Brazilian'],
  ['Prime Minister', 'Giorgia Meloni', 'Italian'],
  ['President', 'Volodymyr Zelensky', 'Ukrainian'],
  ['Prime Minister', 'Justin Trudeau', 'Canadian'],
  ['President', 'Cyril Ramaphosa', 'South African'],
  ['Prime Minister', 'Anthony Albanese', 'Australian'],
  ['President', 'Andrés Manuel López Obrador', 'Mexican'],
  ['Prime Minister', 'Viktor Orbán', 'Hungarian'],
];
const COUNTRIES = [
  'France', 'Germany', 'China', 'Russia', 'India', 'Japan', 'South Korea', 'Turkey', 'Brazil', 'Italy', 'Ukraine',
  'Canada', 'South Africa', 'Australia', 'Mexico', 'Hungary', 'Kenya', 'Chile', 'Norway', 'Vietnam', 'Egypt', 'Peru',
];
const CAPITALS = ['Paris', 'Berlin', 'Beijing', 'Moscow', 'New Delhi', 'Tokyo', 'Seoul', 'Ankara', 'Brasília', 'Rome', 'Kyiv', 'Ottawa', 'Nairobi', 'Santiago', 'Oslo', 'Hanoi', 'Cairo', 'Lima'];
const DEMONYMS = ['Kenyan', 'Chilean', 'Norwegian', 'Vietnamese', 'Egyptian', 'Peruvian', 'Polish', 'Spanish', 'Dutch', 'Swedish'];
const ROLES = ['Foreign Minister', 'Trade Minister', 'Defence Minister', 'Finance Minister', 'Ambassador'];
// Invented officials: many distinct people, as a large corpus of articles has.
const GIVEN = ['Amara', 'Tomas', 'Ilse', 'Kofi', 'Rania', 'Joaquín', 'Mei', 'Aleksi', 'Sunita', 'Pedro', 'Hana', 'Oskar', 'Leila', 'Dmitri', 'Ines'];
const FAMILY_A = ['Bel', 'Kor', 'Van', 'Mar', 'Dal', 'Ses', 'Tur', 'Lom', 'Rav', 'Pen', 'Gar', 'Hol', 'Nir', 'Ost'];
const FAMILY_B = ['anko', 'ström', 'elli', 'ossa', 'ardt', 'iova', 'uken', 'enza', 'idis', 'orro', 'aine', 'undo'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function generator(seed) {
  const rnd = prng(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const official = () => `${pick(DEMONYMS)} ${pick(ROLES)} ${pick(GIVEN)} ${pick(FAMILY_A)}${pick(FAMILY_B)}`;
  const leader = () => {
    const [title, name, demonym] = pick(LEADERS);
    return `${demonym} ${title} ${name}`;
  };
  const surname = () => pick(LEADERS)[1].split(' ').pop();
  const date = () =>
    pick([
      () => `on ${pick(WEEKDAYS)}`,
      () => `on ${1 + Math.floor(rnd() * 28)} ${pick(MONTHS)} ${2015 + Math.floor(rnd() * 10)}`,
      () => `last week`,
      () => `in ${pick(MONTHS)}`,
      () => `on ${pick(MONTHS)} ${1 + Math.floor(rnd() * 28)}`,
      () => `next month`,
    ])();
  const eventSentence = () =>
    pick([
      () => `${leader()} spoke by phone ${date()} with ${leader()}, according to a statement from the government.`,
      () => `${leader()} met ${leader()} in ${pick(CAPITALS)} ${date()} to discuss trade and security.`,
      () => `${leader()} will host ${leader()} in ${pick(CAPITALS)} ${date()}, officials said.`,
      () => `${official()} held talks with ${official()} ${date()} on fishing rights and port fees.`,
      () => `Leaders of ${pick(COUNTRIES)}, ${pick(COUNTRIES)} and ${pick(COUNTRIES)} are expected to attend a summit in ${pick(CAPITALS)} ${date()}.`,
      () => `${surname()} and ${surname()} agreed to meet again ${date()}.`,
      () => `The call lasted about an hour, a spokesperson for ${surname()} told reporters.`,
      () => `${official()} visited ${pick(COUNTRIES)} ${date()} and met ${official()}.`,
    ])();
  const filler = () =>
    pick([
      () => `Inflation in ${pick(COUNTRIES)} eased slightly ${date()}, the statistics office reported.`,
      () => `Heavy rain closed several roads near ${pick(CAPITALS)}, and train services were delayed for hours.`,
      () => `The central bank left its main interest rate unchanged at ${1 + Math.floor(rnd() * 9)} percent.`,
      () => `Analysts said the agreement could lower tariffs on steel, grain and electric cars.`,
      () => `Opposition lawmakers in ${pick(COUNTRIES)} criticised the budget plan as too cautious.`,
      () => `A local football club from ${pick(CAPITALS)} won the regional cup after extra time.`,
      () => `${official()} said the negotiations would continue at a technical level.`,
      () => `Exports of coffee, copper and machinery rose by ${2 + Math.floor(rnd() * 30)} percent from a year earlier.`,
    ])();
  return { rnd, eventSentence, filler, headline: () => `${pick(COUNTRIES).toUpperCase()} AND ${pick(COUNTRIES).toUpperCase()} DISCUSS TRADE` };
}

/** News-like text of about `bytes` UTF-8 bytes: paragraphs of 3–6 sentences, with a headline now and then. */
export function newsText(bytes, seed = 7) {
  const g = generator(seed);
  const paragraphs = [];
  let size = 0;
  while (size < bytes) {
    const sentences = [];
    if (g.rnd() < 0.1) sentences.push(`${g.headline()}\n`);
    const n = 3 + Math.floor(g.rnd() * 4);
    for (let i = 0; i < n; i++) sentences.push(g.rnd() < 0.4 ? g.eventSentence() : g.filler());
    const paragraph = sentences.join(' ').replace(/\n /g, '\n');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs.join('\n\n');
}

/** Runs `extract` once; wall-clock and CPU milliseconds (CPU time is what the ratio uses: other processes on the machine inflate wall time, not it). */
function time(text) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = extract(text, { publishedAt: '2024-05-15' });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, result };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const MB = 1024 * 1024;
const seed = Number(values.seed);
// Warm-up: load the NLP models and let the JIT settle on the hot paths.
for (let i = 0; i < 3; i++) time(newsText(0.1 * MB, seed + 100 + i));

const rows = [];
for (const sizeMb of SIZES_MB) {
  let text = newsText(sizeMb * MB, seed);
  const bytes = Buffer.byteLength(text);
  // Every size is timed several times and the median counts, so that one run slowed by the rest of
  // the machine does not decide the ratio.
  const repeats = sizeMb < 0.5 ? 5 : 3;
  const runs = [];
  let counts;
  // peak RSS of the process when the first run of this size ends (later runs add their garbage)
  let peakRss = 0;
  for (let r = 0; r < repeats; r++) {
    const { ms, cpuMs, result } = time(text);
    runs.push({ ms, cpuMs });
    counts = { events: result.events.length, people: result.people.length };
    if (r === 0) peakRss = process.resourceUsage().maxRSS * 1024;
  }
  text = undefined;
  const ms = median(runs.map((x) => x.ms));
  const cpuMs = median(runs.map((x) => x.cpuMs));
  rows.push({ sizeMb, bytes, ms, cpuMs, mbPerS: bytes / MB / (ms / 1000), cpuMsPerMb: cpuMs / (bytes / MB), ...counts, peakRss });
}

const maxRssBytes = process.resourceUsage().maxRSS * 1024;
const pad = (s, n) => String(s).padStart(n);
console.log(`${pad('size', 8)} ${pad('bytes', 10)} ${pad('wall ms', 9)} ${pad('MB/s', 6)} ${pad('CPU ms', 9)} ${pad('CPU ms/MB', 10)} ${pad('events', 7)} ${pad('people', 7)} ${pad('peak RSS MB', 12)}`);
for (const r of rows) {
  console.log(
    `${pad(`${r.sizeMb} MB`, 8)} ${pad(r.bytes, 10)} ${pad(r.ms.toFixed(0), 9)} ${pad(r.mbPerS.toFixed(2), 6)} ${pad(r.cpuMs.toFixed(0), 9)} ${pad(r.cpuMsPerMb.toFixed(0), 10)} ${pad(r.events, 7)} ${pad(r.people, 7)} ${pad((r.peakRss / MB).toFixed(0), 12)}`,
  );
}
const smallest = rows[0];
const largest = rows[rows.length - 1];
const ratio = largest.cpuMsPerMb / smallest.cpuMsPerMb;
console.log(`per-MB CPU time ratio ${largest.sizeMb} MB / ${smallest.sizeMb} MB: ${ratio.toFixed(2)} (limit ${MAX_RATIO})`);
console.log(
  `peak RSS of the ${largest.sizeMb} MB run: ${(largest.peakRss / MB).toFixed(0)} MB (resourceUsage maxRSS after its first run; ${(maxRssBytes / MB).toFixed(0)} MB after all runs)`,
);
if (!(ratio <= MAX_RATIO)) {
  console.error(`FAIL: time per MB grows with the input (ratio ${ratio.toFixed(2)} > ${MAX_RATIO})`);
  process.exit(1);
}
console.log('OK: time grows linearly with the text');
