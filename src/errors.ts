/**
 * Errors thrown by the public API. Every error names the argument at fault and what was expected;
 * odd but valid text never throws.
 */

/** Base class of every error this library throws on purpose. */
export class DiplomaticEventsError extends Error {
  override name = 'DiplomaticEventsError';
}

/**
 * An argument of a public function has the wrong type or value, e.g. `extract(42)` or
 * `extract(text, { publishedAt: '2024-13-45' })`.
 */
export class InvalidArgumentError extends DiplomaticEventsError {
  override name = 'InvalidArgumentError';
  /** Name of the offending argument, e.g. `"text"` or `"options.publishedAt"`. */
  readonly argument: string;
  /** What was expected, in words. */
  readonly expected: string;

  constructor(argument: string, expected: string, received: unknown) {
    super(`${argument} must be ${expected}; received ${describe(received)}`);
    this.argument = argument;
    this.expected = expected;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : `Date ${value.toISOString()}`;
  if (typeof value === 'string') return value.length > 40 ? `${JSON.stringify(`${value.slice(0, 40)}…`)} (${value.length} characters)` : JSON.stringify(value);
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return `${typeof value} ${String(value)}`;
}

/**
 * An optional peer dependency that a feature needs is not installed, e.g. `bullmq` for the work
 * queue (`npm install bullmq`).
 */
export class MissingDependencyError extends DiplomaticEventsError {
  override name = 'MissingDependencyError';
  /** The npm package to install. */
  readonly dependency: string;

  constructor(dependency: string, feature: string) {
    super(`${feature} needs the package "${dependency}": install it with npm install ${dependency}`);
    this.dependency = dependency;
  }
}
