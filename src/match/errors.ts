import { DiplomaticEventsError } from '../errors.js';

/** A pattern written in the matcher's notation cannot be read; names the pattern and the problem. */
export class PatternSyntaxError extends DiplomaticEventsError {
  override name = 'PatternSyntaxError';
  /** The pattern as written. */
  readonly pattern: string;

  constructor(pattern: string, problem: string) {
    super(`bad pattern "${pattern}": ${problem}`);
    this.pattern = pattern;
  }
}
