/**
 * The work queue's contract: articles as JSON Lines go into a BullMQ queue on Redis, any number of
 * worker processes on any number of machines extract them, and the results come back in the order
 * the lines were added, each exactly the line `--jsonl` writes for it.
 */

/** Which queue: a Redis server and a queue name on it. */
export interface QueueTarget {
  /** Redis URL, e.g. `"redis://127.0.0.1:6379"` (`rediss://` for TLS, `redis://:password@host:port/db`). */
  redis: string;
  /** Queue name: letters, digits, `-`, `_` and `.`. */
  queue: string;
}

/** Options of {@link addArticles}. */
export interface AddArticlesOptions extends QueueTarget {
  /** Publication date (`YYYY-MM-DD`) for the lines that give none, as `--jsonl --published`. */
  published?: string;
}

/** What {@link addArticles} did. */
export interface AddArticlesReport {
  /** Lines added as new jobs. */
  added: number;
  /** Lines whose job id was already in the queue (added before, or twice in the input): not added again. */
  alreadyAdded: number;
}

/** Options of {@link createWorker}. */
export interface QueueWorkerOptions extends QueueTarget {
  /** Jobs run at once by this worker (default 1). Extraction is CPU work: run one worker process per core rather than a high concurrency. */
  concurrency?: number;
  /**
   * Milliseconds between checks for the jobs of workers that died (default 30,000). It is also
   * how long a job's lock lasts unrenewed, so a killed worker's jobs run again on another worker
   * within about twice this time.
   */
  stalledInterval?: number;
  /** Stop once no job is waiting, active or delayed (default false: run until `close()`). */
  exitWhenDrained?: boolean;
  /** Called with each error of the worker or its Redis connection, and once when the connection is lost (it is retried until it comes back); default: none. */
  onError?: (error: Error) => void;
}

/** A running worker. */
export interface QueueWorker {
  /** Finishes the jobs in hand, takes no new ones, and disconnects. */
  close(): Promise<void>;
  /** Settles when the worker has stopped: after `close()`, or once drained with `exitWhenDrained`. */
  readonly stopped: Promise<void>;
}

/** The state of one added line in {@link readResults}. */
export type QueueResultState = 'done' | 'failed' | 'pending';

/** One added line, in the order lines were added. */
export interface QueueResult {
  /** The job's id (see {@link jobIdOf}). */
  jobId: string;
  state: QueueResultState;
  /**
   * The output line without its newline: for a done job, byte for byte what `--jsonl` writes for
   * the line (`{"id",...result}` or `{"id","error"}`); for a failed job, `{"id","error"}` with the
   * failure; `null` while pending.
   */
  json: string | null;
}

/** Job counts of a queue, from {@link queueStatus}. */
export interface QueueCounts {
  /** Lines added in all. */
  added: number;
  /** Jobs waiting for a worker (prioritised ones included). */
  waiting: number;
  /** Jobs being run (or held by a worker that died, until the stalled check frees them). */
  active: number;
  /** Jobs waiting to be retried after a failure. */
  delayed: number;
  /** Lines with a result (an error line for a bad line counts as done, as in `--jsonl`). */
  done: number;
  /** Jobs that failed every attempt (or stalled too often): their result is an error line. */
  failed: number;
}
