/**
 * Organisation and bloc mentions (NATO, the EU, the UN …), which are never countries.
 */

import type { Span } from '../../types.js';
import { scanText, type ScanResult } from './scan.js';

export { ORGANISATIONS, type Organisation } from './organisation-data.js';

/** One place where an organisation is named. */
export interface OrganisationMention extends Span {
  /** Organisation id from {@link ORGANISATIONS} ("NATO", "EU", "UNGA"). */
  id: string;
  /** Its English name ("North Atlantic Treaty Organization"). */
  name: string;
}

/**
 * Every organisation named in `text`, in text order, with exact spans
 * (`text.slice(m.start, m.end) === m.text`). Acronyms count only in capitals
 * ("UN", never "un"). Linear in the length of `text`.
 */
export function findOrganisationMentions(text: string): OrganisationMention[] {
  return organisationMentionsOf(text, scanText(text));
}

/** The organisation mentions of a scan of `text`. */
export function organisationMentionsOf(text: string, scan: ScanResult): OrganisationMention[] {
  return scan.organisations.map((hit) => ({
    start: hit.start,
    end: hit.end,
    text: text.slice(hit.start, hit.end),
    id: hit.entry.id,
    name: hit.entry.name,
  }));
}
