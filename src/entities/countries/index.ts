/**
 * Countries: gazetteer, country / organisation / place finders and lookups.
 */

export { findCountryMentions } from './find-country-mentions.js';
export { findGazetteerMentions, type GazetteerMentions } from './gazetteer-mentions.js';
export { findOrganisationMentions, ORGANISATIONS, type Organisation, type OrganisationMention } from './organisations.js';
export { findPlaceMentions, placeCountry, type PlaceMention } from './places.js';
export { findRegionMentions, type RegionMention } from './regions.js';
export { countryName, isCountryCode, demonymToCountry, capitalToCountry, referenceToCountry } from './country-name.js';
export { allCountries, getCountry, type CountryRecord } from './gazetteer.js';
export { METONYMS, type Metonym } from './metonyms.js';
export { PLACES_BY_COUNTRY, US_STATES } from './place-data.js';
export { DATELINE_HEADER_END, findDateline, type Dateline } from './dateline.js';
export { cityCountry } from './cities.js';
