/** Helpers of the queue tests: the built CLI as a child process, and a batch of our articles as JSON Lines. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleFile } from '../../src/cli/article-file.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `diplomatic-events ARGS`; `finished` settles when it exits. */
export function start(args: string[], input?: string): { child: ChildProcess; finished: Promise<Finished> } {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  // decode as a stream: a character whose bytes a pipe splits across two chunks stays whole
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin!.end(input ?? '');
  const finished = new Promise<Finished>((resolve) => child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, finished };
}

export function cli(args: string[], input?: string): Promise<Finished> {
  return start(args, input).finished;
}

/** The fixture articles (ours), each `{ text, published }`. */
function fixtureArticles(): Array<{ text: string; published?: string }> {
  const dir = join(ROOT, 'fixtures');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parseArticleFile(readFileSync(join(dir, name), 'utf8')));
}

/**
 * `count` JSON Lines records made from the fixtures (cut to `chars` characters to keep the tests
 * quick), with string and number ids, and a publication date on some; written to `file`.
 */
export function writeBatch(file: string, count: number, chars = 1200): string[] {
  const articles = fixtureArticles();
  const lines: string[] = [];
  for (let k = 0; k < count; k++) {
    const article = articles[k % articles.length]!;
    const record = { id: k % 2 === 0 ? `story-${k}` : k, text: article.text.slice(0, chars), ...(k % 3 !== 0 && article.published ? { published: article.published } : {}) };
    lines.push(JSON.stringify(record));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return lines;
}

/** Polls `check` every 100 ms until it is true, failing after `ms`. */
export async function waitFor(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
