/**
 * Worker thread of the CLI's `--jsonl --workers N` mode: receives runs of lines
 * (`{ seq, lines }`), answers each with `{ seq, json, errors, warnings }`: the output lines exactly
 * as the single-worker mode would write them, newlines included, the messages of the bad lines and
 * the warnings of the good ones.
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
  const warnings: WorkerReply['warnings'] = [];
  lines.forEach((line, index) => {
    const out = processLine(line, published);
    if ('error' in out) errors.push([index, String(out.error)]);
    else if (out.warnings.length > 0) warnings.push([index, out.warnings]);
    json += `${JSON.stringify(out)}\n`;
  });
  port.postMessage({ seq, json, errors, warnings } satisfies WorkerReply);
});
