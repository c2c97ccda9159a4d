#!/usr/bin/env node
// Throughput of the work queue: articles per second with 1, 2 and 4 `queue work` processes.
//   npm run bench:queue                           (builds first; needs redis-server on PATH)
//   node scripts/bench-queue.mjs [--lines N] [--workers-list 1,2,4]
//
// Starts a throwaway redis-server on a free loopback port (no persistence), writes a JSON Lines
// batch of N lines (default 4,000) from fixtures/*.txt, and for each worker count adds the batch to
// a fresh queue, then times W `diplomatic-events queue work --exit-when-drained` processes from
// their start to the last exit. The `--jsonl` run of the same batch in one process is the baseline,
// and the first queue run's results are checked byte for byte against it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadFixtures } from './bench.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const total = Number(opt('--lines', '4000'));
const counts = opt('--workers-list', '1,2,4').split(',').map(Number);

const run = (argv, options = {}) =>
  new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...argv], { stdio: ['ignore', 'pipe', 'inherit'], ...options });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(out) : fail(new Error(`diplomatic-events ${argv.join(' ')} exited ${code}`))));
  });

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

async function startRedis(dir) {
  const port = await freePort();
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let k = 0; k < 100 && spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() !== 'PONG'; k++) {
    await new Promise((done) => setTimeout(done, 50));
  }
  return { redis, url: `redis://127.0.0.1:${port}` };
}

function writeBatch(file) {
  const articles = loadFixtures();
  const lines = [];
  for (let k = 0; k < total; k++) {
    const a = articles[k % articles.length];
    lines.push(JSON.stringify({ id: `bench-${k}`, text: a.text, ...(a.published ? { published: a.published } : {}) }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

async function main() {
  if (spawnSync('redis-server', ['--version']).status !== 0) throw new Error('redis-server not found (apt-get install -y --no-install-recommends redis-server)');
  const dir = mkdtempSync(join(os.tmpdir(), 'de-bench-queue-'));
  const file = join(dir, 'batch.jsonl');
  writeBatch(file);
  const { redis, url } = await startRedis(dir);
  try {
    let t = performance.now();
    const expected = await run(['--jsonl', file]);
    const baseline = (performance.now() - t) / 1000;
    console.log(`${total} articles (fixtures), ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`);
    console.log(`--jsonl, one process:   ${baseline.toFixed(1)} s   ${Math.round(total / baseline)} articles/s`);
    for (const [k, workers] of counts.entries()) {
      const target = ['--redis', url, '--queue', `bench-${workers}-${k}`];
      t = performance.now();
      await run(['queue', 'add', file, ...target]);
      const added = (performance.now() - t) / 1000;
      t = performance.now();
      await Promise.all(Array.from({ length: workers }, () => run(['queue', 'work', ...target, '--exit-when-drained'])));
      const seconds = (performance.now() - t) / 1000;
      if (k === 0 && (await run(['queue', 'results', ...target])) !== expected) throw new Error('queue results differ from --jsonl output');
      console.log(`queue, ${workers} worker process${workers === 1 ? '  ' : 'es'}: ${seconds.toFixed(1)} s   ${Math.round(total / seconds)} articles/s   (add: ${added.toFixed(1)} s)`);
    }
  } finally {
    redis.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
