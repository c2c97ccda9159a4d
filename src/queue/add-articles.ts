import { normalisePublishedAt } from '../dates/published-at.js';
import { checkTarget, openQueue, type BullQueue } from './bullmq.js';
import { JOB_NAME, JOB_OPTIONS, type ArticleJob } from './job.js';
import { jobIdOf } from './job-id.js';
import { storeOf, type ResultStore } from './store.js';
import type { AddArticlesOptions, AddArticlesReport } from './types.js';

/** Lines sent to Redis in one round. */
const BATCH = 500;

/**
 * Adds one job per non-blank line of JSON Lines (the `--jsonl` input format) to the queue. A line
 * whose job id (its `id`, else its line number: see {@link jobIdOf}) was added before is skipped,
 * so adding the same input twice adds nothing. Lines are not checked here: a bad line is a job
 * whose result is the error line `--jsonl` gives it.
 */
export async function addArticles(lines: Iterable<string> | AsyncIterable<string>, options: AddArticlesOptions): Promise<AddArticlesReport> {
  checkTarget(options);
  const published = options.published === undefined ? undefined : (normalisePublishedAt(options.published, 'options.published') ?? undefined);
  const queue = await openQueue(options);
  try {
    const store = await storeOf(queue, options);
    const report: AddArticlesReport = { added: 0, alreadyAdded: 0 };
    const seen = new Set<string>();
    let batch: Array<{ jobId: string; data: ArticleJob }> = [];
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      const { jobId, id } = jobIdOf(line, lineNumber);
      if (seen.has(jobId)) report.alreadyAdded++;
      else batch.push({ jobId, data: { line, lineNumber, id, ...(published ? { published } : {}) } });
      seen.add(jobId);
      if (batch.length >= BATCH) batch = await addBatch(queue, store, batch, report);
    }
    await addBatch(queue, store, batch, report);
    return report;
  } finally {
    await queue.close();
  }
}

/** Adds the jobs of a batch not added before, then records them in the order; returns an empty batch. */
async function addBatch(queue: BullQueue, store: ResultStore, batch: Array<{ jobId: string; data: ArticleJob }>, report: AddArticlesReport): Promise<[]> {
  const added = await Promise.all(batch.map((job) => store.isAdded(job.jobId)));
  const fresh = batch.filter((_, k) => !added[k]);
  report.alreadyAdded += batch.length - fresh.length;
  // The job first, then the record: a crash in between leaves a job that a second add records.
  await queue.addBulk(fresh.map((job) => ({ name: JOB_NAME, data: job.data, opts: { ...JOB_OPTIONS, jobId: job.jobId } })));
  const recorded = await Promise.all(fresh.map((job) => store.recordAdded(job.jobId)));
  for (const isNew of recorded) {
    if (isNew) report.added++;
    else report.alreadyAdded++;
  }
  return [];
}
