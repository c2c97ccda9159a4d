/**
 * Pattern: a year after a preposition. "in 2012", "since 2014", "by 2030", "during 1999".
 * A four-digit number alone is not read as a year (it may be a count). The preposition is
 * part of the match.
 */

import { yearRange } from '../calendar.js';
import { candidate, type Candidate, type DatePattern } from '../context.js';
import { YEAR_TRIGGERS } from '../lexicon.js';
import { isOneOf, readYear } from './shared.js';

/** The year pattern: precision `'year'`. */
export const yearPattern: DatePattern = (ctx, i): Candidate | null => {
  if (!isOneOf(ctx, i, YEAR_TRIGGERS)) return null;
  const year = readYear(ctx, i + 1);
  if (!year) return null;
  return candidate(i, year.next, yearRange(year.value), 'year');
};
