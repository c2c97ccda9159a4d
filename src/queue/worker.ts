import { processLine } from '../cli/process-line.js';
import { InvalidArgumentError } from '../errors.js';
import { checkTarget, connectionOf, loadBullmq, type BullQueue } from './bullmq.js';
import type { ArticleJob } from './job.js';
import { storeOf } from './store.js';
import type { QueueWorker, QueueWorkerOptions } from './types.js';

/** How often a worker with `exitWhenDrained` looks whether the queue is empty, in milliseconds. */
const DRAIN_POLL_MS = 200;

/**
 * Starts a worker on the queue: each job's line is answered as `--jsonl` answers it, and the
 * output line is stored under the job id before the job completes. A worker that dies mid-job
 * (SIGKILL, a lost machine) holds its jobs until their locks lapse; the stalled check of any live
 * worker then puts them back in the queue, and a job stalled twice fails. A lost Redis connection
 * is retried until it comes back.
 */
export async function createWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  checkTarget(options);
  const concurrency = positiveInteger(options.concurrency ?? 1, 'options.concurrency');
  const stalledInterval = positiveInteger(options.stalledInterval ?? 30_000, 'options.stalledInterval');
  const { Queue, Worker } = await loadBullmq();
  const connection = connectionOf(options, 'worker');
  const queue = new Queue(options.queue, { connection });
  const store = await storeOf(queue, options);
  const worker = new Worker<ArticleJob>(
    options.queue,
    async (job) => {
      const { line, published } = job.data ?? {};
      if (typeof line !== 'string') throw new Error('the job has no "line": it was not added by diplomatic-events');
      await store.writeResult(job.id ?? '', JSON.stringify(processLine(line, published)));
    },
    { connection, concurrency, stalledInterval, lockDuration: stalledInterval, maxStalledCount: 1 },
  );
  worker.on('error', (error) => options.onError?.(error));
  queue.on('error', (error) => options.onError?.(error));
  void reportLostConnection(worker, options.onError);

  let markStopped!: () => void;
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= worker.close().then(() => queue.close()).finally(markStopped));
  if (options.exitWhenDrained) void closeWhenDrained(queue, close, () => closing !== undefined);
  return { close, stopped };
}

/**
 * Says once when the worker's connection to Redis is lost. The errors of a lost connection reach
 * the worker's error event only when a command was in flight, so the reconnection is reported.
 */
async function reportLostConnection(worker: { client: Promise<RedisEvents> }, onError: QueueWorkerOptions['onError']): Promise<void> {
  if (!onError) return;
  const client = await worker.client.catch(() => undefined);
  let lost = false;
  client?.on('ready', () => (lost = false));
  client?.on('reconnecting', () => {
    if (!lost) onError(new Error('the connection to Redis was lost; reconnecting'));
    lost = true;
  });
}

/** The connection events a worker listens to. */
interface RedisEvents {
  on(event: 'ready' | 'reconnecting', listener: () => void): unknown;
}

/** Polls the queue's counts and closes the worker once no job is waiting, active or delayed. */
async function closeWhenDrained(queue: BullQueue, close: () => Promise<void>, isClosing: () => boolean): Promise<void> {
  while (!isClosing()) {
    await new Promise((resolve) => setTimeout(resolve, DRAIN_POLL_MS));
    if (isClosing()) return;
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'paused');
    if (Object.values(counts).every((n) => n === 0)) await close();
  }
}

function positiveInteger(value: number, argument: string): number {
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError(argument, 'a whole number of at least 1', value);
  return value;
}
