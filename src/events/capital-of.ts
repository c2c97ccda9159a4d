import { getCountry } from '../entities/countries/index.js';

/** The capital city of a country ("COL" → "Bogotá"), for "the Colombian capital". */
export function capitalOf(code: string): string | undefined {
  return getCountry(code)?.capitals[0];
}
