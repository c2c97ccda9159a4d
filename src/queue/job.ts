/** What a job carries: one JSON Lines line and what is needed to answer it as `--jsonl` would. */
export interface ArticleJob {
  /** The line as read (a JSON object `{"id","text","published"}`, or whatever the line was). */
  line: string;
  /** Its line number in the input added. */
  lineNumber: number;
  /** The line's `id`, for the error line of a job that fails. */
  id: unknown;
  /** Default publication date for the line (`--published` of `queue add`). */
  published?: string;
}

/** BullMQ's name for every job of the queue. */
export const JOB_NAME = 'article';

/**
 * Retries: a job that throws runs at most {@link ATTEMPTS} times (1 s, then 2 s apart), then it is
 * failed and its result is an error line. A bad line (not JSON, no text, over the size limit) does
 * not throw: its result is the error line `--jsonl` writes, at the first attempt. Completed jobs are
 * removed (the result lives in the store); failed ones are kept, with their reason.
 */
export const ATTEMPTS = 3;

export const JOB_OPTIONS = {
  attempts: ATTEMPTS,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: false,
} as const;
