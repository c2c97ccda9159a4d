import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** No code, comment, test or fixture may copy ten words in a row from the publishers' texts in ../shared (run only where they are present). */
const root = resolve(__dirname, '..', '..');
const shared = resolve(root, '..', 'shared');
const hook = resolve(shared, 'hooks', 'copy-guard.mjs');

describe.skipIf(!existsSync(hook))('the copy check (../shared/hooks/copy-guard.mjs)', () => {
  it('finds no run of ten words copied from the shared texts', () => {
    const run = spawnSync(process.execPath, [hook, shared], { cwd: root, encoding: 'utf8' });
    expect(run.stdout.trim().split('\n').pop()).toMatch(/: 0$/);
  }, 60_000);
});
