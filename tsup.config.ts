import { defineConfig } from 'tsup';

/**
 * Source maps give stack traces their src/ file and line; they leave out the sources themselves
 * (src/ is not in the package, and the generated word tables would double its size).
 */
const mapsWithoutSources = (options: { sourcesContent?: boolean }): void => {
  options.sourcesContent = false;
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', queue: 'src/queue/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    esbuildOptions: mapsWithoutSources,
    clean: true,
    target: 'node20',
  },
  {
    // cli-worker: the worker thread of `--jsonl --workers N`, loaded from beside cli.js at run time
    // (the two share their code through a chunk).
    entry: { cli: 'src/cli/cli.ts', 'cli-worker': 'src/cli/cli-worker.ts' },
    format: ['esm'],
    sourcemap: true,
    esbuildOptions: mapsWithoutSources,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // Browser bundle: one minified ES module with every dependency inlined, no Node built-ins.
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    noExternal: [/.*/],
    minify: true,
    dts: true,
  },
]);
