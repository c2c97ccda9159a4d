import { once } from 'node:events';
import type { ExtractionWarning } from '../types.js';
import { WarnOnce } from './warn-once.js';
import { BLANK_LINE } from './blank-line.js';
import { Worker } from 'node:worker_threads';

/**
 * A run of consecutive lines sent to a worker thread in one message; `seq` numbers the non-blank
 * input lines from 0 and is that of the first line of the run.
 */
export interface WorkerRequest {
  seq: number;
  lines: string[];
}

/**
 * A worker's answer to one {@link WorkerRequest}: the output lines, each ending with a newline,
 * joined into one string (one message and one write per run of lines), and the error messages of
 * the bad lines by their position in the run.
 */
export interface WorkerReply {
  seq: number;
  json: string;
  errors: Array<[index: number, message: string]>;
  /** The warnings of the lines that had some, by their position in the run. */
  warnings: Array<[index: number, warnings: ExtractionWarning[]]>;
}

export interface JsonLinesOptions {
  /** Default publication date for lines that give none. */
  published: string | undefined;
  /** Name of the input in error messages (`FILE` or `stdin`). */
  where: string;
  /** Number of worker threads; 1 runs in the main thread. */
  workers: number;
  /** Show a progress line on standard error. */
  progress: boolean;
  /** URL of the worker script (`cli-worker.js` next to the CLI). */
  workerUrl: URL;
  /** Program name for error messages. */
  name: string;
}

/** Lines per message to a worker, at most: one message per line costs as much as a fifth of a short article. */
const LINES_PER_MESSAGE = 16;
/** Characters per message, at most (a long line goes on its own). */
const CHARS_PER_MESSAGE = 1 << 20;
/** Per worker: messages sent and not yet answered, at most. Keeps every worker busy while the next one travels. */
const IN_FLIGHT_PER_WORKER = 2;
/** Per worker: lines read and not yet written (in flight, being gathered or waiting in the reorder buffer), at most. */
const PENDING_PER_WORKER = 4 * LINES_PER_MESSAGE;

/**
 * Runs the JSON Lines mode over `lines` (streamed: only a bounded number of lines is held at any
 * time) and writes one output line per input line, in input order (blank lines at the end of the
 * input excepted). A bad line gives an `{"id","error"}` line and a message on standard error; the
 * result is 1 if any line was bad. A blank line between records gives `{"id":null,"error":"blank
 * line"}` and counts as no failure. The first warning of each kind (no publication date, say) goes
 * to standard error once.
 */
export async function runLines(source: AsyncIterable<string>, options: JsonLinesOptions): Promise<number> {
  // Start listening before the first await: readline emits lines whether or not anyone listens.
  const iterator = source[Symbol.asyncIterator]();
  const lines: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator };
  const progress = new Progress(options.progress);
  const out = new Output();
  const warnings = new WarnOnce<number>((lineNumber, message) => {
    progress.clear();
    const advice = message.replace('give publishedAt (YYYY-MM-DD)', 'give the lines a "published" date or use --published');
    process.stderr.write(`${options.name}: warning: ${options.where}:${lineNumber}: ${advice} (said once for the whole input)\n`);
  });
  let failures = 0;
  const report = (lineNumber: number, error: string): void => {
    if (error === BLANK_LINE) return;
    failures++;
    progress.clear();
    process.stderr.write(`${options.name}: ${options.where}:${lineNumber}: ${error}\n`);
  };

  if (options.workers <= 1) {
    // Loaded on use: with worker threads, the main thread does not need the pipeline.
    const { processLine } = await import('./process-line.js');
    let lineNumber = 0;
    for await (const line of blankLinesBetween(lines)) {
      lineNumber++;
      const result = processLine(line, options.published);
      if ('error' in result) report(lineNumber, String(result.error));
      else warnings.note(lineNumber, result.warnings);
      out.write(`${JSON.stringify(result)}\n`);
      progress.tick();
      await out.drained();
    }
  } else {
    const pool = new Pool(options, (reply, lineNumbers) => {
      for (const [index, message] of reply.errors) report(lineNumbers[index] ?? 0, message);
      for (const [index, found] of reply.warnings) warnings.note(lineNumbers[index] ?? 0, found);
      out.write(reply.json);
      for (let k = 0; k < lineNumbers.length; k++) progress.tick();
    });
    try {
      let lineNumber = 0;
      for await (const line of blankLinesBetween(lines)) {
        lineNumber++;
        await pool.slot();
        await out.drained();
        pool.add(line, lineNumber);
      }
      pool.flush();
      await pool.finish();
    } finally {
      await pool.close();
    }
  }
  progress.done();
  return failures > 0 ? 1 : 0;
}

/**
 * The lines of `source`, with the blank lines between records kept (each is answered with an
 * error line, so that output line k answers input line k) and those at the end dropped (a file's
 * trailing empty lines are no records).
 */
async function* blankLinesBetween(source: AsyncIterable<string>): AsyncGenerator<string> {
  let blanks = 0;
  for await (const line of source) {
    if (line.trim() === '') {
      blanks++;
      continue;
    }
    for (; blanks > 0; blanks--) yield '';
    yield line;
  }
}

/** Standard output with backpressure: `drained()` waits while the stream's buffer is full. */
class Output {
  private full = false;

  write(chunk: string): void {
    if (!process.stdout.write(chunk)) this.full = true;
  }

  async drained(): Promise<void> {
    if (!this.full) return;
    await once(process.stdout, 'drain');
    this.full = false;
  }
}

interface Pending {
  lineNumbers: number[];
  reply?: WorkerReply;
}

interface WorkerSlot {
  worker: Worker;
  /** Messages sent and not yet answered. */
  inFlight: number;
}

/**
 * `options.workers` worker threads running `extract`. Lines are gathered into runs of up to
 * {@link LINES_PER_MESSAGE} (a run leaves when full, or as soon as no more input is ready, so a
 * slow stream is not held back); each run goes to the least busy worker, answers come back in any
 * order and leave in input order through a reorder buffer. `slot()` makes the reader wait while
 * every worker has {@link IN_FLIGHT_PER_WORKER} runs or {@link PENDING_PER_WORKER} lines per worker
 * are unwritten, so memory stays bounded whatever the input size.
 */
class Pool {
  private readonly workers: WorkerSlot[] = [];
  /** Runs sent and not yet written, by the `seq` of their first line. */
  private readonly pending = new Map<number, Pending>();
  private pendingLines = 0;
  /** The run being gathered. */
  private gathering: { seq: number; lines: string[]; lineNumbers: number[]; chars: number } | null = null;
  private flushScheduled = false;
  private nextSeq = 0;
  private nextOut = 0;
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  private closed = false;

  constructor(
    private readonly options: JsonLinesOptions,
    private readonly emit: (reply: WorkerReply, lineNumbers: number[]) => void,
  ) {}

  private start(): void {
    for (let i = 0; i < this.options.workers; i++) {
      const worker = new Worker(this.options.workerUrl, { workerData: { published: this.options.published } });
      const slot: WorkerSlot = { worker, inFlight: 0 };
      worker.on('message', (reply: WorkerReply) => {
        slot.inFlight--;
        this.receive(reply);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.workers.push(slot);
    }
  }

  private receive(reply: WorkerReply): void {
    const entry = this.pending.get(reply.seq);
    if (entry) entry.reply = reply;
    // Write every run that is next in input order.
    for (let next = this.pending.get(this.nextOut); next?.reply; next = this.pending.get(this.nextOut)) {
      this.pending.delete(this.nextOut);
      this.nextOut += next.lineNumbers.length;
      this.pendingLines -= next.lineNumbers.length;
      this.emit(next.reply, next.lineNumbers);
    }
    this.notify();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private async until(ready: () => boolean): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      if (ready()) return;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  private leastBusy(): WorkerSlot | undefined {
    let best: WorkerSlot | undefined;
    for (const w of this.workers) if (!best || w.inFlight < best.inFlight) best = w;
    return best;
  }

  /** Waits until a line can be added. */
  async slot(): Promise<void> {
    if (this.workers.length === 0) this.start();
    await this.until(
      () => this.pendingLines < this.options.workers * PENDING_PER_WORKER && (this.leastBusy()?.inFlight ?? 0) < IN_FLIGHT_PER_WORKER,
    );
  }

  /** Adds a line to the run being gathered; call after {@link slot}. */
  add(line: string, lineNumber: number): void {
    const run = (this.gathering ??= { seq: this.nextSeq, lines: [], lineNumbers: [], chars: 0 });
    run.lines.push(line);
    run.lineNumbers.push(lineNumber);
    run.chars += line.length;
    this.nextSeq++;
    this.pendingLines++;
    if (run.lines.length >= LINES_PER_MESSAGE || run.chars >= CHARS_PER_MESSAGE) this.flush();
    else if (!this.flushScheduled) {
      // Lines already read reach add() through promise jobs, before this runs: the run leaves
      // when the input has nothing more ready.
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        this.flush();
      });
    }
  }

  /** Sends the run being gathered, if any, to the least busy worker. */
  flush(): void {
    const run = this.gathering;
    if (!run || this.closed) return;
    this.gathering = null;
    const target = this.leastBusy();
    if (!target) throw new Error('no worker thread');
    this.pending.set(run.seq, { lineNumbers: run.lineNumbers });
    target.inFlight++;
    target.worker.postMessage({ seq: run.seq, lines: run.lines } satisfies WorkerRequest);
  }

  /** Waits until every line sent has been written. */
  async finish(): Promise<void> {
    await this.until(() => this.pending.size === 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

/**
 * One progress line on standard error ("1,234 lines, 56.7 lines/s"), redrawn in place at most
 * every 200 ms; error messages clear it first, and it is redrawn after them.
 */
class Progress {
  private count = 0;
  private readonly startedAt = performance.now();
  private lastDraw = 0;
  private width = 0;

  constructor(private readonly enabled: boolean) {}

  tick(): void {
    this.count++;
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.lastDraw >= 200) this.draw(now);
  }

  clear(): void {
    if (!this.enabled || this.width === 0) return;
    process.stderr.write(`\r${' '.repeat(this.width)}\r`);
    this.width = 0;
    this.lastDraw = 0;
  }

  done(): void {
    if (!this.enabled) return;
    this.draw(performance.now());
    process.stderr.write('\n');
  }

  private draw(now: number): void {
    this.lastDraw = now;
    const seconds = (now - this.startedAt) / 1000;
    const rate = seconds > 0 ? this.count / seconds : 0;
    const text = `${this.count.toLocaleString('en-US')} lines, ${rate.toLocaleString('en-US', { maximumFractionDigits: 1 })} lines/s`;
    process.stderr.write(`\r${text.padEnd(this.width)}`);
    this.width = text.length;
  }
}
