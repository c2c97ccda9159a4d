/**
 * World regions, continents, seas and oceans named in a text ("Europe", "the West Indies", "the
 * Pacific"): locations that are no country and lie in none.
 */

import type { Span } from '../../types.js';
import { scanText, type ScanResult } from './scan.js';

/** One place where a region is named. */
export interface RegionMention extends Span {
  /** Canonical name of the region ("Middle East" for "Mideast"). */
  name: string;
}

/** Every region named in `text`, in text order, with exact spans. */
export function findRegionMentions(text: string): RegionMention[] {
  return regionMentionsOf(text, scanText(text));
}

/** The region mentions of a scan of `text`. */
export function regionMentionsOf(text: string, scan: ScanResult): RegionMention[] {
  return scan.regions.map((hit) => ({ start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), name: hit.entry.name }));
}
