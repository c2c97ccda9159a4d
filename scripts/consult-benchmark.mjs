#!/usr/bin/env node
// "Does this sentence report a consultation?" measured on the real-news event-coder suites of
// ../shared/benchmarks (third-party data; see its README).
//
//   npx tsup --silent && node scripts/consult-benchmark.mjs
//
// Suites:
//   - plover-gsr        all 322 records of plover-gsr-cameo.jsonl (hand-coded PLOVER gold);
//   - petrarch2-gsr     the 20 records of petrarch-consult.jsonl whose suite is
//                       `petrarch2-gsr-validation` (the only PETRARCH suite of real news; the two
//                       synthetic suites use toy Tolkien actors and are left out).
// Predicted positive: extract() returns at least one event (any type, any status).
// Gold positive: label `consult`, or label `intent_to_meet` (counted as positive, and reported
// separately). PETRARCH-2 codes planned meetings as if they happened (its `annotator_note` says so
// for VERB_0, VERB_1, TEST_11); we keep its `consult` label on them, i.e. for the question "does
// the sentence report a consultation" a planned meeting counts, which our extractor also reports
// (as a planned event). PLOVER codes future meetings as AGREE (label `other`), so on that suite a
// planned event counts against precision; a second line counts only events with status
// `occurred` to show how much of that is planned-vs-happened.
// Output gives counts and record ids only (no text), so it can be pasted into a note.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = resolve(root, '..', 'shared', 'benchmarks');
const files = {
  plover: join(benchDir, 'plover-gsr-cameo.jsonl'),
  petrarch: join(benchDir, 'petrarch-consult.jsonl'),
};

if (!existsSync(benchDir) || !Object.values(files).every((f) => existsSync(f))) {
  console.log(`consult-benchmark skipped: ${benchDir} (plover-gsr-cameo.jsonl, petrarch-consult.jsonl) is not here (../shared is absent on this machine).`);
  process.exit(0);
}
const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) {
  console.error('consult-benchmark: dist/index.js is missing; build first with `npx tsup --silent`.');
  process.exit(2);
}
const { extract } = await import(pathToFileURL(dist).href);

const readJsonl = (p) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l);
      } catch (e) {
        throw new Error(`${p}:${i + 1}: not JSON: ${e.message}`);
      }
    });

const suites = [
  { name: 'plover-gsr', records: readJsonl(files.plover) },
  { name: 'petrarch2-gsr', records: readJsonl(files.petrarch).filter((r) => r.suite === 'petrarch2-gsr-validation') },
];

const POSITIVE = new Set(['consult', 'intent_to_meet']);
const pct = (x) => (x == null ? '   n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);
const ratio = (a, b) => (b ? a / b : null);
const shortId = (id) => String(id).replace(/^[a-z0-9-]+:/i, '');

/** Precision / recall of "predicted positive" against "gold positive" over records. */
function table(rows, predicted, gold) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rows) {
    const p = predicted(r);
    const g = gold(r);
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
    else tn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { tp, fp, fn, tn, precision, recall };
}
const line = (label, t) =>
  `  ${label.padEnd(44)} P ${pct(t.precision)}  R ${pct(t.recall)}   (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}, tn ${t.tn})`;

for (const suite of suites) {
  const rows = suite.records.map((r) => {
    // PLOVER dates are placeholders (2000-01-01) and one PETRARCH date is not ISO ("121108"):
    // run those without a publication date (it only dates events, it does not create them).
    const published = /^\d{4}-\d{2}-\d{2}$/.test(r.date ?? '') && !r.date_is_placeholder ? r.date : undefined;
    let events = [];
    let error = null;
    try {
      events = extract(r.text, published ? { publishedAt: published } : {}).events;
    } catch (e) {
      error = e.message;
    }
    return { id: r.id, label: r.label, note: r.annotator_note ?? null, events, error };
  });
  const labels = {};
  for (const r of rows) labels[r.label] = (labels[r.label] ?? 0) + 1;
  const anyEvent = (r) => r.events.length > 0;
  const occurredEvent = (r) => r.events.some((e) => e.status === 'occurred');
  const goldPos = (r) => POSITIVE.has(r.label);
  const goldConsult = (r) => r.label === 'consult';

  console.log(`== ${suite.name}: ${rows.length} records (${Object.entries(labels).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  const main = table(rows, anyEvent, goldPos);
  console.log(line('≥1 event vs consult+intent_to_meet', main));
  const consultOnly = rows.filter((r) => r.label !== 'intent_to_meet');
  console.log(line('≥1 event vs consult (intent_to_meet left out)', table(consultOnly, anyEvent, goldConsult)));
  console.log(line('≥1 occurred event vs consult+intent_to_meet', table(rows, occurredEvent, goldPos)));
  const intent = rows.filter((r) => r.label === 'intent_to_meet');
  if (intent.length) {
    const found = intent.filter(anyEvent);
    console.log(`  intent_to_meet: ${found.length}/${intent.length} predicted positive` + (intent.length ? ` [${intent.map((r) => `${shortId(r.id)}:${anyEvent(r) ? 'found' : 'missed'}`).join(', ')}]` : ''));
  } else {
    console.log('  intent_to_meet: none in this suite');
  }
  const fnIds = rows.filter((r) => goldPos(r) && !anyEvent(r)).map((r) => shortId(r.id) + (r.label === 'intent_to_meet' ? ' (intent)' : ''));
  const fpIds = rows
    .filter((r) => !goldPos(r) && anyEvent(r))
    .map((r) => `${shortId(r.id)} (${r.events.map((e) => `${e.type}/${e.status}`).join('+')})`);
  console.log(`  missed (gold positive, no event): ${fnIds.length ? fnIds.join(', ') : 'none'}`);
  console.log(`  false alarms (gold ${[...new Set(rows.filter((r) => !goldPos(r)).map((r) => r.label))].join('/')}, ≥1 event): ${fpIds.length ? fpIds.join(', ') : 'none'}`);
  const flagged = rows.filter((r) => r.note);
  if (flagged.length)
    console.log(`  annotator_note caveats (labels kept as given; planned meetings count as consultations): ${flagged.map((r) => `${shortId(r.id)}:${r.label}:${anyEvent(r) ? 'found' : 'missed'}`).join(', ')}`);
  const errors = rows.filter((r) => r.error);
  if (errors.length) console.log(`  extract threw on: ${errors.map((r) => shortId(r.id)).join(', ')}`);
  console.log('');
}
console.log('Predicted positive = extract() returns ≥ 1 event. Gold positive = label consult or intent_to_meet.');
console.log('PETRARCH-2 GSR codes planned meetings as consultations (annotator_note); those labels are kept, so a planned');
console.log('event counts as a hit there. PLOVER codes future meetings as AGREE (other), so planned events count as false alarms.');
