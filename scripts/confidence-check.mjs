#!/usr/bin/env node
// Does `confidence` mean something? Runs extract() over ../shared/dev-set/dev.jsonl and prints the
// precision of predicted events with confidence > 0.8 and ≤ 0.8.
//
//   npx tsup --silent && node scripts/confidence-check.mjs [GOLD.jsonl]
//
// Matching follows ../shared/eval/score.mjs (re-implemented here, not imported): a predicted event
// matches a gold event of the same type (or an allowed alternative) when at least two of the gold
// participants are found among its participants (all of them when gold has one); names match by
// surname (accent/case-insensitive, one edit allowed on long names, gold aliases honoured), and a
// gold person also matches a country-only participant of that person's country. Matching is
// one-to-one and greedy: required gold events first, then more participant hits, same primary type,
// overlapping date, matching place. A prediction matched to an optional gold event counts neither as
// right nor wrong (left out of both buckets, reported apart).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const goldPath = resolve(process.argv[2] ?? join(root, '..', 'shared', 'dev-set', 'dev.jsonl'));
const THRESHOLD = 0.8;

if (!existsSync(goldPath)) {
  console.log(`confidence-check skipped: ${goldPath} is not here (../shared is absent on this machine).`);
  process.exit(0);
}
const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) {
  console.error('confidence-check: dist/index.js is missing; build first with `npx tsup --silent`.');
  process.exit(2);
}
const { extract } = await import(pathToFileURL(dist).href);

// ---------- names and places, as the scorer compares them ----------
const fold = (s) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .trim();
const words = (s) => fold(s).split(/\s+/).filter(Boolean);

/** True when a and b differ by at most one insertion, deletion, substitution or adjacent swap. */
function withinOneEdit(a, b) {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
  if (a.slice(i + 1) === b.slice(i)) return true; // deletion from a
  if (a.slice(i) === b.slice(i + 1)) return true; // insertion into a
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
}
const similarWord = (a, b) => a === b || (a.length >= 5 && b.length >= 5 && withinOneEdit(a, b));

/** Does a predicted name refer to the gold person? By surname, or by a multi-word alias. */
function samePerson(goldName, predName, aliases = []) {
  if (!goldName || !predName) return false;
  const predWords = words(predName);
  const padded = ` ${predWords.join(' ')} `;
  const keys = [words(goldName).at(-1), ...aliases.map((a) => words(a).join(' '))].filter(Boolean);
  return keys.some((k) => (k.includes(' ') ? padded.includes(` ${k} `) : predWords.some((w) => similarWord(k, w))));
}
const isCode = (s) => typeof s === 'string' && /^[A-Z]{3}$/.test(s);

function participantFound(goldP, predP, doc) {
  if (isCode(goldP)) return predP.country === goldP || (!!predP.name && fold(predP.name) === fold(goldP));
  if (!predP.name) return !!predP.country && doc.countryOf.get(goldP) === predP.country;
  return samePerson(goldP, predP.name, doc.aliases.get(goldP));
}

function dayRange(d) {
  if (d == null) return null;
  if (typeof d === 'string') return { start: d.slice(0, 10), end: d.slice(0, 10) };
  const start = d.start ?? null;
  return start ? { start: String(start).slice(0, 10), end: String(d.end ?? start).slice(0, 10) } : null;
}
const overlaps = (a, b) => !!a && !!b && a.start <= b.end && b.start <= a.end;
function placeMatches(goldEvent, predLocation) {
  const p = fold(predLocation?.name ?? '');
  if (!goldEvent.location || !p) return false;
  return [goldEvent.location, ...(goldEvent.locationAlternatives ?? [])].some((l) => {
    const g = fold(l);
    return !!g && (g.includes(p) || p.includes(g));
  });
}

/** Pairs predicted events with gold events of one document: Map(predIndex → gold event). */
function matchDocument(gold, predicted) {
  const doc = {
    aliases: new Map((gold.people ?? []).map((x) => [x.name, x.aliases ?? []])),
    countryOf: new Map((gold.people ?? []).map((x) => [x.name, x.country ?? null])),
  };
  const pairs = [];
  (gold.events ?? []).forEach((g, gi) => {
    const types = new Set([g.type, ...(g.typeAlternatives ?? [])]);
    predicted.forEach((p, pi) => {
      if (!types.has(p.type)) return;
      const parts = p.participants ?? [];
      const hits = g.participants.filter((gp) => parts.some((pp) => participantFound(gp, pp, doc))).length;
      if (hits < Math.min(2, g.participants.length)) return;
      const score =
        (g.optional ? 0 : 10) +
        hits +
        (p.type === g.type ? 0.1 : 0) +
        (overlaps(dayRange(g.date), dayRange(p.date)) ? 0.5 : 0) +
        (placeMatches(g, p.location) ? 0.25 : 0);
      pairs.push({ gi, pi, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score);
  const goldTaken = new Set();
  const matched = new Map();
  for (const { gi, pi } of pairs) {
    if (goldTaken.has(gi) || matched.has(pi)) continue;
    goldTaken.add(gi);
    matched.set(pi, gold.events[gi]);
  }
  return matched;
}

// ---------- run ----------
const docs = readFileSync(goldPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const bucket = () => ({ right: 0, wrong: 0, optional: 0 });
const buckets = { high: bucket(), low: bucket() };
const bands = new Map(); // finer view, by tenths
const wrongIds = { high: [], low: [] };
let goldRequired = 0;
let goldFound = 0;

for (const d of docs) {
  const events = extract(d.text, d.published ? { publishedAt: d.published } : {}).events;
  const matched = matchDocument(d, events);
  goldRequired += (d.events ?? []).filter((e) => !e.optional).length;
  goldFound += [...matched.values()].filter((g) => !g.optional).length;
  events.forEach((e, i) => {
    const side = e.confidence > THRESHOLD ? 'high' : 'low';
    const band = Math.min(9, Math.floor(e.confidence * 10 + 1e-9)) / 10;
    const b = bands.get(band) ?? bucket();
    bands.set(band, b);
    const g = matched.get(i);
    const outcome = !g ? 'wrong' : g.optional ? 'optional' : 'right';
    buckets[side][outcome]++;
    b[outcome]++;
    if (outcome === 'wrong') wrongIds[side].push(`${d.id}:${e.id}(${e.type},${e.confidence.toFixed(2)})`);
  });
}

const pct = (x) => (x == null ? '   n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);
const precision = (b) => (b.right + b.wrong ? b.right / (b.right + b.wrong) : null);
const row = (label, b) =>
  `${label.padEnd(22)} precision ${pct(precision(b))}   (${b.right} right, ${b.wrong} wrong, ${b.optional} matched an optional gold event; ${b.right + b.wrong + b.optional} predicted)`;

console.log(`${docs.length} documents, ${goldRequired} required gold events, ${goldFound} of them found (recall ${pct(goldRequired ? goldFound / goldRequired : null)})`);
console.log(row(`confidence > ${THRESHOLD}`, buckets.high));
console.log(row(`confidence ≤ ${THRESHOLD}`, buckets.low));
console.log(`(an event at exactly ${THRESHOLD} is in the ≤ bucket; the bands below are by tenths)`);
console.log('by band:');
for (const band of [...bands.keys()].sort((a, b) => b - a))
  console.log(row(`  [${band.toFixed(1)}, ${(band + 0.1).toFixed(1)}${band === 0.9 ? ']' : ')'}`, bands.get(band)));
console.log(`unmatched predictions, confidence > ${THRESHOLD}: ${wrongIds.high.join(', ') || 'none'}`);
console.log(`unmatched predictions, confidence ≤ ${THRESHOLD}: ${wrongIds.low.join(', ') || 'none'}`);
