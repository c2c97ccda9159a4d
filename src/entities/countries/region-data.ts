/**
 * World regions, continents, seas and oceans: places that are no country and lie in none
 * ("Europe", "the West Indies", "the Pacific", "Central Asia"). Forms of one region are separated
 * by "|"; the first is its name. Adjectives ("European", "Latin American") are not regions.
 */
export const REGIONS: readonly string[] = [
  // continents
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Oceania', 'Australasia', 'Antarctica', 'Eurasia',
  // regions of continents
  'Middle East|Mideast', 'Near East', 'Far East', 'Southeast Asia|South-East Asia|South East Asia', 'South Asia', 'East Asia', 'Central Asia', 'North Asia', 'Northeast Asia|North-East Asia', 'Asia-Pacific|Asia Pacific', 'Indo-Pacific',
  'North Africa', 'West Africa', 'East Africa', 'Central Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Horn of Africa', 'Sahel', 'Maghreb', 'Great Lakes region',
  'Western Europe', 'Eastern Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'Balkans|Western Balkans', 'Scandinavia', 'Caucasus|South Caucasus|North Caucasus', 'Baltics', 'Iberian Peninsula',
  'Caribbean', 'West Indies', 'Andes', 'Amazon', 'Patagonia', 'Arabian Peninsula', 'Levant', 'Persian Gulf|Arabian Gulf', 'Korean Peninsula', 'Kashmir', 'Pacific Islands', 'South Pacific',
  // seas and oceans
  'Pacific|Pacific Ocean', 'Atlantic|Atlantic Ocean', 'Arctic|Arctic Ocean', 'Mediterranean|Mediterranean Sea', 'Red Sea', 'Black Sea', 'Baltic Sea', 'Caspian Sea', 'North Sea', 'Aegean|Aegean Sea',
  'Adriatic|Adriatic Sea', 'Gulf of Aden', 'Gulf of Guinea', 'Taiwan Strait', 'Strait of Hormuz', 'Strait of Malacca', 'Sea of Japan', 'Yellow Sea', 'Arabian Sea', 'Bay of Bengal',
];
