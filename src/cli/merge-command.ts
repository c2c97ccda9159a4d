import { createReadStream } from 'node:fs';
import { unreadableFile } from './input-file.js';
import type { DiplomaticEvent } from '../types.js';
import { EventMerger } from '../across/merger.js';
import type { ArticleResult } from '../across/index.js';
import { INVALID_UTF8_LINE, utf8Lines } from './utf8-lines.js';

/**
 * `diplomatic-events merge [FILE]`: reads what `--jsonl` wrote (one `{"id", ...result}` per line,
 * from FILE or standard input) and writes one merged event per line (see `mergeAcross`). Only the
 * events of each line are kept, not the articles' people, dates or text, and an event is written
 * once the feed (read in publication order) is {@link CLOSE_AFTER_DAYS} past it. Error lines
 * (`{"id","error"}`) are skipped; a line that is no JSON object is reported and the exit code is 1.
 */
export async function runMerge(file: string | undefined, name: string): Promise<number> {
  const where = file && file !== '-' ? file : 'stdin';
  const problem = file && file !== '-' ? unreadableFile(file) : undefined;
  if (problem) return fail(name, problem);
  const merger = new EventMerger(CLOSE_AFTER_DAYS);
  const write = (events: ReturnType<EventMerger['finish']>): void => {
    for (const merged of events) process.stdout.write(`${JSON.stringify(merged)}\n`);
  };
  let bad = 0;
  let lineNumber = 0;
  for await (const line of utf8Lines(file && file !== '-' ? createReadStream(file) : process.stdin)) {
    lineNumber++;
    if (line.trim() === '') continue;
    const item = readResultLine(line);
    if (typeof item === 'string') {
      bad++;
      process.stderr.write(`${name}: ${where}:${lineNumber}: ${item}\n`);
    } else if (item) write(merger.add(item));
  }
  write(merger.finish());
  return bad > 0 ? 1 : 0;
}

/**
 * How many days after the last day it concerns an event stays open to new reports, in a feed read
 * in publication order: then it is written and forgotten, so memory holds the events of about
 * two months, whatever the feed's length.
 */
const CLOSE_AFTER_DAYS = 60;

/** One line of `--jsonl` output as an article's events; `null` for an error line, a message for a line that is not one. */
function readResultLine(line: string): ArticleResult | null | string {
  if (line === INVALID_UTF8_LINE) return 'the line is not valid UTF-8';
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON: ${(error as Error).message}`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'a line must be a JSON object (a line of --jsonl output)';
  const record = value as { id?: unknown; error?: unknown; events?: unknown; publishedAt?: unknown };
  if ('error' in record) return null;
  if (!Array.isArray(record.events)) return 'the line has no "events" list (a line of --jsonl output)';
  const publishedAt = typeof record.publishedAt === 'string' ? record.publishedAt : null;
  return { id: record.id ?? null, result: { publishedAt, events: record.events as DiplomaticEvent[] } };
}

function fail(name: string, message: string): number {
  process.stderr.write(`${name}: ${message}\n`);
  return 2;
}
