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
}

/**
 * The metonym table. "Number 10"/"No 10" count only as part of "… Downing Street";
 * "Chancellery" counts only as "German Chancellery".
 */
export const METONYMS: readonly Metonym[] = [
  { phrase: 'Kremlin', code: 'RUS' },
  { phrase: 'White House', code: 'USA' },
  { phrase: 'Oval Office', code: 'USA' },
  { phrase: 'State Department', code: 'USA', onlyWhenBare: true },
  { phrase: 'Pentagon', code: 'USA' },
  { phrase: 'Capitol Hill', code: 'USA' },
  { phrase: 'Foggy Bottom', code: 'USA' },
  { phrase: 'Downing Street', code: 'GBR' },
  { phrase: 'No 10 Downing Street', code: 'GBR' },
  { phrase: 'Number 10 Downing Street', code: 'GBR' },
  { phrase: 'Whitehall', code: 'GBR' },
  { phrase: 'Foreign Office', code: 'GBR', onlyWhenBare: true },
  { phrase: 'FCDO', code: 'GBR' },
  { phrase: 'Élysée', code: 'FRA' },
  { phrase: 'Élysée Palace', code: 'FRA' },
  { phrase: "Quai d'Orsay", code: 'FRA' },
  { phrase: 'Zhongnanhai', code: 'CHN' },
  { phrase: 'Blue House', code: 'KOR' },
  { phrase: 'Aso Rock', code: 'NGA' },
  { phrase: 'Aso Villa', code: 'NGA' },
  { phrase: 'Aso Rock Villa', code: 'NGA' },
  { phrase: 'German Chancellery', code: 'DEU' },
  { phrase: 'Kantei', code: 'JPN' },
  { phrase: 'Casa Rosada', code: 'ARG' },
  { phrase: 'Palazzo Chigi', code: 'ITA' },
  { phrase: 'Rashtrapati Bhavan', code: 'IND' },
];
