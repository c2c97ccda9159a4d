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
  { phrase: 'Foreign Office', code: 'GBR', onlyWhenBare: true },
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
];
