/**
 * Pattern: a season (northern hemisphere). "in autumn", "in the fall", "this autumn",
 * "last summer", "next spring", "summer 2019", "the summer of 2019", "in early autumn".
 *
 * Without a year: "this" → the season of the publication year; "last"/"next" → the one
 * ended before / starting after publication; otherwise by clause tense (future → the
 * nearest not yet ended, else the most recent begun). A bare season word needs a
 * preposition ("in spring", "during the winter"), a modifier, a part word or a year, so
 * "a fall in prices" and "Arab Spring" are not dates. "early/mid/late" pick the first,
 * second or third month of the season (precision `'range'`); whole seasons are `'season'`.
 */

import { candidate, type Candidate, type DatePattern } from '../context.js';
import { PART_WORDS, SEASON_TRIGGERS, SEASONS } from '../lexicon.js';
import { resolveSeason, seasonPartRange, seasonRange, seasonYear, type Part, type SeasonDirection } from '../resolve.js';
import { isDash, isOneOf, isWord, lowerAt, readYear } from './shared.js';

const MODIFIERS: ReadonlyMap<string, SeasonDirection> = new Map([
  ['this', 'this'],
  ['last', 'last'],
  ['next', 'next'],
  ['coming', 'future'],
  ['past', 'last'],
]);

/** Words after "fall" that make it the noun ("the fall in prices", "after the fall from power"). */
const FALL_BLOCKERS: ReadonlySet<string> = new Set(['in', 'from', 'to', 'by', 'into', 'out']);

/** The season pattern. */
export const seasonPattern: DatePattern = (ctx, i): Candidate | null => {
  const modifier = MODIFIERS.get(lowerAt(ctx, i) ?? '');
  const hasThe = isWord(ctx, i, 'the');
  if (!modifier && !hasThe && isWord(ctx, i - 1, 'the')) return null;
  let j = modifier || hasThe ? i + 1 : i;
  let part: Part | undefined;
  const partWord = PART_WORDS.get(lowerAt(ctx, j) ?? '');
  if (partWord && ctx.tokens[j]?.kind === 'word') {
    part = partWord;
    j += isDash(ctx, j + 1) ? 2 : 1;
  }
  const seasonWord = lowerAt(ctx, j);
  const season = SEASONS.get(seasonWord ?? '');
  if (!season || ctx.tokens[j]?.kind !== 'word') return null;
  // An explicit year: "summer 2019", "the summer of 2019".
  const year = readYear(ctx, j + 1) ?? (isWord(ctx, j + 1, 'of') ? readYear(ctx, j + 2) : null);
  if (year) {
    if (modifier) return null;
    const range = part ? seasonPartRange(season, year.value, part) : seasonRange(season, year.value);
    return candidate(i, year.next, range, part ? 'range' : 'season');
  }
  if (isWord(ctx, j + 1, 'of')) return null;
  const triggered = isOneOf(ctx, i - 1, SEASON_TRIGGERS);
  if (!modifier && !part && !triggered) return null;
  if (seasonWord === 'fall' && ((!modifier && !part && !hasThe) || isOneOf(ctx, j + 1, FALL_BLOCKERS))) return null;
  if (ctx.pub === null) return null;
  const direction: SeasonDirection = modifier ?? (ctx.tense(i, j + 1) === 'future' ? 'future' : 'past');
  const range = part
    ? seasonPartRange(season, seasonYear(ctx.pub, season, direction), part)
    : resolveSeason(ctx.pub, season, direction);
  return candidate(i, j + 1, range, part ? 'range' : 'season');
};
