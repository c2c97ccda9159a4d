import { extractRecord, type ExtractManyResult } from '../batch/extract-many.js';
import { INVALID_UTF8_LINE } from './utf8-lines.js';
import { BLANK_LINE } from './blank-line.js';

/**
 * One line of the CLI's JSON Lines mode: `{"id","text","published"}` in, `{"id", ...result}` or
 * `{"id","error"}` out. Never throws. Shared by the CLI and its worker threads, so that
 * `--workers N` answers exactly what one worker does.
 */
export function processLine(line: string, published: string | undefined): ExtractManyResult {
  if (line.trim() === '') return { id: null, error: BLANK_LINE };
  if (line === INVALID_UTF8_LINE) return { id: null, error: 'the line is not valid UTF-8' };
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not valid JSON: ${(error as Error).message}` };
  }
  return extractRecord(record, published, 'line');
}
