/** The work queue's API (`diplomatic-events/queue`) on a real Redis, and its argument checks. */
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processLine } from '../../src/cli/process-line.js';
import { InvalidArgumentError } from '../../src/errors.js';
import { addArticles, createWorker, jobIdOf, queueStatus, readResults, type QueueResult } from '../../src/queue/index.js';
import { JOB_NAME, JOB_OPTIONS } from '../../src/queue/job.js';
import { ResultStore, type StoreClient } from '../../src/queue/store.js';
import { announceSkip, RedisServer, SKIP_QUEUE } from './redis-server.js';

announceSkip();

describe('queue arguments', () => {
  it('a bad Redis URL, queue name or concurrency is an InvalidArgumentError naming the field', async () => {
    await expect(addArticles([], { redis: 'localhost:6379', queue: 'q' })).rejects.toThrow(/options\.redis must be a Redis URL/);
    await expect(addArticles([], { redis: 'redis://127.0.0.1:6379', queue: 'a:b' })).rejects.toThrow(InvalidArgumentError);
    await expect(createWorker({ redis: 'redis://127.0.0.1:6379', queue: 'q', concurrency: 0 })).rejects.toThrow(/options\.concurrency must be a whole number/);
    await expect(addArticles([], { redis: 'redis://127.0.0.1:6379', queue: 'q', published: '2024-13-45' })).rejects.toThrow(/options\.published/);
  });

  it('a job id is the line\'s id (kind-prefixed, with ":" escaped), else its line number', () => {
    expect(jobIdOf('{"id":"wire:17","text":"x"}', 3)).toEqual({ jobId: 'id=wire%3A17', id: 'wire:17' });
    expect(jobIdOf('{"id":42,"text":"x"}', 3)).toEqual({ jobId: 'n=42', id: 42 });
    expect(jobIdOf('{"text":"x"}', 3)).toEqual({ jobId: 'line=3', id: null });
    expect(jobIdOf('not json', 9)).toEqual({ jobId: 'line=9', id: null });
  });
});

describe.skipIf(SKIP_QUEUE)('queue API on a real Redis', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await RedisServer.start();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  const lines = [
    JSON.stringify({ id: 'a', text: 'The Kenyan president spoke by phone with the Ghanaian president on Monday.', published: '2024-05-08' }),
    JSON.stringify({ id: 'b', text: 'The foreign ministers of Chile and Peru will meet in Lima next week.', published: '2024-05-08' }),
  ];

  it('adds, works and reads back in the order added, each result what --jsonl writes', async () => {
    const target = { redis: redis.url, queue: 'api' };
    expect(await addArticles(lines, target)).toEqual({ added: 2, alreadyAdded: 0 });
    expect(await addArticles([...lines, lines[0]!], target)).toEqual({ added: 0, alreadyAdded: 3 });
    const worker = await createWorker({ ...target, exitWhenDrained: true });
    await worker.stopped;
    const results: QueueResult[] = [];
    for await (const result of readResults(target)) results.push(result);
    expect(results).toEqual(lines.map((line, k) => ({ jobId: k === 0 ? 'id=a' : 'id=b', state: 'done', json: JSON.stringify(processLine(line, undefined)) })));
    expect(JSON.parse(results[1]!.json!).events[0]).toMatchObject({ type: 'meeting', status: 'planned' });
  });

  it('a job that throws is retried a bounded number of times, then failed with its reason; the others are done', async () => {
    const target = { redis: redis.url, queue: 'poison' };
    await addArticles(lines, target);
    // a job with no line, as a foreign producer might add: the worker throws on it
    const queue = new Queue(target.queue, { connection: { url: redis.url } });
    await queue.add(JOB_NAME, { lineNumber: 1, id: 'bad' }, { ...JOB_OPTIONS, jobId: 'id=bad' });
    await new ResultStore((await queue.client) as unknown as StoreClient, target).recordAdded('id=bad');
    await queue.close();
    const worker = await createWorker({ ...target, exitWhenDrained: true });
    await worker.stopped;
    expect(await queueStatus(target)).toEqual({ added: 3, waiting: 0, active: 0, delayed: 0, done: 2, failed: 1 });
    const results: QueueResult[] = [];
    for await (const result of readResults(target)) results.push(result);
    expect(results.map((r) => r.state)).toEqual(['done', 'done', 'failed']);
    expect(JSON.parse(results[2]!.json!)).toEqual({ id: 'bad', error: 'the job failed after 3 attempts: the job has no "line": it was not added by diplomatic-events' });
  }, 20_000);
});
