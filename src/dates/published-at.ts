import { InvalidArgumentError } from '../errors.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EXPECTED = 'a valid calendar date as "YYYY-MM-DD" (or an ISO timestamp) or a valid Date';

/**
 * Normalises the `publishedAt` option to an ISO day `YYYY-MM-DD` (or `null` when absent).
 *
 * A string must start with a real calendar day (`2024-02-30` is rejected); a timestamp keeps its
 * calendar day as written. A `Date` gives its UTC calendar day.
 *
 * @throws {InvalidArgumentError} for anything else, naming `options.publishedAt`.
 */
export function normalisePublishedAt(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new InvalidArgumentError('options.publishedAt', EXPECTED, value);
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') throw new InvalidArgumentError('options.publishedAt', EXPECTED, value);
  const m = ISO_DAY.exec(value.trim());
  if (!m) throw new InvalidArgumentError('options.publishedAt', EXPECTED, value);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new InvalidArgumentError('options.publishedAt', EXPECTED, value);
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}
