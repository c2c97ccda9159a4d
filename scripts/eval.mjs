#!/usr/bin/env node
// Scores the CLI against a gold JSON Lines file with ../shared/eval/score.mjs.
//   npm run eval -- GOLD.jsonl [--verbose] [--json]
// Runs the built CLI in --jsonl mode over the gold texts, then prints the scorer's table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');
const args = process.argv.slice(2);
const gold = args.find((a) => !a.startsWith('--'));
const flags = args.filter((a) => a.startsWith('--'));

if (!existsSync(scorer)) {
  console.log(`eval skipped: the scorer ${scorer} is not here (../shared is absent on this machine).`);
  process.exit(0);
}
if (!gold) {
  console.error('usage: npm run eval -- GOLD.jsonl [--verbose] [--json]');
  process.exit(2);
}
if (!existsSync(gold)) {
  console.error(`eval: no such gold file: ${gold}`);
  process.exit(2);
}
const cli = join(root, 'dist', 'cli.js');
const run = spawnSync(process.execPath, [cli, '--jsonl', gold], { encoding: 'utf8', maxBuffer: 1 << 30 });
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  console.error(`eval: the CLI exited with ${run.status}`);
  process.exit(1);
}
const predictions = join(mkdtempSync(join(tmpdir(), 'de-eval-')), 'predictions.jsonl');
writeFileSync(predictions, run.stdout);
const score = spawnSync(process.execPath, [scorer, gold, predictions, ...flags], { stdio: 'inherit' });
process.exit(score.status ?? 1);
