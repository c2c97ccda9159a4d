import { fold } from '../../text/fold.js';
import { CITIES_BY_COUNTRY } from './data/cities.generated.js';
import { CODE_REMAP } from './news-names.js';

let byName: Map<string, string> | undefined;

/** Names of continents and world regions that some small town also bears ("Asia", Philippines): a trip "to Asia" goes to no town. */
const REGION_NAMES: ReadonlySet<string> = new Set(['asia', 'africa', 'europe', 'oceania', 'antarctica', 'australasia', 'eurasia', 'scandinavia', 'arabia', 'levant', 'maghreb', 'sahel', 'balkans', 'caucasus']);

/**
 * The country (alpha-3) of a town of 15,000 people or more with this name ("Bogor" → "IDN",
 * "Nagato" → "JPN"), from GeoNames; the largest where towns share a name. Case- and
 * accent-insensitive, with or without a closing "City". A lookup for a name the text already places ("talks in Bogor"): every
 * town's name is also a word or a surname somewhere, so it never marks a word as a place itself.
 */
export function cityCountry(name: string): string | undefined {
  if (!byName) {
    byName = new Map();
    // the dataset's codes, as the country gazetteer maps them (Kosovo "UNK" → "XKX")
    for (const [code, names] of Object.entries(CITIES_BY_COUNTRY)) for (const name of names.split('|')) byName.set(fold(name), CODE_REMAP[code] ?? code);
  }
  const key = fold(name.trim());
  if (REGION_NAMES.has(key)) return undefined;
  // the gazetteer writes some towns with "City" and some without ("Makati City", "Pasay"): either form finds them
  return byName.get(key) ?? byName.get(key.endsWith(' city') ? key.slice(0, -5) : `${key} city`);
}
