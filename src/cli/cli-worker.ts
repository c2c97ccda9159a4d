/**
 * Worker thread of the CLI's `--jsonl --workers N` mode: receives runs of lines
 * (`{ seq, lines }`), answers each with `{ seq, json, errors }`: the output lines exactly as the
 * single-worker mode would write them, newlines included, and the messages of the bad lines.
 * Built by tsup next to `cli.js` as `cli-worker.js`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processLine } from './process-line.js';
import type { WorkerReply, WorkerRequest } from './jsonl.js';

const port = parentPort;
if (!port) throw new Error('cli-worker must run in a worker thread');
const published = (workerData as { published?: string } | null)?.published;

port.on('message', ({ seq, lines }: WorkerRequest) => {
  let json = '';
  const errors: WorkerReply['errors'] = [];
  lines.forEach((line, index) => {
    const out = processLine(line, published);
    if ('error' in out) errors.push([index, String(out.error)]);
    json += `${JSON.stringify(out)}\n`;
  });
  port.postMessage({ seq, json, errors } satisfies WorkerReply);
});
