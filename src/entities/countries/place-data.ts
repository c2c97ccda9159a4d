/**
 * Well-known non-capital places that appear as venues in diplomatic news, by country.
 *
 * These give an event location its country; they never create a country reference.
 * Each string is "Name|alias|alias". Places whose name is mostly a personal name or an
 * ordinary word ("Nice", "Florence", "Victoria", "Split") and places shared by several
 * countries ("Cambridge", "Perth", "Alexandria", "Hyderabad") are left out.
 * Georgia and Washington are not here: as words they are a country and a capital first.
 */

/** US states other than Georgia and Washington (both handled by the country matcher). */
export const US_STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  "Hawaii|Hawai'i", 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York State', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming',
];

/** Non-capital places by ISO alpha-3 code. */
export const PLACES_BY_COUNTRY: Readonly<Record<string, readonly string[]>> = {
  USA: [
    ...US_STATES,
    'New York|New York City|NYC', 'Los Angeles', 'San Francisco', 'Chicago', 'Miami', 'Palm Beach', 'West Palm Beach',
    'Mar-a-Lago', 'Camp David', 'Bedminster', 'Sunnylands', 'Rancho Mirage', 'Anchorage', 'Honolulu', 'Seattle',
    'Houston', 'Dallas', 'Atlanta', 'Boston', 'Philadelphia', 'Denver', 'Las Vegas', 'Detroit', 'Pittsburgh',
    'Annapolis', 'New Orleans', 'San Diego', 'Kennebunkport', 'Guantanamo Bay', 'New England',
    'Jersey City', 'Long Island', 'Manhattan', 'Brooklyn', 'Silicon Valley',
  ],
  GBR: [
    'Edinburgh', 'Belfast', 'Cardiff', 'Manchester', 'Birmingham', 'Liverpool', 'Glasgow', 'Chequers', 'Windsor Castle',
    'Balmoral', 'Sandringham', 'Cornwall', 'Carbis Bay', 'Bletchley Park', 'Hillsborough Castle',
    'Buckingham Palace', 'Lancaster House',
  ],
  FRA: [
    'Marseille|Marseilles', 'Lyon|Lyons', 'Cannes', 'Biarritz', 'Strasbourg', 'Bordeaux', 'Toulouse', 'Deauville',
    'Evian|Évian', 'Brégançon|Fort de Brégançon', 'Versailles', 'Normandy', 'Corsica',
  ],
  DEU: [
    'Munich', 'Hamburg', 'Frankfurt', 'Cologne', 'Bonn', 'Dresden', 'Leipzig', 'Schloss Elmau|Elmau', 'Ramstein',
    'Potsdam', 'Meseberg', 'Heiligendamm', 'Stuttgart', 'Düsseldorf|Dusseldorf',
  ],
  CHE: ['Geneva', 'Davos', 'Lausanne', 'Zurich|Zürich', 'Bürgenstock|Burgenstock', 'Lucerne', 'Montreux', 'Basel'],
  ITA: [
    'Milan', 'Naples', 'Venice', 'Turin', 'Bari', 'Apulia|Puglia', 'Borgo Egnazia', 'Taormina', 'Sicily', 'Sardinia',
    'Genoa', "L'Aquila",
  ],
  ESP: ['Barcelona', 'Seville', 'Malaga|Málaga', 'Bilbao'],
  NLD: ['Rotterdam'],
  BEL: ['Antwerp'],
  AUT: ['Salzburg'],
  POL: ['Krakow|Kraków|Cracow', 'Rzeszow|Rzeszów', 'Gdansk|Gdańsk'],
  SWE: ['Gothenburg'],
  NOR: ['Bergen', 'Tromsø|Tromso'],
  FIN: ['Turku'],
  GRC: ['Thessaloniki', 'Crete'],
  HRV: ['Dubrovnik'],
  RUS: [
    'St Petersburg|Saint Petersburg|St. Petersburg', 'Sochi', 'Vladivostok', 'Kazan', 'Yekaterinburg', 'Novosibirsk',
    'Kaliningrad', 'Novo-Ogaryovo', 'Murmansk', 'Ufa',
  ],
  UKR: [
    'Kharkiv|Kharkov', 'Odesa|Odessa', 'Lviv', 'Dnipro', 'Zaporizhzhia', 'Mariupol', 'Bucha', 'Kherson', 'Donetsk',
    'Luhansk', 'Crimea',
  ],
  GEO: ['Batumi'],
  TUR: ['Istanbul', 'Antalya', 'Izmir', 'Bodrum'],
  SAU: ['Jeddah', 'Mecca', 'NEOM|Neom', 'AlUla|Al-Ula', 'Dhahran'],
  ARE: ['Dubai', 'Sharjah'],
  QAT: ['Lusail'],
  ISR: ['Tel Aviv', 'Haifa', 'Eilat'],
  PSE: ['Gaza', 'Gaza City', 'West Bank', 'Gaza Strip'],
  EGY: ['Sharm el-Sheikh|Sharm El Sheikh|Sharm al-Sheikh', 'Luxor', 'Port Said', 'Suez'],
  JOR: ['Aqaba'],
  IRQ: ['Basra', 'Erbil', 'Mosul'],
  SYR: ['Aleppo', 'Homs', 'Idlib'],
  IRN: ['Isfahan', 'Mashhad'],
  OMN: ['Salalah'],
  CHN: [
    'Shanghai', 'Shenzhen', 'Guangzhou', 'Wuhan', 'Hangzhou', "Xi'an|Xian", 'Chengdu', 'Tianjin', 'Xiamen', 'Qingdao',
    'Hainan', 'Boao', 'Sanya', 'Beidaihe', 'Dalian', 'Harbin', 'Xinjiang', 'Tibet',
  ],
  JPN: ['Osaka', 'Hiroshima', 'Kyoto', 'Nagoya', 'Yokohama', 'Sapporo', 'Okinawa', 'Nagasaki', 'Ise-Shima', 'Kobe'],
  KOR: ['Busan', 'Panmunjom', 'Incheon', 'Jeju', 'Gyeongju'],
  PRK: ['Kaesong', 'Wonsan'],
  IND: [
    'Mumbai|Bombay', 'Bengaluru|Bangalore', 'Kolkata|Calcutta', 'Chennai', 'Goa', 'Ahmedabad', 'Gandhinagar', 'Varanasi',
    'Agra', 'Jaipur', 'Mamallapuram',
  ],
  PAK: ['Karachi', 'Lahore', 'Rawalpindi', 'Peshawar'],
  AFG: ['Kandahar', 'Herat', 'Bagram'],
  UZB: ['Samarkand', 'Bukhara'],
  KAZ: ['Almaty'],
  IDN: ['Bali', 'Nusa Dua', 'Surabaya'],
  VNM: ['Ho Chi Minh City|Saigon', 'Da Nang|Danang'],
  PHL: ['Cebu', 'Davao'],
  KHM: ['Siem Reap'],
  THA: ['Chiang Mai', 'Phuket', 'Pattaya'],
  MYS: ['Penang', 'Langkawi'],
  MMR: ['Yangon|Rangoon', 'Mandalay'],
  AUS: ['Sydney', 'Melbourne', 'Brisbane', 'Adelaide', 'Hobart', 'Western Australia', 'South Australia', 'New South Wales'],
  NZL: ['Auckland', 'Christchurch'],
  CAN: [
    'Toronto', 'Montreal|Montréal', 'Vancouver', 'Quebec City', 'Calgary', 'Charlevoix', 'Kananaskis', 'British Columbia',
    'Ontario', 'Quebec|Québec', 'Alberta',
  ],
  MEX: ['Guadalajara', 'Monterrey', 'Cancun|Cancún', 'Tijuana', 'Acapulco'],
  BRA: ['Rio de Janeiro', 'Sao Paulo|São Paulo', 'Belem|Belém'],
  ARG: ['Mar del Plata', 'Ushuaia'],
  CHL: ['Valparaiso|Valparaíso', 'Vina del Mar|Viña del Mar'],
  COL: ['Cartagena', 'Medellin|Medellín'],
  PER: ['Cusco|Cuzco'],
  CUB: ['Guantanamo|Guantánamo'],
  ZAF: ['Johannesburg', 'Durban'],
  NGA: ['Lagos', 'Kano', 'Niger Delta'],
  CIV: ['Abidjan'],
  KEN: ['Mombasa'],
  TZA: ['Dar es Salaam', 'Zanzibar', 'Arusha'],
  COD: ['Goma', 'Lubumbashi'],
  MAR: ['Casablanca', 'Marrakech|Marrakesh', 'Tangier'],
  LBY: ['Benghazi', 'Misrata'],
  SDN: ['Port Sudan', 'Omdurman', 'Darfur'],
  CMR: ['Douala'],
  BEN: ['Cotonou'],
  BDI: ['Bujumbura'],
  UGA: ['Entebbe'],
  ETH: ['Mekelle'],
};
