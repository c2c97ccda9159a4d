import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { unreadableFile } from './input-file.js';
import { optionError } from './option-error.js';
import { utf8Lines } from './utf8-lines.js';
import type { QueueTarget } from '../queue/types.js';

export const QUEUE_USAGE = `Usage:
  diplomatic-events queue add FILE [--published YYYY-MM-DD]   one job per line of JSON Lines (FILE "-": standard input)
  diplomatic-events queue work [--concurrency N] [--exit-when-drained] [--stalled-interval MS]
  diplomatic-events queue results                              one output line per added line, in the order added
  diplomatic-events queue status                               counts: added, waiting, active, delayed, done, failed

Options of every queue command:
  --redis URL              Redis server (default redis://127.0.0.1:6379)
  --queue NAME             queue name (required)
Options of queue work:
  --concurrency N          jobs at once in this process (default 1; run one process per core instead)
  --exit-when-drained      exit once no job is waiting, active or delayed
  --stalled-interval MS    how often jobs of dead workers are taken back, in ms (default 30000)`;

const OPTIONS = {
  redis: { type: 'string', default: 'redis://127.0.0.1:6379' },
  queue: { type: 'string' },
  published: { type: 'string' },
  concurrency: { type: 'string', default: '1' },
  'exit-when-drained': { type: 'boolean', default: false },
  'stalled-interval': { type: 'string', default: '30000' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** `diplomatic-events queue …`: the work queue's commands (bullmq is loaded only here). */
export async function runQueue(argv: string[], name: string, fail: (message: string, code?: number) => never): Promise<number> {
  const { values, positionals } = parseQueueArgs(argv, fail);
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(`${QUEUE_USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (!values.queue) fail(`queue ${command} needs --queue NAME`);
  const target: QueueTarget = { redis: values.redis, queue: values.queue };
  const only = (allowed: string[]): void => {
    const misplaced = (['published', 'concurrency', 'exit-when-drained', 'stalled-interval'] as const).find((o) => !allowed.includes(o) && argv.some((a) => a === `--${o}` || a.startsWith(`--${o}=`)));
    if (misplaced) fail(`--${misplaced} does not apply to queue ${command}`);
    if (command !== 'add' && rest.length > 0) fail(`queue ${command} takes no FILE`);
  };
  const queue = await import('../queue/index.js');
  try {
    if (command === 'add') {
      only(['published']);
      return await add(queue, target, rest, values, fail);
    }
    if (command === 'work') {
      only(['concurrency', 'exit-when-drained', 'stalled-interval']);
      return await work(queue, target, values, name, fail);
    }
    if (command === 'results') {
      only([]);
      return await results(queue, target, name);
    }
    if (command === 'status') {
      only([]);
      process.stdout.write(`${JSON.stringify(await queue.queueStatus(target))}\n`);
      return 0;
    }
  } catch (error) {
    fail(redisError(error as Error, target));
  }
  fail(`unknown queue command "${command}" (add, work, results or status)`);
}

type QueueApi = typeof import('../queue/index.js');

function parseQueueArgs(argv: string[], fail: (message: string) => never): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    const problem = error as Error & { code?: string };
    const message = optionError(problem, 'queue');
    fail(problem.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `${message} (see queue --help)` : message);
  }
}

async function add(queue: QueueApi, target: QueueTarget, files: string[], values: Values, fail: (message: string) => never): Promise<number> {
  if (files.length !== 1) fail('queue add takes one FILE ("-" for standard input)');
  const file = files[0]!;
  const problem = file === '-' ? undefined : unreadableFile(file);
  if (problem) fail(problem);
  const lines = utf8Lines(file === '-' ? process.stdin : createReadStream(file));
  const report = await queue.addArticles(lines, { ...target, ...(values.published !== undefined ? { published: values.published } : {}) });
  process.stdout.write(`added ${report.added} (${report.alreadyAdded} already in the queue)\n`);
  return 0;
}

async function work(queue: QueueApi, target: QueueTarget, values: Values, name: string, fail: (message: string) => never): Promise<number> {
  const concurrency = wholeNumber(values.concurrency, '--concurrency', 1, 256, fail);
  const stalledInterval = wholeNumber(values['stalled-interval'], '--stalled-interval', 100, 3_600_000, fail);
  let lastError = '';
  const worker = await queue.createWorker({
    ...target,
    concurrency,
    stalledInterval,
    exitWhenDrained: values['exit-when-drained'],
    onError: (error) => {
      // a lost connection repeats its error at every reconnection attempt: say each kind once in a row
      if (error.message !== lastError) process.stderr.write(`${name}: queue work: ${error.message}\n`);
      lastError = error.message;
    },
  });
  const stop = (): void => void worker.close();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await worker.stopped;
  process.off('SIGTERM', stop);
  process.off('SIGINT', stop);
  return 0;
}

async function results(queue: QueueApi, target: QueueTarget, name: string): Promise<number> {
  let pending = 0;
  let all = 0;
  for await (const result of queue.readResults(target)) {
    all++;
    if (result.json === null) pending++;
    else if (!process.stdout.write(`${result.json}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  if (pending === 0) return 0;
  process.stderr.write(`${name}: queue results: ${pending} of ${all} lines are not finished yet (left out)\n`);
  return 1;
}

function wholeNumber(text: string, option: string, min: number, max: number, fail: (message: string) => never): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) fail(`${option} must be a whole number from ${min} to ${max}, not "${text}"`);
  return value;
}

/** An error of a queue command in the user's terms (a Redis that cannot be reached names its URL). */
function redisError(error: Error, target: QueueTarget): string {
  if (/ECONNREFUSED|ENOTFOUND|max retries per request|Connection is closed/i.test(error.message)) {
    return `cannot reach Redis at ${target.redis} (${error.message})`;
  }
  return error.message;
}
