import type { DateRef, ExtractionWarning } from '../types.js';

/** How many of the unresolved expressions a warning quotes. */
const QUOTED = 3;

/**
 * The warning for a text read with no publication date: its relative dates ("on Thursday", "last
 * week") found no day to resolve against and were left out of the result.
 *
 * @param unresolved The relative date expressions read (see `readUndated`) but left unresolved.
 */
export function unresolvedDateWarnings(unresolved: readonly DateRef[]): ExtractionWarning[] {
  const missing = unresolved.length;
  if (missing === 0) return [];
  const quoted = unresolved.slice(0, QUOTED).map((d) => JSON.stringify(d.text));
  const more = missing > QUOTED ? ', …' : '';
  return [
    {
      code: 'unresolved-relative-dates',
      message: `no publication date: ${missing} relative date${missing === 1 ? '' : 's'} (${quoted.join(', ')}${more}) left unresolved; give publishedAt (YYYY-MM-DD)`,
    },
  ];
}
