import { InvalidArgumentError } from '../errors.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EXPECTED_TEXT = 'a valid calendar date as "YYYY-MM-DD" (or an ISO timestamp)';
/** What is expected, in the caller's terms: a `Date` only where one can be given (not on the command line nor in JSON Lines). */
const expected = (argument: string): string => (argument.startsWith('--') || argument.endsWith('of the line') ? EXPECTED_TEXT : `${EXPECTED_TEXT} or a valid Date`);

/**
 * Normalises the `publishedAt` option to an ISO day `YYYY-MM-DD` (or `null` when absent).
 *
 * A string must start with a real calendar day of the years 0001–9999 (`2024-02-30` is
 * rejected); a timestamp keeps its calendar day as written. A `Date` gives its UTC calendar day,
 * in the same years.
 *
 * @param argument How the caller's user names the value in an error: `options.publishedAt` for
 * the API, `--published` for the CLI, `the "published" field` for a JSON Lines record.
 * @throws {InvalidArgumentError} for anything else, naming `argument`.
 */
export function normalisePublishedAt(value: unknown, argument = 'options.publishedAt'): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    // the calendar runs from year 1 to 9999 (a later year has no YYYY-MM-DD form: "+010000-01-01")
    const year = value.getUTCFullYear();
    if (Number.isNaN(value.getTime()) || year < 1 || year > 9999) throw new InvalidArgumentError(argument, expected(argument), value);
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') throw new InvalidArgumentError(argument, expected(argument), value);
  const m = ISO_DAY.exec(value.trim());
  if (!m) throw new InvalidArgumentError(argument, expected(argument), value);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999
  const probe = new Date(Date.UTC(2000, month - 1, 1));
  probe.setUTCFullYear(year, month - 1, day);
  if (year < 1 || probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new InvalidArgumentError(argument, expected(argument), value);
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * The publication date of an options object or a record, under either spelling: `publishedAt`
 * (the documented one, as in results) or `published` (as in JSON Lines files and datasets).
 * Both may be given only when they name the same day.
 *
 * @param where The object's name in an error: `options` for the API, `the line` for JSON Lines.
 * @throws {InvalidArgumentError} when a value is not a valid date or the two disagree.
 */
export function publishedOf(record: { publishedAt?: unknown; published?: unknown }, where: string): string | null {
  const field = (key: string): string => (where === 'options' ? `options.${key}` : `the "${key}" field of ${where}`);
  const at = normalisePublishedAt(record.publishedAt, field('publishedAt'));
  const plain = normalisePublishedAt(record.published, field('published'));
  if (at !== null && plain !== null && at !== plain) {
    throw new InvalidArgumentError(field('published'), `the same day as ${field('publishedAt')} (${at}), or absent`, record.published);
  }
  return at ?? plain;
}
