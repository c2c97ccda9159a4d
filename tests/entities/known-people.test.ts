import { describe, expect, it } from 'vitest';
import countries from 'world-countries';
import { KNOWN_PEOPLE, heldOfficeIn } from '../../src/entities/people/data/index.js';
import type { KnownPerson, Office } from '../../src/entities/people/data/index.js';

const OFFICES: readonly Office[] = [
  'head_of_state',
  'head_of_government',
  'foreign_minister',
  'defence_minister',
  'spokesperson',
  'envoy',
  'monarch',
  'other',
];

/** Lower-case, strip diacritics and apostrophes, turn ı/ø/đ etc. into plain letters. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase();
}

function find(name: string): KnownPerson {
  const folded = fold(name);
  const p = KNOWN_PEOPLE.find((x) => fold(x.name) === folded);
  if (!p) throw new Error(`no entry named ${name}`);
  return p;
}

const CCA3 = new Set(countries.map((c) => c.cca3));

describe('KNOWN_PEOPLE structure', () => {
  it('has a substantial number of entries', () => {
    expect(KNOWN_PEOPLE.length).toBeGreaterThanOrEqual(450);
  });

  it('uses valid upper-case alpha-3 country codes (known to world-countries) or null', () => {
    const bad = KNOWN_PEOPLE.filter(
      (p) => p.country !== null && !(/^[A-Z]{3}$/.test(p.country) && CCA3.has(p.country)),
    ).map((p) => `${p.name}: ${p.country}`);
    expect(bad).toEqual([]);
  });

  it('has at least one term per person, known offices, integer years and from <= to', () => {
    const bad: string[] = [];
    for (const p of KNOWN_PEOPLE) {
      if (p.terms.length === 0) bad.push(`${p.name}: no terms`);
      for (const t of p.terms) {
        if (!OFFICES.includes(t.office)) bad.push(`${p.name}: office ${t.office}`);
        if (!Number.isInteger(t.from) || t.from < 1900 || t.from > 2026) bad.push(`${p.name}: from ${t.from}`);
        if (t.to !== undefined && (!Number.isInteger(t.to) || t.to < t.from || t.to > 2026)) {
          bad.push(`${p.name}: ${t.from}-${t.to}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no duplicate canonical names (diacritic-insensitive)', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const p of KNOWN_PEOPLE) {
      const key = fold(p.name);
      if (seen.has(key)) dups.push(`${seen.get(key)} / ${p.name}`);
      seen.set(key, p.name);
    }
    expect(dups).toEqual([]);
  });

  it('has a surname contained in the name or an alias (diacritic-insensitive)', () => {
    const bad = KNOWN_PEOPLE.filter((p) => {
      const s = fold(p.surname);
      return !fold(p.name).includes(s) && !(p.aliases ?? []).some((a) => fold(a).includes(s));
    }).map((p) => `${p.name} / ${p.surname}`);
    expect(bad).toEqual([]);
  });

  it('has a given name contained in the name or an alias, when given', () => {
    const bad = KNOWN_PEOPLE.filter((p) => {
      if (p.given === undefined) return false;
      const g = fold(p.given);
      return !fold(p.name).includes(g) && !(p.aliases ?? []).some((a) => fold(a).includes(g));
    }).map((p) => `${p.name} / ${p.given}`);
    expect(bad).toEqual([]);
  });

  it('has non-empty, trimmed, lower-case roles and trimmed, non-duplicated aliases', () => {
    const bad: string[] = [];
    for (const p of KNOWN_PEOPLE) {
      if (p.role.length === 0 || p.role !== p.role.trim() || p.role !== p.role.toLowerCase()) bad.push(`${p.name}: role "${p.role}"`);
      for (const s of [p.name, p.surname, p.given ?? 'x', ...(p.aliases ?? [])]) {
        if (s.length === 0 || s !== s.trim() || /\s{2}/.test(s)) bad.push(`${p.name}: "${s}"`);
      }
      const aliases = p.aliases ?? [];
      if (new Set(aliases).size !== aliases.length) bad.push(`${p.name}: duplicate alias`);
      if (aliases.includes(p.name)) bad.push(`${p.name}: alias equals name`);
    }
    expect(bad).toEqual([]);
  });

  it('has no overlapping terms in the same office for one person', () => {
    const bad: string[] = [];
    for (const p of KNOWN_PEOPLE) {
      const byOffice = new Map<Office, { from: number; to: number }[]>();
      for (const t of p.terms) {
        const list = byOffice.get(t.office) ?? [];
        list.push({ from: t.from, to: t.to ?? 9999 });
        byOffice.set(t.office, list);
      }
      for (const [office, list] of byOffice) {
        list.sort((a, b) => a.from - b.from);
        for (let i = 1; i < list.length; i++) {
          // Consecutive terms may touch in one year (left and came back the same year), never nest.
          if (list[i]!.from < list[i - 1]!.to) bad.push(`${p.name}: ${office}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('heldOfficeIn', () => {
  it('treats years as inclusive and a missing `to` as still in office', () => {
    const p: KnownPerson = {
      name: 'Test Person',
      surname: 'Person',
      country: 'USA',
      role: 'president',
      terms: [
        { office: 'head_of_state', from: 2001, to: 2004 },
        { office: 'foreign_minister', from: 2010 },
      ],
    };
    expect(heldOfficeIn(p, 2000)).toBe(false);
    expect(heldOfficeIn(p, 2001)).toBe(true);
    expect(heldOfficeIn(p, 2004)).toBe(true);
    expect(heldOfficeIn(p, 2005)).toBe(false);
    expect(heldOfficeIn(p, 2030)).toBe(true);
    expect(heldOfficeIn(p, 2003, 'foreign_minister')).toBe(false);
    expect(heldOfficeIn(p, 2012, 'foreign_minister')).toBe(true);
    expect(heldOfficeIn(p, 2012, 'head_of_state')).toBe(false);
  });
});

/** [name, country, year, held?, office?] */
type Spot = [string, string | null, number, boolean, Office?];
const SPOT_CHECKS: Spot[] = [
  ['Vladimir Putin', 'RUS', 2024, true, 'head_of_state'],
  ['Vladimir Putin', 'RUS', 2010, true, 'head_of_government'],
  ['Donald Trump', 'USA', 2018, true, 'head_of_state'],
  ['Donald Trump', 'USA', 2025, true, 'head_of_state'],
  ['Donald Trump', 'USA', 2022, false],
  ['Viktor Orbán', 'HUN', 2024, true, 'head_of_government'],
  ['Viktor Orbán', 'HUN', 2005, false],
  ['Narendra Modi', 'IND', 2024, true, 'head_of_government'],
  ['Narendra Modi', 'IND', 2010, false],
  ['Shinzo Abe', 'JPN', 2018, true, 'head_of_government'],
  ['Shinzo Abe', 'JPN', 2010, false],
  ['Moon Jae-in', 'KOR', 2018, true, 'head_of_state'],
  ['Hassan Rouhani', 'IRN', 2015, true],
  ['François Hollande', 'FRA', 2015, true, 'head_of_state'],
  ['David Cameron', 'GBR', 2015, true, 'head_of_government'],
  ['Iván Duque', 'COL', 2018, true, 'head_of_state'],
  ['Friedrich Merz', 'DEU', 2025, true, 'head_of_government'],
  ['Friedrich Merz', 'DEU', 2020, false],
  ['Anthony Albanese', 'AUS', 2022, true, 'head_of_government'],
  ['Muhammadu Buhari', 'NGA', 2017, true, 'head_of_state'],
  ['Alassane Ouattara', 'CIV', 2020, true, 'head_of_state'],
  ['Uhuru Kenyatta', 'KEN', 2018, true, 'head_of_state'],
  ['Abiy Ahmed', 'ETH', 2018, true, 'head_of_government'],
  ['Abdel Fattah el-Sisi', 'EGY', 2024, true, 'head_of_state'],
  ['Benjamin Netanyahu', 'ISR', 2020, true, 'head_of_government'],
  ['Benjamin Netanyahu', 'ISR', 2005, false, 'head_of_government'],
  ['Kyriakos Mitsotakis', 'GRC', 2023, true, 'head_of_government'],
  ['Luiz Inácio Lula da Silva', 'BRA', 2025, true, 'head_of_state'],
  ['Luiz Inácio Lula da Silva', 'BRA', 2015, false],
  ['Joe Biden', 'USA', 2022, true, 'head_of_state'],
  ['Joe Biden', 'USA', 2012, true, 'other'],
  ['Andrés Manuel López Obrador', 'MEX', 2022, true, 'head_of_state'],
  ['Xi Jinping', 'CHN', 2020, true, 'head_of_state'],
  ['Recep Tayyip Erdoğan', 'TUR', 2020, true, 'head_of_state'],
  ['Recep Tayyip Erdoğan', 'TUR', 2010, true, 'head_of_government'],
  ['Boris Johnson', 'GBR', 2019, true, 'head_of_government'],
  ['Manmohan Singh', 'IND', 2013, true, 'head_of_government'],
  ['Nawaz Sharif', 'PAK', 2013, true, 'head_of_government'],
  ['Sergei Lavrov', 'RUS', 2020, true, 'foreign_minister'],
  ['Dmitry Peskov', 'RUS', 2022, true, 'spokesperson'],
  ['Antony Blinken', 'USA', 2023, true, 'foreign_minister'],
  ['Angela Merkel', 'DEU', 2015, true, 'head_of_government'],
  ['Volodymyr Zelensky', 'UKR', 2023, true, 'head_of_state'],
  ['António Guterres', null, 2020, true],
  ['Jens Stoltenberg', null, 2020, true],
];

describe('spot checks', () => {
  it.each(SPOT_CHECKS)('%s (%s) in %i: %s', (name, country, year, held, office) => {
    const p = find(name);
    expect(p.country).toBe(country);
    expect(heldOfficeIn(p, year, office)).toBe(held);
  });

  it('finds people by bare surname', () => {
    const bySurname = (s: string) => KNOWN_PEOPLE.filter((p) => fold(p.surname) === fold(s)).map((p) => p.name);
    expect(bySurname('Modi')).toEqual(['Narendra Modi']);
    expect(bySurname('Sisi')).toEqual(['Abdel Fattah el-Sisi']);
    expect(bySurname('Lula')).toEqual(['Luiz Inácio Lula da Silva']);
    expect(bySurname('Abiy')).toEqual(['Abiy Ahmed']);
    expect(bySurname('López Obrador')).toEqual(['Andrés Manuel López Obrador']);
    expect(bySurname('bin Salman')).toEqual(['Mohammed bin Salman']);
  });

  it('completes truncated names by given name, country and year', () => {
    const complete = (given: string, country: string, year: number) =>
      KNOWN_PEOPLE.filter(
        (p) => p.given !== undefined && fold(p.given) === fold(given) && p.country === country && heldOfficeIn(p, year),
      ).map((p) => p.name);
    expect(complete('Vladimir', 'RUS', 2024)).toContain('Vladimir Putin');
    // "President-elect Donald" in December 2024: the caller looks one year ahead.
    expect(complete('Donald', 'USA', 2024)).toEqual([]);
    expect(complete('Donald', 'USA', 2025)).toEqual(['Donald Trump']);
    expect(complete('Recep Tayyip', 'TUR', 2016)).toEqual(['Recep Tayyip Erdoğan']);
  });

  it('knows common aliases', () => {
    const byAlias = (a: string) => KNOWN_PEOPLE.filter((p) => (p.aliases ?? []).includes(a)).map((p) => p.name);
    expect(byAlias('MBS')).toEqual(['Mohammed bin Salman']);
    expect(byAlias('AMLO')).toEqual(['Andrés Manuel López Obrador']);
    expect(byAlias('Zelenskyy')).toEqual(['Volodymyr Zelensky']);
    expect(byAlias('Rohani')).toEqual(['Hassan Rouhani']);
    expect(byAlias('Erdogan')).toEqual(['Recep Tayyip Erdoğan']);
  });
});
