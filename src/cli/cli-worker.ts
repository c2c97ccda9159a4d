/**
 * Worker thread of the CLI's `--jsonl --workers N` mode: receives `{ seq, line }`, answers
 * `{ seq, json, error? }` with the output line (without its newline) exactly as the single-worker
 * mode would write it. Built by tsup next to `cli.js` as `cli-worker.js`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processLine } from './process-line.js';
import type { WorkerReply, WorkerRequest } from './jsonl.js';

const port = parentPort;
if (!port) throw new Error('cli-worker must run in a worker thread');
const published = (workerData as { published?: string } | null)?.published;

port.on('message', ({ seq, line }: WorkerRequest) => {
  const out = processLine(line, published);
  const reply: WorkerReply = { seq, json: JSON.stringify(out) };
  if ('error' in out) reply.error = String(out.error);
  port.postMessage(reply);
});
