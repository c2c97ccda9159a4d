import { describe, expect, it } from 'vitest';
import {
  allCountries,
  capitalToCountry,
  countryName,
  demonymToCountry,
  findCountryMentions,
  findOrganisationMentions,
  findPlaceMentions,
  findRegionMentions,
  isCountryCode,
  placeCountry,
  referenceToCountry,
} from '../../src/entities/countries/index.js';

/**
 * One sentence and what it should give. `expect` lists the mentions in order, each as
 * "CODE" or "CODE:kind"; `texts`, when given, lists the span texts in order.
 */
interface Case {
  name: string;
  text: string;
  expect: string[];
  texts?: string[];
}

const cases: Case[] = [
  // Names and short forms.
  { name: 'US forms, never "us"', text: 'The US and the U.S.A. both appear, but let us not forget USA.', expect: ['USA', 'USA', 'USA'], texts: ['US', 'U.S.A.', 'USA'] },
  {
    name: 'America is USA, the Americas and American regions are not',
    text: "America's allies met, yet Central America, Latin America and South America said nothing about the Americas.",
    expect: ['USA:name'],
    texts: ['America'],
  },
  {
    name: 'British forms',
    text: 'Britain and the UK agreed; U.K. officials and a Briton joined, as did Britons and British diplomats from England.',
    expect: ['GBR:name', 'GBR:name', 'GBR:name', 'GBR:demonym', 'GBR:demonym', 'GBR:demonym', 'GBR:name'],
  },
  { name: 'Türkiye spellings', text: 'Türkiye, also written Turkiye or Turkey, hosted the talks.', expect: ['TUR', 'TUR', 'TUR'] },
  { name: 'lower-case homographs never match', text: 'We ate turkey from china plates while chad and jordan were only words to us.', expect: [] },
  { name: 'official and acronym forms', text: 'The Russian Federation, the PRC, the DPRK and the ROK sent envoys.', expect: ['RUS', 'CHN', 'PRK', 'KOR'] },
  {
    name: 'North and South Korea, names and demonyms',
    text: 'North Korea fired a missile; North Korean state media and South Korean officials in South Korea reacted.',
    expect: ['PRK:name', 'PRK:demonym', 'KOR:demonym', 'KOR:name'],
  },
  {
    name: "Côte d'Ivoire in any case and with any apostrophe",
    text: "Ivory Coast, Côte d'Ivoire, COTE D’IVOIRE, Cote D’Ivoire and the Ivorian team.",
    expect: ['CIV', 'CIV', 'CIV', 'CIV', 'CIV:demonym'],
    texts: ['Ivory Coast', "Côte d'Ivoire", 'COTE D’IVOIRE', 'Cote D’Ivoire', 'Ivorian'],
  },
  {
    name: 'Holland, Czechia, Burma',
    text: 'Dutch officials in Holland, Czech diplomats from Czechia, and Burma, now Myanmar.',
    expect: ['NLD:demonym', 'NLD:name', 'CZE:demonym', 'CZE:name', 'MMR', 'MMR'],
  },
  { name: 'Gulf states', text: 'An Emirati envoy from the UAE met a Saudi minister.', expect: ['ARE:demonym', 'ARE:name', 'SAU:demonym'] },
  {
    name: 'Palestine, Taiwan, Vatican',
    text: 'Palestinians in Palestine, Taiwanese voters in Taiwan, and the Vatican, also called the Holy See.',
    expect: ['PSE:demonym', 'PSE:name', 'TWN:demonym', 'TWN:name', 'VAT', 'VAT'],
  },
  {
    name: 'demonyms; Kiwi is not one',
    text: 'A Filipino nurse, an Afghan refugee, Swiss bankers, a Nepali climber and Nepalese porters cheered the Kiwi captain.',
    expect: ['PHL:demonym', 'AFG:demonym', 'CHE:demonym', 'NPL:demonym', 'NPL:demonym'],
  },
  { name: 'plural demonyms', text: 'Israelis, Iranians, Americans and Ukrainians were there.', expect: ['ISR:demonym', 'IRN:demonym', 'USA:demonym', 'UKR:demonym'] },
  {
    name: 'possessives keep only the name',
    text: "Hungary's prime minister and Hungary’s foreign minister met the U.S.'s envoy.",
    expect: ['HUN', 'HUN', 'USA'],
    texts: ['Hungary', 'Hungary', 'U.S.'],
  },

  // Capitals.
  {
    name: 'capitals',
    text: 'Ministers flew from New Delhi to Delhi, Beijing, Moscow and Tehran.',
    expect: ['IND:capital', 'IND:capital', 'CHN:capital', 'RUS:capital', 'IRN:capital'],
  },
  {
    name: 'more capitals, with and without accents',
    text: 'Kyiv, formerly Kiev, hosted Abuja and Nairobi, then Jerusalem, Brussels, Bogotá, Bogota, Buenos Aires, Lima and Cairo.',
    expect: ['UKR', 'UKR', 'NGA', 'KEN', 'ISR', 'BEL', 'COL', 'COL', 'ARG', 'PER', 'EGY'],
  },
  { name: 'ALL-CAPS dateline with a dash', text: 'MOSCOW – Talks resumed on Friday.', expect: ['RUS:capital'], texts: ['MOSCOW'] },
  { name: 'ALL-CAPS two-word dateline', text: 'NEW DELHI: The ministry said nothing.', expect: ['IND:capital'], texts: ['NEW DELHI'] },
  {
    name: 'ALL-CAPS dateline then the country',
    text: 'BOGOTÁ, Colombia – TEHRAN and KYIV were mentioned.',
    expect: ['COL:capital', 'COL:name', 'IRN:capital', 'UKR:capital'],
  },
  {
    name: 'Washington, D.C. and Washington',
    text: 'Officials in Washington, D.C. and in Washington said on Monday they would respond.',
    expect: ['USA:capital', 'USA:capital'],
    texts: ['Washington, D.C.', 'Washington'],
  },
  {
    name: 'capitals that are common words or names are excluded',
    text: 'Victoria, Kingston, Hamilton, Georgetown and the male delegate; Male voters; Apia, Praia and Valletta.',
    expect: ['WSM:capital', 'CPV:capital', 'MLT:capital'],
  },
  { name: 'Lima only capitalised', text: 'She cooked lima beans in Lima.', expect: ['PER:capital'] },

  // Metonyms.
  {
    name: 'US metonyms',
    text: 'The White House, the Oval Office, the State Department, the Pentagon and Capitol Hill all weighed in.',
    expect: ['USA:metonym', 'USA:metonym', 'USA:metonym', 'USA:metonym', 'USA:metonym'],
  },
  {
    name: 'UK metonyms; Number 10 only with Downing Street',
    text: 'Downing Street and Whitehall objected; the Foreign Office agreed; No 10 Downing Street stayed silent; Number 10 alone is nothing.',
    expect: ['GBR:metonym', 'GBR:metonym', 'GBR:metonym', 'GBR:metonym'],
    texts: ['Downing Street', 'Whitehall', 'Foreign Office', 'No 10 Downing Street'],
  },
  { name: 'French metonyms', text: "The Élysée, the Elysee Palace and the Quai d'Orsay replied.", expect: ['FRA:metonym', 'FRA:metonym', 'FRA:metonym'] },
  {
    name: 'other metonyms',
    text: 'Zhongnanhai, the Blue House, Aso Rock, the Kremlin and Foggy Bottom.',
    expect: ['CHN:metonym', 'KOR:metonym', 'NGA:metonym', 'RUS:metonym', 'USA:metonym'],
  },
  {
    name: 'Chancellery only as German Chancellery',
    text: 'The German Chancellery issued a statement; the Chancellery in Vienna did not.',
    expect: ['DEU:metonym', 'AUT:capital'],
    texts: ['German Chancellery', 'Vienna'],
  },
  { name: 'generic office after a country is not GBR', text: "Germany's Foreign Office summoned the envoy.", expect: ['DEU:name'] },

  // Organisations are not countries.
  { name: 'organisations give no country', text: 'The European Union, NATO and the United Nations met in the U.N. building.', expect: [] },
  { name: 'country words inside organisation names', text: 'The Organization of American States and the African Union met.', expect: [] },

  // Longest match.
  { name: 'South Sudan vs Sudan', text: 'South Sudan and Sudan signed a deal; South Sudanese refugees returned.', expect: ['SSD', 'SDN', 'SSD:demonym'] },
  {
    name: 'the Guineas',
    text: 'Papua New Guinea, Guinea, Equatorial Guinea, Guinea-Bissau and the island of New Guinea.',
    expect: ['PNG', 'GIN', 'GNQ', 'GNB'],
  },
  { name: 'Dominican Republic vs Dominica', text: 'The Dominican Republic and Dominica voted.', expect: ['DOM', 'DMA'] },
  {
    name: 'Niger vs Nigeria',
    text: 'Niger, Nigeria, Nigerian troops and Nigerien soldiers.',
    expect: ['NER:name', 'NGA:name', 'NGA:demonym', 'NER:demonym'],
  },

  // Seats of government by the name of their palace or office.
  { name: 'seats by their palace', text: 'Talks at Bayan Palace, then at the Union Buildings and Malacañang.', expect: ['KWT:metonym', 'ZAF:metonym', 'PHL:metonym'] },

  // A city before a score in a results table is a team.
  { name: 'a capital in a table of results is a team', text: 'OTTAWA 7 11 6 62 72\nLondon 2 Paris 1', expect: [] },
  { name: 'a capital before a date or a count is a place', text: 'Dateline: Paris 12 December. Kabul 3 km away; Nairobi 1996-12-06.', expect: ['FRA:capital', 'AFG:capital', 'KEN:capital'] },

  // Hyphenated compounds.
  { name: 'India-US and US-India', text: 'India-US ties and US-India trade grew.', expect: ['IND', 'USA', 'USA', 'IND'] },
  { name: 'China-Brazil and Franco-German', text: 'China-Brazil trade and Franco-German friendship.', expect: ['CHN', 'BRA', 'FRA:demonym', 'DEU:demonym'] },
  { name: 'US-North Korea and Russia-Ukraine', text: 'US-North Korea talks stalled during the Russia-Ukraine war.', expect: ['USA', 'PRK', 'RUS', 'UKR'] },
  { name: 'combining forms need a hyphen', text: 'Sino-Indian border talks; Franco said little.', expect: ['CHN:demonym', 'IND:demonym'] },

  // Georgia.
  { name: 'Georgia the country', text: "Georgia's president met officials in Tbilisi.", expect: ['GEO:name', 'GEO:capital'] },
  { name: "Georgia's governor is the US state", text: "Georgia's governor signed the bill.", expect: [] },
  { name: 'Georgia near Atlanta is the US state', text: 'Georgia lawmakers met in Atlanta on Tuesday.', expect: [] },
  { name: 'state of Georgia', text: 'Voters in the state of Georgia went to the polls.', expect: [] },
  { name: '(R-Ga.) marks the US state', text: 'Sen. Jane Roe (R-Ga.) said Georgia deserved better.', expect: [] },
  { name: 'Georgia, U.S.', text: 'A company based in Georgia, U.S. said it would invest.', expect: ['USA'], texts: ['U.S.'] },

  // Person names.
  { name: 'first name + country word', text: 'Michael Jordan and Chad Johnson watched the game.', expect: [] },
  {
    name: 'titles after a country are fine',
    text: 'Jordan and Chad signed a pact; Chad President Mahamat Deby and Jordan King Abdullah attended.',
    expect: ['JOR', 'TCD', 'TCD', 'JOR'],
  },
  { name: 'surname after a country word', text: 'Israel Katz spoke; Kenya Moore laughed; then Israel and Kenya agreed.', expect: ['ISR', 'KEN'] },
  {
    name: 'Washington as a person, newspaper or state',
    text: 'George Washington, the Washington Post and Washington State University; farms in Washington state.',
    expect: [],
  },
  { name: 'Tom Holland is not the Netherlands', text: 'Tom Holland flew to Holland.', expect: ['NLD'] },
  { name: 'William Hague is not the Hague', text: 'William Hague visited The Hague and Finn met a Finn.', expect: ['NLD:capital'] },

  // Regions and non-references.
  {
    name: 'China Sea is no country',
    text: 'Ships sailed the South China Sea and the East China Sea before China protested.',
    expect: ['CHN'],
    texts: ['China'],
  },
  { name: 'bare Korea is ambiguous', text: 'The Korean Peninsula, the Korean War, inter-Korean talks, the two Koreas and Korea.', expect: [] },
  {
    name: 'regions',
    text: 'The Indo-Pacific, the Middle East, the Mideast, the Gulf, Southeast Asia, Europe, European leaders, Western nations, Kashmir, Gaza, the Gaza Strip and the West Bank.',
    expect: [],
  },
  {
    name: 'Congo',
    text: 'The Democratic Republic of the Congo, DR Congo, the DRC, the Republic of the Congo, Congo-Brazzaville and Congo.',
    expect: ['COD', 'COD', 'COD', 'COG', 'COG', 'COD'],
  },
  {
    name: 'New X places are not countries',
    text: 'Lebanon and Mexico City; New Mexico, New York, New Jersey and New England; Jersey and Guernsey.',
    expect: ['LBN:name', 'MEX:capital', 'JEY:name', 'GGY:name'],
  },
  {
    name: 'demonym or name before Sea/Ocean, water bodies',
    text: 'Turkish Airlines flew over the Indian Ocean, the Arabian Sea and the Persian Gulf to the Panama Canal.',
    expect: ['TUR:demonym', 'PAN:name'],
  },
  { name: 'Gulf of / Sea of', text: 'The Gulf of Mexico, the Sea of Japan and the Gulf of Guinea.', expect: [] },
  { name: 'non-capital cities give no country', text: 'Talks in New York, Lausanne, Florida, Alaska and Bali.', expect: [] },
  { name: 'US places named after capitals', text: 'Nassau County and Paris, Texas.', expect: [] },
  { name: 'currency is not a reference', text: 'US$5 billion in aid from the US arrived.', expect: ['USA'], texts: ['US'] },
  { name: 'line breaks end a phrase', text: 'They visited the South\nSudan border.', expect: ['SDN'] },
  // A capital inside a longer proper name (a club, a treaty, a newspaper) names no place; its own offices, venues and compounds do.
  { name: 'capital inside a club or treaty name', text: 'Fans of Real Madrid and Dynamo Kyiv cheered; the Lisbon Treaty and the Tehran Times were cited.', expect: [] },
  { name: 'capital before an office, a venue or a person', text: 'Kyiv Mayor Ana Ruda met them at the Bangkok Convention Centre; the envoy to Kyiv Petro Lyseiko and a Modi Dhaka visit.', expect: ['UKR', 'THA', 'UKR', 'BGD'] },
  { name: 'capital as the family name after a given name', text: 'Prime Minister Joseph Muscat and Foreign Minister Karmenu Vella met.', expect: [] },
  { name: 'a former name of the same state', text: 'Zaire, renamed in 1997, and Zairean troops; Burma and Swaziland.', expect: ['COD:name', 'COD:demonym', 'MMR', 'SWZ'] },
  { name: 'title-case headline keeps its capital', text: 'Xi Visits Moscow For Talks', expect: ['RUS'] },
];

describe('findCountryMentions', () => {
  it.each(cases)('$name', ({ text, expect: expected, texts }) => {
    const mentions = findCountryMentions(text);
    const got = mentions.map((m, k) => (expected[k]?.includes(':') ? `${m.code}:${m.kind}` : m.code));
    expect(got).toEqual(expected);
    if (texts) expect(mentions.map((m) => m.text)).toEqual(texts);
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    const starts = mentions.map((m) => m.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('uses UTF-16 offsets after astral characters', () => {
    const text = '🇺🇦🙂 Ukraine and 🇵🇱 Poland';
    const mentions = findCountryMentions(text);
    expect(mentions.map((m) => m.code)).toEqual(['UKR', 'POL']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('returns on 2 MB of random-ish text with valid spans', () => {
    const pool = [
      'the', 'of', 'Hungary’s', 'U.S.', 'US-', 'Georgia', 'South', 'Sudan', 'New', 'Guinea', 'Washington,', 'D.C.',
      'Jordan', 'Peterson', 'Côte', "d'Ivoire", 'Kremlin', '—', '–', 'MOSCOW', 'China', 'Sea', 'said', '🙂', 'é', "'",
      '.', ',', '\n', 'Franco-', 'German', 'NATO', 'Republic', 'Congo', 'Indian', 'Ocean', 'a.b.c.', "'s", '’', '-', 'x',
    ];
    let seed = 42;
    const parts: string[] = [];
    let size = 0;
    while (size < 2_000_000) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const word = pool[seed % pool.length]!;
      const sep = seed % 7 === 0 ? '' : ' ';
      parts.push(word, sep);
      size += word.length + sep.length;
    }
    const text = parts.join('');
    const mentions = findCountryMentions(text);
    expect(Array.isArray(mentions)).toBe(true);
    expect(mentions.length).toBeGreaterThan(0);
    const bad = mentions.filter((m) => text.slice(m.start, m.end) !== m.text);
    expect(bad).toEqual([]);
  });
});

describe('findOrganisationMentions', () => {
  it.each([
    ['EU forms', 'The EU and the European Union; the E.U. and the European Commission.', ['EU', 'EU', 'EU', 'EC']],
    ['NATO and UN forms', 'NATO, Nato, the UN, the U.N., the United Nations, UNGA and the U.N. General Assembly.', ['NATO', 'NATO', 'UN', 'UN', 'UN', 'UNGA', 'UNGA']],
    ['groups', 'BRICS, the G7, the G-7, the G20, the G-20, ASEAN and the African Union.', ['BRICS', 'G7', 'G7', 'G20', 'G20', 'ASEAN', 'AU']],
    [
      'institutions',
      'The ICC, the International Criminal Court, OPEC, the WTO, the IMF, the World Bank and the Arab League.',
      ['ICC', 'ICC', 'OPEC', 'WTO', 'IMF', 'WB', 'LAS'],
    ],
    ['more blocs', 'The Gulf Cooperation Council, the SCO, the Quad, the OSCE and the Commonwealth.', ['GCC', 'SCO', 'QUAD', 'OSCE', 'COMMONWEALTH']],
    ['no acronym in lower case', 'an un-named envoy said the eu rules and nato were fine', []],
    ['OAS, not USA', 'The Organization of American States met.', ['OAS']],
  ] as const)('%s', (_name, text, ids) => {
    const found = findOrganisationMentions(text);
    expect(found.map((o) => o.id)).toEqual(ids);
    for (const o of found) expect(text.slice(o.start, o.end)).toBe(o.text);
  });

  it('gives names', () => {
    expect(findOrganisationMentions('NATO met.')[0]?.name).toBe('North Atlantic Treaty Organization');
  });
});

describe('regions', () => {
  it('finds continents, regions, seas and oceans, which give no country', () => {
    const text = 'The envoy toured Central Asia and the Middle East before a forum on the Pacific and the Red Sea in Europe.';
    expect(findRegionMentions(text).map((r) => r.name)).toEqual(['Central Asia', 'Middle East', 'Pacific', 'Red Sea', 'Europe']);
    expect(findCountryMentions(text)).toEqual([]);
  });

  it('gives a region one name whatever its form, and reads no adjective as a region', () => {
    expect(findRegionMentions('Mideast peace and South-East Asia').map((r) => r.name)).toEqual(['Middle East', 'Southeast Asia']);
    expect(findRegionMentions('European and Latin American leaders met.')).toEqual([]);
  });
});

describe('places', () => {
  it('reads a city before a score in a results table as a team, not a place', () => {
    expect(findPlaceMentions('Munich 1 Karlsruhe 3 Barcelona 5 0 31').map((p) => p.text)).toEqual([]);
    expect(findPlaceMentions('Wheat shipments: Chicago 78,056 tonnes.').map((p) => p.text)).toEqual(['Chicago']);
  });

  it('finds non-capital venues with their country', () => {
    const text = 'They met at Mar-a-Lago in Florida, then at Camp David, Sochi, St. Petersburg, Sharm el-Sheikh and Panmunjom.';
    const found = findPlaceMentions(text);
    expect(found.map((p) => `${p.text}=${p.country}`)).toEqual([
      'Mar-a-Lago=USA', 'Florida=USA', 'Camp David=USA', 'Sochi=RUS', 'St. Petersburg=RUS', 'Sharm el-Sheikh=EGY', 'Panmunjom=KOR',
    ]);
    expect(found[4]?.name).toBe('St Petersburg');
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('reports no town inside a longer proper name, but keeps one before a venue or a district', () => {
    const text = 'Manchester United fans met Bayern Munich officials at the Melbourne Cricket Ground, in the San Francisco Bay Area and in Lagos State.';
    expect(findPlaceMentions(text).map((p) => p.text)).toEqual(['Melbourne', 'San Francisco', 'Lagos']);
  });

  it('finds a gazetteer town that a preposition of place introduces, and no town by its name alone', () => {
    const text = 'Envoys met in Kanpur on Monday, then near Bukavu and outside Des Moines; Kanpur officials said so.';
    expect(findPlaceMentions(text).map((p) => `${p.text}=${p.country}`)).toEqual(['Kanpur=IND', 'Bukavu=COD', 'Des Moines=USA']);
  });

  it('reads no town where the preposition leaves it open: a month, a given name, an -ing word, a longer name', () => {
    expect(findPlaceMentions('Talks resume in March in Reading, and in Victoria Mensah\'s office in Asia.')).toEqual([]);
  });

  it('finds a gazetteer town in a dateline in capitals opening a line, not a word in capitals', () => {
    const text = 'KANPUR, India — Talks ended.\nWINNIPEG 2024-03-01 Officials met.\nDES MOINES (Reuters) - A vote.\nMARCH 2024 REPORT\nSALE 20 PERCENT\nPASAY CITY — A call.';
    expect(findPlaceMentions(text).map((p) => `${p.name}=${p.country}`)).toEqual(['Kanpur=IND', 'Winnipeg=CAN', 'Des Moines=USA', 'Pasay City=PHL']);
  });

  it('does not report capitals as places', () => {
    expect(findPlaceMentions('Budapest and Vienna')).toEqual([]);
  });

  it.each([
    ['Sochi', 'RUS'], ['Geneva', 'CHE'], ['Davos', 'CHE'], ['Bali', 'IDN'], ['Osaka', 'JPN'], ['Anchorage', 'USA'],
    ['Saint Petersburg', 'RUS'], ['camp david', 'USA'], ['Budapest', 'HUN'], ['Oval Office', 'USA'], ['Georgia', 'GEO'],
    ['Nowhere Town', undefined],
  ] as const)('placeCountry(%s) = %s', (name, code) => {
    expect(placeCountry(name)).toBe(code);
  });
});

describe('lookups', () => {
  it.each([
    ['USA', 'United States'], ['GBR', 'United Kingdom'], ['RUS', 'Russia'], ['KOR', 'South Korea'], ['IRN', 'Iran'],
    ['TUR', 'Turkey'], ['XKX', 'Kosovo'], ['usa', 'United States'], ['ZZZ', undefined],
  ] as const)('countryName(%s) = %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });

  it('isCountryCode', () => {
    expect(isCountryCode('HUN')).toBe(true);
    expect(isCountryCode('XKX')).toBe(true);
    expect(isCountryCode('UNK')).toBe(false);
    expect(isCountryCode('ATA')).toBe(false);
  });

  it.each([
    ['Russian', 'RUS'], ['Iranian', 'IRN'], ['Israelis', 'ISR'], ['North Korean', 'PRK'], ['emirati', 'ARE'],
    ['Hungarian', 'HUN'], ['Congolese', 'COD'], ['Dominican', 'DOM'], ['Kiwi', undefined], ['Franco', undefined],
  ] as const)('demonymToCountry(%s) = %s', (word, code) => {
    expect(demonymToCountry(word)).toBe(code);
  });

  it.each([
    ['Budapest', 'HUN'], ['kiev', 'UKR'], ['New Delhi', 'IND'], ['Washington, D.C.', 'USA'], ['Victoria', undefined], ['Kingston', undefined],
  ] as const)('capitalToCountry(%s) = %s', (name, code) => {
    expect(capitalToCountry(name)).toBe(code);
  });

  it('referenceToCountry', () => {
    expect(referenceToCountry("Hungary's")).toEqual({ code: 'HUN', kind: 'name' });
    expect(referenceToCountry('U.S.')).toEqual({ code: 'USA', kind: 'name' });
    expect(referenceToCountry('us')).toBeUndefined();
    expect(referenceToCountry('the Kremlin')).toBeUndefined();
    expect(referenceToCountry('Kremlin')).toEqual({ code: 'RUS', kind: 'metonym' });
  });

  it('the gazetteer covers the world once per code', () => {
    const list = allCountries();
    expect(list.length).toBeGreaterThan(240);
    expect(new Set(list.map((c) => c.code)).size).toBe(list.length);
  });
});
