import { checkTarget, openQueue, type BullQueue } from './bullmq.js';
import type { ArticleJob } from './job.js';
import { storeOf } from './store.js';
import type { QueueCounts, QueueResult, QueueTarget } from './types.js';

/** Job ids read from Redis in one round. */
const PAGE = 1000;

/**
 * The result of every line added to the queue, in the order the lines were added: done (the line
 * `--jsonl` writes for it), failed (an error line with the failure) or still pending.
 */
export async function* readResults(target: QueueTarget): AsyncGenerator<QueueResult, void, undefined> {
  checkTarget(target);
  const queue = await openQueue(target);
  try {
    const store = await storeOf(queue, target);
    for (let start = 0; ; start += PAGE) {
      const jobIds = await store.order(start, PAGE);
      if (jobIds.length === 0) return;
      const results = await store.results(jobIds);
      for (let k = 0; k < jobIds.length; k++) {
        const json = results[k] ?? null;
        yield json !== null ? { jobId: jobIds[k]!, state: 'done', json } : await unfinished(queue, jobIds[k]!);
      }
    }
  } finally {
    await queue.close();
  }
}

/** A line with no result: failed (with an error line naming the failure) or pending. */
async function unfinished(queue: BullQueue, jobId: string): Promise<QueueResult> {
  const job = await queue.getJob(jobId);
  if (!job || (await job.getState()) !== 'failed') return { jobId, state: 'pending', json: null };
  const data = job.data as Partial<ArticleJob> | undefined;
  const error = `the job failed after ${job.attemptsMade} attempt${job.attemptsMade === 1 ? '' : 's'}: ${job.failedReason}`;
  return { jobId, state: 'failed', json: JSON.stringify({ id: data?.id ?? null, error }) };
}

/** How many lines were added, and how many jobs wait, run, wait for a retry, are done or failed. */
export async function queueStatus(target: QueueTarget): Promise<QueueCounts> {
  checkTarget(target);
  const queue = await openQueue(target);
  try {
    const store = await storeOf(queue, target);
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
    return {
      added: await store.countAdded(),
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      done: await store.countDone(),
      failed: counts.failed ?? 0,
    };
  } finally {
    await queue.close();
  }
}
