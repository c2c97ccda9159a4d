#!/usr/bin/env node
// Scores person (PER) and location (LOC) recognition on a CoNLL-2003-format file, for our
// pipeline and, for reference, for compromise alone. Internal benchmark (issue 3): the data is
// not ours to ship, so it is read from ../shared and never copied into the project.
//   npx tsup --silent && node scripts/ner-conll.mjs [path] [--errors N]
// path defaults to ../shared/benchmarks/conll2003-test.txt (conllpp-test.txt works too).
// --errors N also prints N false positives and N false negatives of our PER, with context
// (--errors-type LOC lists those of LOC instead).
//
// Our LOC is the country names and capitals, the known places and the world regions, seas and
// oceans the library finds (findCountryMentions, findPlaceMentions, findRegionMentions).
//
// Method: each document (split at -DOCSTART-) is rebuilt as text, tokens joined by single
// spaces and sentences by newlines, keeping every token's character offsets. Gold entities come
// from the BIO/IOB1 tags (an I-X after O or another type, or any B-X, starts an entity).
// Predicted character spans are mapped to the tokens they overlap, leading/trailing
// punctuation-only tokens and a trailing possessive ("'s", "'") dropped; a prediction is right
// when it covers exactly the same tokens as a gold entity of the same type (conlleval style).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const errorsAt = args.indexOf('--errors');
const errorSample = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 30) : 0;
const typeAt = args.indexOf('--errors-type');
const errorType = typeAt >= 0 ? args[typeAt + 1] : 'PER';
const positional = args.filter((a, i) => !a.startsWith('--') && !(errorsAt >= 0 && i === errorsAt + 1) && !(typeAt >= 0 && i === typeAt + 1));
const path = resolve(positional[0] ?? resolve(root, '..', 'shared', 'benchmarks', 'conll2003-test.txt'));

if (!existsSync(path)) {
  console.log(`ner-conll skipped: no CoNLL file at ${path} (../shared is absent on this machine?).`);
  process.exit(0);
}
const dist = resolve(root, 'dist', 'index.js');
if (!existsSync(dist)) {
  console.log('ner-conll: dist/index.js is missing; run `npx tsup --silent` first.');
  process.exit(1);
}
const lib = await import(dist);
const { default: nlp } = await import('compromise');

// ---- read the file into documents --------------------------------------------------------------

/** @returns {{ text: string, tokens: {start:number,end:number,word:string}[], gold: Map<string,string> }[]} */
function readDocuments(file) {
  const docs = [];
  let sentences = [];
  let sentence = [];
  const flushSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const flushDoc = () => {
    flushSentence();
    if (sentences.length) docs.push(buildDocument(sentences));
    sentences = [];
  };
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      flushSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flushDoc();
      continue;
    }
    sentence.push({ word: cols[0], tag: cols[cols.length - 1] });
  }
  flushDoc();
  return docs;
}

function buildDocument(sentences) {
  const tokens = [];
  const gold = new Map(); // "startTok:endTok" -> type (endTok inclusive)
  let text = '';
  for (const [s, sentence] of sentences.entries()) {
    if (s > 0) text += '\n';
    let open = null; // { type, start }
    const close = (end) => {
      if (open) gold.set(`${open.start}:${end}`, open.type);
      open = null;
    };
    for (const [i, { word, tag }] of sentence.entries()) {
      if (i > 0) text += ' ';
      const index = tokens.length;
      tokens.push({ start: text.length, end: text.length + word.length, word });
      text += word;
      const [prefix, type] = tag === 'O' ? ['O', null] : [tag.slice(0, 1), tag.slice(2)];
      if (prefix === 'O') close(index - 1);
      else if (prefix === 'B' || !open || open.type !== type) {
        close(index - 1);
        open = { type, start: index };
      }
    }
    close(tokens.length - 1);
  }
  return { text, tokens, gold };
}

// ---- character spans -> token spans -------------------------------------------------------------

const PUNCT_ONLY = /^[^\p{L}\p{N}]+$/u;
const POSSESSIVE = /^['’]s?$/i;

function tokenSpan(tokens, start, end) {
  // Tokens are sorted; a linear scan is fast enough for documents of a few hundred tokens.
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start < end && t.end > start) {
      if (first < 0) first = i;
      last = i;
    } else if (t.start >= end) break;
  }
  if (first < 0) return null;
  while (first <= last && PUNCT_ONLY.test(tokens[first].word)) first++;
  while (last >= first && (PUNCT_ONLY.test(tokens[last].word) || POSSESSIVE.test(tokens[last].word))) last--;
  return first <= last ? `${first}:${last}` : null;
}

// ---- systems -----------------------------------------------------------------------------------

/** Our pipeline: returns { PER: Set<key>, LOC: Set<key> }. */
function ours(doc) {
  const text = doc.text;
  const segmented = lib.segment(text);
  const countryMentions = lib.findCountryMentions(text);
  const organisationMentions = lib.findOrganisationMentions(text);
  const people = lib.findPeople({ doc: segmented, countryMentions, organisationMentions, publishedAt: null });
  const PER = new Set();
  for (const person of people) {
    for (const m of person.mentions) {
      const key = tokenSpan(doc.tokens, m.start, m.end);
      if (key) PER.add(key);
    }
  }
  const LOC = new Set();
  for (const m of countryMentions) {
    if (m.kind !== 'name' && m.kind !== 'capital') continue;
    const key = tokenSpan(doc.tokens, m.start, m.end);
    if (key) LOC.add(key);
  }
  for (const find of [lib.findPlaceMentions, lib.findRegionMentions]) {
    if (typeof find !== 'function') continue;
    for (const m of find(text)) {
      const key = tokenSpan(doc.tokens, m.start, m.end);
      if (key) LOC.add(key);
    }
  }
  return { PER, LOC };
}

function compromiseAlone(doc) {
  const parsed = nlp(doc.text);
  const spans = (view) => {
    const out = new Set();
    for (const match of view.json({ offset: true })) {
      const { start, length } = match.offset;
      const key = tokenSpan(doc.tokens, start, start + length);
      if (key) out.add(key);
    }
    return out;
  };
  return { PER: spans(parsed.people()), LOC: spans(parsed.places()) };
}

// ---- scoring -----------------------------------------------------------------------------------

const TYPES = ['PER', 'LOC'];

function score(docs, system) {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const errors = { fp: [], fn: [] }; // of one type, for --errors
  const started = performance.now();
  for (const [d, doc] of docs.entries()) {
    const predicted = system(doc);
    for (const type of TYPES) {
      const c = counts[type];
      for (const key of predicted[type]) {
        if (doc.gold.get(key) === type) c.tp++;
        else {
          c.fp++;
          if (type === errorType) errors.fp.push({ d, key, gold: doc.gold.get(key) });
        }
      }
      for (const [key, goldType] of doc.gold) {
        if (goldType === type && !predicted[type].has(key)) {
          c.fn++;
          if (type === errorType) errors.fn.push({ d, key });
        }
      }
    }
  }
  return { counts, errors, ms: performance.now() - started };
}

function prf({ tp, fp, fn }) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

// ---- run ---------------------------------------------------------------------------------------

const docs = readDocuments(path);
const goldCounts = Object.fromEntries(TYPES.map((t) => [t, 0]));
for (const doc of docs) for (const type of doc.gold.values()) if (type in goldCounts) goldCounts[type]++;
console.log(`${path}`);
console.log(
  `${docs.length} documents, ${docs.reduce((n, d) => n + d.tokens.length, 0)} tokens; ` +
    `gold PER ${goldCounts.PER}, LOC ${goldCounts.LOC}`,
);
if (typeof lib.findPlaceMentions !== 'function') {
  console.log('note: findPlaceMentions is not exported from the package; our LOC = country names and capitals only.');
}
console.log('');

const systems = [
  ['diplomatic-events', ours],
  ['compromise', compromiseAlone],
];
const results = systems.map(([name, fn]) => [name, score(docs, fn)]);

const header = ['system', 'type', 'P', 'R', 'F1', 'tp', 'fp', 'fn'];
const rows = [];
for (const [name, { counts }] of results) {
  for (const type of TYPES) {
    const { p, r, f } = prf(counts[type]);
    const { tp, fp, fn } = counts[type];
    rows.push([name, type, p.toFixed(3), r.toFixed(3), f.toFixed(3), tp, fp, fn].map(String));
  }
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
console.log('');
for (const [name, { ms }] of results) console.log(`${name}: ${(ms / 1000).toFixed(1)} s`);

// ---- optional: sample of our errors of one type ----------------------------------------------------------

if (errorSample > 0) {
  const [, { errors }] = results[0];
  const show = (list, label) => {
    console.log(`\n${label} (${list.length} in all; every ${Math.max(1, Math.floor(list.length / errorSample))}th shown)`);
    const step = Math.max(1, Math.floor(list.length / errorSample));
    for (let i = 0; i < list.length && i / step < errorSample; i += step) {
      const { d, key, gold } = list[i];
      const { tokens } = docs[d];
      const [a, b] = key.split(':').map(Number);
      const words = (from, to) => tokens.slice(Math.max(0, from), Math.max(0, to)).map((t) => t.word).join(' ');
      const target = words(a, b + 1);
      const goldNote = gold ? ` [gold ${gold}]` : '';
      console.log(`  ${words(a - 5, a)} [[${target}]] ${words(b + 1, b + 6)}${goldNote}`);
    }
  };
  show(errors.fp, `diplomatic-events ${errorType} false positives`);
  show(errors.fn, `diplomatic-events ${errorType} false negatives`);
}
process.exit(0);
