/**
 * Seats and symbols of government that stand for a country (kind "metonym").
 */

/** One metonym phrase. */
export interface Metonym {
  /** The phrase as written ("Kremlin", "Downing Street"). */
  phrase: string;
  /** ISO 3166-1 alpha-3 code of the country it stands for. */
  code: string;
  /**
   * Generic office names ("Foreign Office", "State Department") that other countries also
   * have: matched only when not directly after another country reference
   * ("Germany's Foreign Office" gives DEU, not GBR).
   */
  onlyWhenBare?: boolean;
  /** Other states whose own office has this name: in a story of their national news agency the phrase is theirs ("Foreign Office" in an APP story is Pakistan's). */
  alsoOf?: readonly string[];
  /** The city the seat stands in, for a seat that is a place one can meet at ("Kremlin" → Moscow). */
  city?: string;
}

/**
 * The metonym table. "Number 10"/"No 10" count only as part of "… Downing Street";
 * "Chancellery" counts only as "German Chancellery".
 */
export const METONYMS: readonly Metonym[] = [
  { phrase: 'Kremlin', code: 'RUS', city: 'Moscow' },
  { phrase: 'White House', code: 'USA', city: 'Washington' },
  { phrase: 'Oval Office', code: 'USA', city: 'Washington' },
  { phrase: 'State Department', code: 'USA', onlyWhenBare: true },
  { phrase: 'Pentagon', code: 'USA' },
  { phrase: 'Capitol Hill', code: 'USA' },
  { phrase: 'Foggy Bottom', code: 'USA' },
  { phrase: 'Downing Street', code: 'GBR', city: 'London' },
  { phrase: 'No 10 Downing Street', code: 'GBR', city: 'London' },
  { phrase: 'Number 10 Downing Street', code: 'GBR', city: 'London' },
  { phrase: 'Whitehall', code: 'GBR' },
  { phrase: 'Foreign Office', code: 'GBR', onlyWhenBare: true, alsoOf: ['PAK', 'DEU', 'BGD'] },
  { phrase: 'FCDO', code: 'GBR' },
  { phrase: 'Élysée', code: 'FRA', city: 'Paris' },
  { phrase: 'Élysée Palace', code: 'FRA', city: 'Paris' },
  { phrase: "Quai d'Orsay", code: 'FRA', city: 'Paris' },
  { phrase: 'Zhongnanhai', code: 'CHN', city: 'Beijing' },
  { phrase: 'Blue House', code: 'KOR', city: 'Seoul' },
  { phrase: 'Aso Rock', code: 'NGA', city: 'Abuja' },
  { phrase: 'Aso Villa', code: 'NGA', city: 'Abuja' },
  { phrase: 'Aso Rock Villa', code: 'NGA', city: 'Abuja' },
  { phrase: 'German Chancellery', code: 'DEU', city: 'Berlin' },
  { phrase: 'Kantei', code: 'JPN', city: 'Tokyo' },
  { phrase: 'Casa Rosada', code: 'ARG', city: 'Buenos Aires' },
  { phrase: 'Palazzo Chigi', code: 'ITA', city: 'Rome' },
  { phrase: 'Rashtrapati Bhavan', code: 'IND', city: 'New Delhi' },
  { phrase: 'Planalto Palace', code: 'BRA', city: 'Brasília' },
  { phrase: 'Alvorada Palace', code: 'BRA', city: 'Brasília' },
  { phrase: 'Miraflores Palace', code: 'VEN', city: 'Caracas' },
  { phrase: 'Malacañang Palace', code: 'PHL', city: 'Manila' },
  { phrase: 'Malacanang Palace', code: 'PHL', city: 'Manila' },
  { phrase: 'Malacañang', code: 'PHL', city: 'Manila' },
  { phrase: 'Malacanang', code: 'PHL', city: 'Manila' },
  { phrase: 'Cheong Wa Dae', code: 'KOR', city: 'Seoul' },
  { phrase: 'Itamaraty', code: 'BRA', city: 'Brasília' },
  { phrase: 'Itamaraty Palace', code: 'BRA', city: 'Brasília' },
  { phrase: 'Bayan Palace', code: 'KWT', city: 'Kuwait City' },
  { phrase: 'Seif Palace', code: 'KWT', city: 'Kuwait City' },
  { phrase: 'Al-Yamamah Palace', code: 'SAU', city: 'Riyadh' },
  { phrase: 'Al Yamamah Palace', code: 'SAU', city: 'Riyadh' },
  { phrase: 'Carthage Palace', code: 'TUN', city: 'Tunis' },
  { phrase: 'Baabda Palace', code: 'LBN', city: 'Beirut' },
  { phrase: 'Ittihadiya Palace', code: 'EGY', city: 'Cairo' },
  { phrase: 'Akorda', code: 'KAZ', city: 'Astana' },
  { phrase: 'Ak Orda', code: 'KAZ', city: 'Astana' },
  { phrase: 'Merdeka Palace', code: 'IDN', city: 'Jakarta' },
  { phrase: 'Istana Negara', code: 'MYS', city: 'Kuala Lumpur' },
  { phrase: 'Jubilee House', code: 'GHA', city: 'Accra' },
  { phrase: 'Union Buildings', code: 'ZAF', city: 'Pretoria' },
];
