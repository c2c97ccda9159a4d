/**
 * Hand-kept corrections and additions to the `world-countries` data for English news text.
 *
 * Everything here is small on purpose: the world itself comes from the dataset
 * (see gazetteer.ts); these tables only add the short forms, news spellings and
 * demonyms the dataset lacks, and remove entries that do more harm than good.
 * Entries here win over the dataset when both claim the same word.
 */

/** Dataset codes replaced by the code news data uses (Kosovo has no ISO code; "XKX" is the EU/IMF/World Bank convention). */
export const CODE_REMAP: Readonly<Record<string, string>> = { UNK: 'XKX' };

/** Dataset entries that are not countries or territories (Antarctica is a continent). */
export const EXCLUDED_CODES: ReadonlySet<string> = new Set(['ATA']);

/** Common English news names where the dataset's `name.common` differs. */
export const COMMON_NAME_OVERRIDES: Readonly<Record<string, string>> = {
  TUR: 'Turkey',
  CZE: 'Czech Republic',
};

/**
 * Dataset alternative spellings kept although they carry no state-form word
 * ("Republic", "Kingdom", …): real English forms. Other short or native-language
 * spellings ("Island" for Iceland, "Timor", "Nippon", "Suomi") are left out.
 */
export const ALT_SPELLING_ALLOW: ReadonlySet<string> = new Set([
  'UAE', 'USA', 'DPRK', 'DRC', 'DR Congo', 'Congo-Kinshasa', 'Congo-Brazzaville', 'Bosnia-Herzegovina',
  'St. Barthelemy', 'Saint Helena', 'Brunei Darussalam', 'Curacao', "Côte d'Ivoire", "Cote d'Ivoire",
  'Ivory Coast', 'Great Britain', 'UK', 'Macao', 'Macedonia', 'Burma', 'Holland', 'Reunion', 'Sao Tome and Principe',
  'Swaziland', 'East Timor', 'Turkiye', 'Chinese Taipei', 'Viet Nam', 'Vatican', 'Pitcairn', 'Aland', 'Faeroe Islands',
]);

/** Dataset names (common, official or alternative) that are not used: ambiguous or not English. */
export const NAME_EXCLUSIONS: ReadonlySet<string> = new Set([
  'Guiana', // French Guiana's official name, but also the whole Guiana region.
  'Virgin Islands', // British and US Virgin Islands.
  'Emirates', // the airline.
  'Union des Comores',
  'Timor', // the island, shared with Indonesia.
]);

/** Names and short forms the news uses, by alpha-3 code (kind "name"). */
export const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  USA: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States', 'United States of America'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye', 'Republic of Turkey', 'Republic of Türkiye'],
  RUS: ['Russia', 'Russian Federation'],
  CHN: ['China', 'PRC', "People's Republic of China"],
  PRK: ['North Korea', 'N Korea', 'DPRK', "Democratic People's Republic of Korea"],
  KOR: ['South Korea', 'S Korea', 'ROK', 'Republic of Korea'],
  CIV: ['Ivory Coast'],
  NLD: ['Netherlands', 'Holland'],
  CZE: ['Czechia', 'Czech Republic'],
  MMR: ['Myanmar', 'Burma'],
  ARE: ['UAE', 'U.A.E.', 'United Arab Emirates'],
  SAU: ['Saudi Arabia', 'Kingdom of Saudi Arabia'],
  PSE: ['Palestine', 'State of Palestine', 'Palestinian Territories', 'Occupied Palestinian Territories'],
  TWN: ['Taiwan', 'Republic of China', 'Chinese Taipei'],
  VAT: ['Vatican', 'Vatican City', 'Holy See'],
  COD: [
    'Congo', 'DR Congo', 'D.R. Congo', 'DRC', 'Democratic Republic of Congo', 'Democratic Republic of the Congo',
    'Congo-Kinshasa',
    // the same state's name from 1971 to 1997, as archives of the news still write it (like "Burma", "Swaziland")
    'Zaire',
  ],
  COG: ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville', 'Congo Republic'],
  MKD: ['North Macedonia', 'Macedonia'],
  SWZ: ['Eswatini', 'Swaziland'],
  CPV: ['Cape Verde', 'Cabo Verde'],
  TLS: ['East Timor', 'Timor-Leste'],
  BIH: ['Bosnia', 'Bosnia and Herzegovina', 'Bosnia-Herzegovina'],
  XKX: ['Kosovo'],
  KNA: ['Saint Kitts and Nevis', 'Saint Kitts'],
  VCT: ['Saint Vincent and the Grenadines', 'Saint Vincent'],
  // "T&T": how the Caribbean press writes Trinidad and Tobago
  TTO: ['Trinidad', 'T&T'],
  ATG: ['Antigua'],
  STP: ['Sao Tome', 'São Tomé and Príncipe'],
  VNM: ['Vietnam', 'Viet Nam'],
  PHL: ['Philippines'],
};

/** Names matched in any case and with any apostrophe ("COTE D’IVOIRE", "cote d'ivoire"). */
export const ANY_CASE_NAMES: Readonly<Record<string, readonly string[]>> = {
  CIV: ["Côte d'Ivoire"],
};

/**
 * Demonyms and adjectives the news uses, by code (kind "demonym"). Plurals of
 * dataset demonyms are generated ("Israelis"); irregular ones are listed here.
 * "Kiwi" is deliberately absent (fruit, bird, nickname).
 */
export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  GBR: ['British', 'Briton', 'Britons', 'Brits', 'Scottish', 'Welsh', 'Northern Irish', 'Englishman', 'Englishmen'],
  TUR: ['Turkish', 'Turk', 'Turks'],
  NLD: ['Dutch', 'Dutchman', 'Dutchmen'],
  CZE: ['Czech', 'Czechs'],
  ARE: ['Emirati', 'Emiratis'],
  SAU: ['Saudi', 'Saudis', 'Saudi Arabian'],
  PSE: ['Palestinian'],
  TWN: ['Taiwanese'],
  PHL: ['Filipino', 'Filipina', 'Filipinas', 'Philippine'],
  AFG: ['Afghan'],
  CHE: ['Swiss'],
  NPL: ['Nepali', 'Nepalese'],
  COD: ['Congolese', 'Zairean', 'Zairian'],
  DOM: ['Dominican'],
  USA: ['American'],
  FRA: ['French', 'Frenchman', 'Frenchmen', 'Frenchwoman'],
  IND: ['Indian'],
  NOR: ['Norwegian'],
  ESP: ['Spaniard'],
  DNK: ['Danes'],
  SWE: ['Swede'],
  FIN: ['Finns'],
  POL: ['Poles'],
  KAZ: ['Kazakh'],
  UZB: ['Uzbek'],
  TJK: ['Tajik', 'Tajikistani'],
  KGZ: ['Kyrgyz', 'Kyrgyzstani'],
  AZE: ['Azeri'],
  MDV: ['Maldivian'],
  CPV: ['Cape Verdean', 'Cabo Verdean'],
  ECU: ['Ecuadorian'],
  ARG: ['Argentinian', 'Argentine'],
  SVN: ['Slovenian'],
  SVK: ['Slovakian'],
  XKX: ['Kosovar', 'Kosovan'],
  MKD: ['North Macedonian', 'Macedonian'],
  DJI: ['Djiboutian'],
  COM: ['Comorian'],
  GIB: ['Gibraltarian'],
  LUX: ['Luxembourgish'],
  BIH: ['Bosnian'],
  GNB: ['Bissau-Guinean'],
  SWZ: ['Swazi'],
  LSO: ['Basotho'],
  BWA: ['Batswana', 'Botswanan'],
  KOR: ['South Korean'],
  PRK: ['North Korean'],
  LAO: ['Lao', 'Laotian'],
  TLS: ['Timorese', 'East Timorese'],
  BLR: ['Belarussian', 'Belarusan'],
  CIV: ['Ivorian'],
  // adjectives news uses where the dataset gives only the noun ("Icelander", "Surinamer", "Ni-Vanuatu", "Motswana")
  ISL: ['Icelandic'],
  SUR: ['Surinamese'],
  VUT: ['Vanuatuan'],
  VCT: ['Vincentian'],
  SMR: ['Sammarinese', 'San Marinese'],
  BEN: ['Beninois'],
  STP: ['Santomean'],
  GNQ: ['Equatoguinean'],
  TTO: ['Tobagonian'],
  TKM: ['Turkmenistani'],
};

/** Demonyms that take no plural "-s" (the generated plural would be wrong or odd). */
export const NO_PLURAL: ReadonlySet<string> = new Set([
  'Swiss', 'Burkinabe', 'Motswana', 'Mosotho', 'Basotho', 'Batswana', 'Kirghiz', 'Kyrgyz', 'Lao', 'Manx', 'Malagasy',
  'Philippine', 'British', 'Northern Irish', 'Luxembourgish', 'Greenlandic', 'Ålandish', 'I-Kiribati', 'Ni-Vanuatu',
  'Englishman', 'Dutchman', 'Frenchman', 'Frenchwoman',
]);

/**
 * Combining forms that name a country only as the first part of a hyphenated
 * compound ("Franco-German", "Sino-Indian", "Russo-Ukrainian"). "Anglo-", "Indo-" and
 * "Greco-" are left out: "Anglo-Saxon", "Indo-Pacific", "Greco-Roman".
 */
export const COMBINING_FORMS: Readonly<Record<string, string>> = {
  Franco: 'FRA',
  Sino: 'CHN',
  Russo: 'RUS',
  Italo: 'ITA',
};

/** Capitals and seats of government the news uses, by code (kind "capital"). */
export const EXTRA_CAPITALS: Readonly<Record<string, readonly string[]>> = {
  USA: ['Washington', 'Washington D.C.', 'Washington, D.C.', 'Washington DC', 'Washington, DC'],
  IND: ['New Delhi', 'Delhi'],
  UKR: ['Kyiv', 'Kiev'],
  ISR: ['Jerusalem'],
  NLD: ['Amsterdam', 'The Hague', 'Hague'],
  CHE: ['Bern', 'Berne'],
  MNG: ['Ulaanbaatar', 'Ulan Bator'],
  KAZ: ['Astana', 'Nur-Sultan'],
  MMR: ['Naypyidaw', 'Naypyitaw', 'Nay Pyi Taw'],
  YEM: ["Sana'a", 'Sanaa'],
  BOL: ['Sucre', 'La Paz'],
  SWZ: ['Mbabane', 'Lobamba'],
  KIR: ['Tarawa', 'South Tarawa'],
  LKA: ['Colombo', 'Sri Jayawardenepura Kotte'],
  IRN: ['Tehran', 'Teheran'],
  PSE: ['Ramallah'],
};

/**
 * Dataset capitals that are never matched, with the reason. A capital is left out
 * when it is an ordinary English word or phrase, a very common personal name, or the
 * name of better-known places elsewhere.
 */
export const CAPITAL_EXCLUSIONS: Readonly<Record<string, string>> = {
  Victoria: 'given name; Australian state; capital of British Columbia',
  'City of Victoria': 'Hong Kong is not matched by capital',
  'Malé': 'the English word "male"',
  Kingston: 'towns in England, Canada and the US; surname',
  Hamilton: 'common surname; cities in Canada, New Zealand and Scotland',
  Georgetown: 'Washington neighbourhood and university',
  "Saint John's": 'churches, colleges and a Canadian city',
  "St. George's": 'churches and schools everywhere',
  'The Valley': 'ordinary English phrase',
  'The Bottom': 'ordinary English phrase',
  'West Island': 'ordinary English phrase',
  Stanley: 'common given name and surname',
  Douglas: 'common given name and surname',
  Plymouth: 'English city and US towns',
  'Saint-Denis': 'Paris suburb',
  'Saint-Pierre': 'common French place and personal name',
  'San José': 'San Jose, California',
  'San Juan': 'many cities and provinces of this name',
  Jamestown: 'US historical settlement',
  Cayenne: 'the pepper',
  Oranjestad: 'shared by Aruba and the Caribbean Netherlands; added back for Aruba only',
};

/** Capitals added back for one code after an exclusion for ambiguity. */
export const CAPITAL_ADD_BACK: Readonly<Record<string, readonly string[]>> = {
  ABW: ['Oranjestad'],
};
