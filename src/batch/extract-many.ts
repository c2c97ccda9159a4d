import type { ExtractionResult } from '../types.js';
import { InvalidArgumentError } from '../errors.js';
import { publishedOf } from '../dates/published-at.js';
import { extract } from '../pipeline/extract.js';

/** One article of a batch for {@link extractMany}. */
export interface ExtractManyItem {
  /** Any value identifying the article; copied to its result (`null` when absent). */
  id?: unknown;
  /** The article text. */
  text: string;
  /** Publication date (`YYYY-MM-DD`, an ISO timestamp or a `Date`); overrides `options.publishedAt`. */
  published?: string | Date | null;
  /** The same as `published` (the name results use); both may be given only when they agree. */
  publishedAt?: string | Date | null;
}

/** The result of one item of {@link extractMany}: its id and either the extraction result or an error message. */
export type ExtractManyResult = ({ id: unknown } & ExtractionResult) | { id: unknown; error: string };

/** Options of {@link extractMany}. */
export interface ExtractManyOptions {
  /** Publication date for the items that give none of their own. */
  publishedAt?: string | Date;
  /** The same as `publishedAt`; both may be given only when they agree. */
  published?: string | Date;
}

/**
 * Runs {@link extract} over a batch of articles, lazily: each result is computed when the caller
 * asks for it, so any number of items (a generator reading a huge file, say) goes through in
 * constant memory. Results come in input order, one per item.
 *
 * An item that cannot be read (not an object, no `text` string, an invalid `published` date)
 * gives `{ id, error }` and the batch goes on; a good item gives `{ id, ...ExtractionResult }`.
 *
 * @throws {InvalidArgumentError} at once (not on the first `next()`) when `items` is not iterable
 * or `options.publishedAt` is not a valid date.
 */
export function extractMany(
  items: Iterable<ExtractManyItem>,
  options: ExtractManyOptions = {},
): Generator<ExtractManyResult, void, undefined> {
  if (items === null || items === undefined || typeof (items as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw new InvalidArgumentError('items', 'an iterable of { id?, text, published? } objects', items);
  }
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError('options', 'an object', options);
  const publishedAt = publishedOf(options, 'options') ?? undefined;
  return run(items, publishedAt);
}

function* run(items: Iterable<unknown>, publishedAt: string | undefined): Generator<ExtractManyResult, void, undefined> {
  for (const item of items) yield extractRecord(item, publishedAt, 'item');
}

/**
 * Extracts one record `{ id?, text, published? }` of a batch, never throwing: what goes wrong is
 * the record's `error`. Shared by {@link extractMany} (`what: 'item'`) and the CLI's JSON Lines
 * mode (`what: 'line'`), so both read records the same way.
 */
export function extractRecord(record: unknown, publishedAt: string | undefined, what: 'item' | 'line'): ExtractManyResult {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { id: null, error: what === 'line' ? 'a line must be a JSON object' : 'an item must be an object' };
  }
  const { id = null, text } = record as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return { id, error: `the ${what} has no "text" string` };
  try {
    // "published" or "publishedAt": a record may spell it either way
    const published = publishedOf(record as { published?: unknown; publishedAt?: unknown }, `the ${what}`) ?? publishedAt;
    return { id, ...extract(text, published === undefined ? {} : { publishedAt: published }) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
