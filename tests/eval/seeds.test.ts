import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The two founding articles must be read exactly as their gold says. They live outside this
 * repository (../shared, with the team's scorer), so the test runs only where they are present;
 * their text is never copied here.
 */
const root = resolve(__dirname, '..', '..');
const gold = resolve(root, '..', 'shared', 'gold', 'seeds.jsonl');
const scorer = resolve(root, '..', 'shared', 'eval', 'score.mjs');
const cli = join(root, 'dist', 'cli.js');
const present = existsSync(gold) && existsSync(scorer) && existsSync(cli);

describe.skipIf(!present)('the seed articles (../shared/gold/seeds.jsonl)', () => {
  it('are read with every event, person and country of their gold and nothing more', () => {
    const run = spawnSync(process.execPath, [cli, '--jsonl', gold], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const predictions = join(mkdtempSync(join(tmpdir(), 'de-seeds-')), 'predictions.jsonl');
    writeFileSync(predictions, run.stdout);
    const score = spawnSync(process.execPath, [scorer, gold, predictions, '--json'], { encoding: 'utf8' });
    const report = JSON.parse(score.stdout) as Record<string, { f1: number }>;
    expect({ events: report.events?.f1, people: report.people?.f1, countries: report.countries?.f1 }).toEqual({ events: 1, people: 1, countries: 1 });
  });
});
