/**
 * The work queue end to end, through the built CLI and a real Redis: two workers with one killed
 * mid-run, a graceful stop, a Redis restart, and poison lines. Needs the build and redis-server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../src/pipeline/extract.js';
import { queueStatus, type QueueCounts } from '../../src/queue/index.js';
import { cli, start, waitFor, writeBatch } from './harness.js';
import { announceSkip, RedisServer, SKIP_QUEUE } from './redis-server.js';

announceSkip();

describe.skipIf(SKIP_QUEUE)('queue CLI on a real Redis', () => {
  let redis: RedisServer;
  let dir: string;
  beforeAll(async () => {
    redis = await RedisServer.start();
    dir = mkdtempSync(join(tmpdir(), 'de-queue-'));
  });
  afterAll(async () => {
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const on = (queue: string): string[] => ['--redis', redis.url, '--queue', queue];
  // polled in-process: a CLI process per poll would take the workers' CPU
  const status = (queue: string): Promise<QueueCounts> => queueStatus({ redis: redis.url, queue });
  const jsonl = async (file: string): Promise<string> => (await cli(['--jsonl', file])).stdout;

  it('1,200 articles through two workers, one killed with SIGKILL mid-run: every line answered once, exactly as --jsonl answers it', async () => {
    const file = join(dir, 'batch.jsonl');
    writeBatch(file, 1200);
    expect((await cli(['queue', 'add', file, ...on('kill')])).stdout).toBe('added 1200 (0 already in the queue)\n');
    expect((await cli(['queue', 'add', file, ...on('kill')])).stdout).toBe('added 0 (1200 already in the queue)\n');
    const work = ['queue', 'work', ...on('kill'), '--exit-when-drained', '--stalled-interval', '1000'];
    const doomed = start(work);
    const survivor = start(work);
    await waitFor(async () => (await status('kill')).done >= 150, 30_000, '150 results');
    doomed.child.kill('SIGKILL');
    expect((await doomed.finished).signal).toBe('SIGKILL');
    const done = await survivor.finished;
    expect(done.code).toBe(0);
    expect(await status('kill')).toEqual({ added: 1200, waiting: 0, active: 0, delayed: 0, done: 1200, failed: 0 });
    const results = await cli(['queue', 'results', ...on('kill')]);
    expect(results.code).toBe(0);
    expect(results.stdout).toBe(await jsonl(file));
  }, 90_000);

  it('SIGTERM finishes the jobs in hand and exits; another worker does the rest', async () => {
    const file = join(dir, 'term.jsonl');
    writeBatch(file, 300);
    await cli(['queue', 'add', file, ...on('term')]);
    const first = start(['queue', 'work', ...on('term'), '--concurrency', '2']);
    await waitFor(async () => (await status('term')).done >= 20, 30_000, '20 results');
    first.child.kill('SIGTERM');
    expect((await first.finished).code).toBe(0);
    const after = await status('term');
    expect(after.active).toBe(0);
    expect(after.done).toBeLessThan(300);
    expect((await cli(['queue', 'work', ...on('term'), '--exit-when-drained'])).code).toBe(0);
    expect((await cli(['queue', 'results', ...on('term')])).stdout).toBe(await jsonl(file));
  }, 60_000);

  it('a worker rides out a Redis restart and finishes the queue', async () => {
    const file = join(dir, 'restart.jsonl');
    writeBatch(file, 500);
    await cli(['queue', 'add', file, ...on('restart')]);
    // A job whose completion was cut by the restart can be left holding its lock: the stalled
    // check takes it back, after up to two intervals (a short one here; 30 s by default).
    const worker = start(['queue', 'work', ...on('restart'), '--exit-when-drained', '--stalled-interval', '2000']);
    await waitFor(async () => (await status('restart')).done >= 30, 30_000, '30 results');
    await redis.halt();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await redis.run();
    const done = await worker.finished;
    expect(done.code).toBe(0);
    expect(done.stderr).toContain('queue work: the connection to Redis was lost; reconnecting');
    expect((await cli(['queue', 'results', ...on('restart')])).stdout).toBe(await jsonl(file));
  }, 60_000);

  it('bad lines (not JSON, no text, over the size limit) get the error lines --jsonl gives them, once, and the others go on', async () => {
    const file = join(dir, 'poison.jsonl');
    const good = writeBatch(join(dir, 'good.jsonl'), 3);
    const lines = [good[0], 'not json {', JSON.stringify({ id: 'no-text' }), JSON.stringify({ id: 'huge', text: 'a '.repeat(MAX_TEXT_LENGTH) }), good[1], '', good[2]];
    writeFileSync(file, `${lines.join('\n')}\n`);
    expect((await cli(['queue', 'add', file, ...on('poison')])).stdout).toBe('added 6 (0 already in the queue)\n');
    expect((await cli(['queue', 'work', ...on('poison'), '--exit-when-drained'])).code).toBe(0);
    expect(await status('poison')).toMatchObject({ added: 6, done: 6, failed: 0 });
    const expected = (await jsonl(file)).split('\n').filter((line) => !line.includes('"blank line"')).join('\n');
    const results = (await cli(['queue', 'results', ...on('poison')])).stdout;
    expect(results).toBe(expected);
    expect(results.split('\n').filter((line) => line.includes('"error"'))).toHaveLength(3);
  }, 30_000);

  it('says so when Redis cannot be reached, and when an option is misplaced', async () => {
    const down = await cli(['queue', 'status', '--redis', 'redis://127.0.0.1:1', '--queue', 'x']);
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1/);
    expect((await cli(['queue', 'status', '--redis', redis.url])).stderr).toMatch(/needs --queue NAME/);
    expect((await cli(['queue', 'add', 'x.jsonl', ...on('x'), '--concurrency', '2'])).stderr).toMatch(/--concurrency does not apply to queue add/);
    expect((await cli(['queue', 'frobnicate', ...on('x')])).stderr).toMatch(/unknown queue command "frobnicate"/);
  }, 30_000);
});
