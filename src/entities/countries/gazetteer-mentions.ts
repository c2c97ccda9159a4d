import type { CountryMention } from '../../types.js';
import { countryMentionsOf } from './find-country-mentions.js';
import { organisationMentionsOf, type OrganisationMention } from './organisations.js';
import { placeMentionsOf, type PlaceMention } from './places.js';
import { scanText } from './scan.js';

/** What one pass of the gazetteers finds in a text. */
export interface GazetteerMentions {
  /** As {@link findCountryMentions} gives them. */
  countries: CountryMention[];
  /** As {@link findOrganisationMentions} gives them. */
  organisations: OrganisationMention[];
  /** As {@link findPlaceMentions} gives them. */
  places: PlaceMention[];
}

/** Countries, organisations and places of `text` from a single scan (the three finders scan once each). */
export function findGazetteerMentions(text: string): GazetteerMentions {
  const scan = scanText(text);
  return { countries: countryMentionsOf(text, scan), organisations: organisationMentionsOf(text, scan), places: placeMentionsOf(text, scan) };
}
