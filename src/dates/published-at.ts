import { InvalidArgumentError } from '../errors.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EXPECTED = 'a valid calendar date as "YYYY-MM-DD" (or an ISO timestamp) or a valid Date';

/**
 * Normalises the `publishedAt` option to an ISO day `YYYY-MM-DD` (or `null` when absent).
 *
 * A string must start with a real calendar day of the years 0001–9999 (`2024-02-30` is
 * rejected); a timestamp keeps its calendar day as written. A `Date` gives its UTC calendar day,
 * in the same years.
 *
 * @throws {InvalidArgumentError} for anything else, naming `options.publishedAt`.
 */
export function normalisePublishedAt(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    // the calendar runs from year 1 to 9999 (a later year has no YYYY-MM-DD form: "+010000-01-01")
    const year = value.getUTCFullYear();
    if (Number.isNaN(value.getTime()) || year < 1 || year > 9999) throw new InvalidArgumentError('options.publishedAt', EXPECTED, value);
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') throw new InvalidArgumentError('options.publishedAt', EXPECTED, value);
  const m = ISO_DAY.exec(value.trim());
  if (!m) throw new InvalidArgumentError('options.publishedAt', EXPECTED, value);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999
  const probe = new Date(Date.UTC(2000, month - 1, 1));
  probe.setUTCFullYear(year, month - 1, day);
  if (year < 1 || probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new InvalidArgumentError('options.publishedAt', EXPECTED, value);
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}
