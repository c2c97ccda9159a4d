import { readFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatText } from '../output/format-text.js';
import { htmlPage, toHtml } from '../output/html.js';
import { normalisePublishedAt } from '../dates/published-at.js';
import { parseArticleFile } from './article-file.js';
import { runLines } from './jsonl.js';
import { WarnOnce } from './warn-once.js';
import { optionError } from './option-error.js';
import { unreadableFile } from './input-file.js';
import { utf8Lines } from './utf8-lines.js';

const USAGE = `Usage:
  diplomatic-events FILE... [--published YYYY-MM-DD] [--format json|text|html]
                                        FILE "-" reads the article from standard input
  diplomatic-events --jsonl [FILE] [--workers N] [--progress]
                                        JSON Lines in ({"id","text","published"}), one result per line out
  diplomatic-events merge [FILE]        --jsonl output in, one event per line out, merged across articles
  diplomatic-events queue add|work|results|status --queue NAME [--redis URL]
                                        the work queue on Redis (needs bullmq): see queue --help

Options:
  --published YYYY-MM-DD   publication date (a file's first line " date YYYY-MM-DD" is used otherwise;
                           with --jsonl, for the lines that give no "published" or "publishedAt")
  --format json|text|html  output format for FILE mode (default json; html: a self-contained page)
  --jsonl                  read JSON Lines from FILE or standard input
  --workers N              with --jsonl: run N worker threads (default 1); output order is input order
  --progress               with --jsonl: a progress line on standard error (default when it is a terminal)
  -h, --help               show this help
  -v, --version            show the version`;

const NAME = 'diplomatic-events';

function fail(message: string, code = 2): never {
  process.stderr.write(`${NAME}: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(code);
}

async function main(argv: string[]): Promise<number> {
  // the work queue has its own options, and loads bullmq (an optional peer) only when used
  if (argv[0] === 'queue') return (await import('./queue-command.js')).runQueue(argv.slice(1), NAME, fail);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        format: { type: 'string' },
        jsonl: { type: 'boolean', default: false },
        workers: { type: 'string', default: '1' },
        progress: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    fail(`${optionError(error as Error & { code?: string })} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'text' && format !== 'html') fail(`--format must be json, text or html, not "${format}"`);
  let published: string | undefined;
  if (values.published !== undefined) {
    try {
      published = normalisePublishedAt(values.published, '--published') ?? undefined;
    } catch (error) {
      fail((error as Error).message);
    }
  }
  if (positionals[0] === 'merge' && !values.jsonl) {
    if (positionals.length > 2) fail('merge takes at most one FILE');
    if (values.published !== undefined || values.format !== undefined || values.progress || values.workers !== '1') fail('merge takes no options: it reads what --jsonl wrote');
    const { runMerge } = await import('./merge-command.js');
    return runMerge(positionals[1], NAME);
  }
  if (values.jsonl) {
    if (positionals.length > 1) fail('--jsonl takes at most one FILE');
    if (values.format !== undefined) fail('--format applies to FILE mode only: --jsonl always writes JSON Lines');
    const workers = Number(values.workers);
    if (!/^\d+$/.test(values.workers) || workers < 1 || workers > 64) fail(`--workers must be a whole number from 1 to 64, not "${values.workers}"`);
    return runJsonLines(positionals[0], published, { workers, progress: values.progress || process.stderr.isTTY === true });
  }
  if (values.workers !== '1') fail('--workers only applies to --jsonl');
  if (values.progress) fail('--progress only applies to --jsonl');
  if (positionals.length === 0) fail('no input file (see --help)');
  if (positionals.filter((f) => f === '-').length > 1) fail('"-" (standard input) can be given once');
  return runFiles(positionals, published, format);
}

function readArticle(file: string): string {
  if (file === '-') return decodeArticle(readFileSync(0), 'standard input');
  const problem = unreadableFile(file);
  if (problem) fail(problem);
  return decodeArticle(readFileSync(file), file);
}

function decodeArticle(bytes: Buffer, file: string): string {
  if (bytes.includes(0)) fail(`cannot read ${file}: it is a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`cannot read ${file}: it is not valid UTF-8`);
  }
}

async function runFiles(files: string[], published: string | undefined, format: string): Promise<number> {
  // Loaded on use, not at start-up: in --jsonl --workers N mode only the worker threads need the pipeline.
  const { extract } = await import('../pipeline/extract.js');
  const outputs: string[] = [];
  const results = [];
  const warnings = new WarnOnce<string>((name, message) => {
    const advice = message.replace('give publishedAt (YYYY-MM-DD)', 'give --published YYYY-MM-DD or a first line " date YYYY-MM-DD"');
    process.stderr.write(`${NAME}: warning: ${name}: ${advice}\n`);
  });
  for (const file of files) {
    const article = parseArticleFile(readArticle(file));
    const publishedAt = published ?? article.published;
    let result;
    try {
      result = extract(article.text, publishedAt ? { publishedAt } : {});
    } catch (error) {
      fail(`${file}: ${(error as Error).message}`); // e.g. a file over the size limit
    }
    const name = file === '-' ? 'standard input' : file;
    warnings.note(name, result.warnings);
    if (format === 'text') outputs.push(formatText(result, name));
    else if (format === 'html') outputs.push(toHtml(result, article.text, { title: name }));
    else results.push(files.length === 1 ? result : { file, ...result });
  }
  if (format === 'text') process.stdout.write(`${outputs.join('\n\n')}\n`);
  else if (format === 'html') process.stdout.write(htmlPage(outputs.join('\n'), files.length === 1 ? `${files[0]} · diplomatic-events` : 'diplomatic-events'));
  else process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  return 0;
}

/** Streams JSON Lines: one result line per input line, in order; a bad line gives an error line and a non-zero exit at the end. */
async function runJsonLines(
  file: string | undefined,
  published: string | undefined,
  run: { workers: number; progress: boolean },
): Promise<number> {
  const problem = file ? unreadableFile(file) : undefined;
  if (problem) fail(problem);
  const input = file ? createReadStream(file) : process.stdin;
  // bytes, not text: each line is decoded on its own, so one line of invalid UTF-8 is that line's error
  const lines = utf8Lines(input);
  // The worker script is built next to this file (dist/cli-worker.js; src/cli/cli-worker.ts under tsx).
  const workerUrl = new URL(import.meta.url.endsWith('.ts') ? './cli-worker.ts' : './cli-worker.js', import.meta.url);
  return runLines(lines, { published, where: file ?? 'stdin', workers: run.workers, progress: run.progress, workerUrl, name: NAME });
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => fail(error instanceof Error ? error.message : String(error), 1),
);
