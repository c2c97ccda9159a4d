/**
 * Phrases that contain a country word but refer to no country. The matcher consumes them
 * whole (longest match wins), so "South China Sea" gives no CHN and "Latin America" no USA.
 *
 * Sub-national places ("New Mexico", "New Jersey", "British Columbia") are consumed the same
 * way through the place table (place-data.ts); seas and oceans named after a country
 * ("Indian Ocean", "Gulf of Mexico") are handled by a general rule in guards.ts.
 */
export const NON_COUNTRY_PHRASES: readonly string[] = [
  // Adjectives and names of world areas (the areas themselves are regions, region-data.ts).
  'Latin American', 'Latin Americans', 'Central American', 'Central Americans',
  'South American', 'South Americans', 'North American', 'North Americans',
  'Pan-American', 'Inter-American', 'New Guinea', 'South China', 'Korean War',
  // Peoples that are not nationals of one country.
  'Native American', 'Native Americans', 'African American', 'African Americans',
  'Asian American', 'Asian Americans', 'American Indian', 'American Indians',
  // US states styled "Commonwealth of …".
  'Commonwealth of Virginia', 'Commonwealth of Massachusetts', 'Commonwealth of Pennsylvania', 'Commonwealth of Kentucky',
  // Companies and things.
  'Bank of America', 'Guinea pig', 'Guinea pigs', 'Brussels sprouts', 'Russian roulette', 'Turkish delight',
  'French fries', 'Swiss cheese', 'Danish pastry', 'Mexican wave', 'Indian summer', 'Chinese whispers',
];
