#!/usr/bin/env node
// Writes src/entities/people/data/name-lexicon.generated.ts from compromise's lexicon: the words it
// tags as given names, as parts of names, and as ordinary English words. The people stage reads
// this table instead of importing compromise at run time (importing compromise takes ~0.3 s, the
// table ~10 ms). Run after upgrading compromise; tests/entities/name-lexicon.test.ts fails when the
// table is out of date.
//   node scripts/gen-name-lexicon.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildNameLexicon, renderNameLexicon } from './name-lexicon-source.mjs';

const target = fileURLToPath(new URL('../src/entities/people/data/name-lexicon.generated.ts', import.meta.url));
const text = renderNameLexicon(await buildNameLexicon());
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error('name-lexicon.generated.ts is out of date: run node scripts/gen-name-lexicon.mjs');
    process.exit(1);
  }
  console.log('name-lexicon.generated.ts is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
