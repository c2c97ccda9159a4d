/**
 * National news agencies and the country each reports for. A story credited to one ("KUWAIT, Nov 8
 * (KUNA) --", "BOGOR, Aug 9 (Bernama) --", "WASHINGTON, May 3. /TASS/.") names its own country's
 * officials without a demonym ("Prime Minister X"), wherever the dateline is.
 */
export const NEWS_AGENCIES: ReadonlyMap<string, string> = new Map([
  ['xinhua', 'CHN'], ['tass', 'RUS'], ['ria novosti', 'RUS'], ['interfax', 'RUS'], ['irna', 'IRN'], ['isna', 'IRN'], ['mehr', 'IRN'],
  ['anadolu', 'TUR'], ['aa', 'TUR'], ['yonhap', 'KOR'], ['kcna', 'PRK'], ['kyodo', 'JPN'], ['jiji', 'JPN'], ['pti', 'IND'], ['ians', 'IND'], ['ani', 'IND'],
  ['app', 'PAK'], ['kuna', 'KWT'], ['wam', 'ARE'], ['spa', 'SAU'], ['qna', 'QAT'], ['bna', 'BHR'], ['ona', 'OMN'], ['petra', 'JOR'], ['sana', 'SYR'],
  ['nna', 'LBN'], ['ina', 'IRQ'], ['mena', 'EGY'], ['ena', 'ETH'], ['kna', 'KEN'], ['nan', 'NGA'], ['gna', 'GHA'], ['aps', 'DZA'], ['map', 'MAR'], ['tap', 'TUN'],
  ['bernama', 'MYS'], ['antara', 'IDN'], ['vna', 'VNM'], ['pna', 'PHL'], ['tna', 'THA'], ['kpl', 'LAO'], ['akp', 'KHM'], ['bss', 'BGD'], ['rss', 'NPL'],
  ['prensa latina', 'CUB'], ['notimex', 'MEX'], ['telam', 'ARG'], ['agencia brasil', 'BRA'], ['andina', 'PER'], ['ukrinform', 'UKR'], ['belta', 'BLR'],
  ['kazinform', 'KAZ'], ['uza', 'UZB'], ['azertac', 'AZE'], ['armenpress', 'ARM'], ['trend', 'AZE'], ['sputnik', 'RUS'],
  ['itar-tass', 'RUS'], ['abi', 'BOL'], ['tanjug', 'SRB'], ['angop', 'AGO'], ['suna', 'SDN'], ['ami', 'MRT'], ['bta', 'BGR'],
  ['mti', 'HUN'], ['ctk', 'CZE'], ['tasr', 'SVK'], ['pap', 'POL'], ['elta', 'LTU'], ['leta', 'LVA'], ['hina', 'HRV'], ['moldpres', 'MDA'],
  ['akipress', 'KGZ'], ['khovar', 'TJK'], ['montsame', 'MNG'], ['mizzima', 'MMR'], ['sabanews', 'YEM'], ['saba', 'YEM'], ['wafa', 'PSE'],
]);

// EFE, dpa and ANSA are left out: like AFP and Reuters they are wires that report from everywhere
// for every country's press, so a story credited to one is told from its dateline, not from Spain,
// Germany or Italy.

/** How far into a text an agency's credit is looked for (its dateline). */
const CREDIT_REACH = 160;

/** How far from the end of a text an agency's sign-off is looked for ("… here today. — Bernama"). */
const SIGN_OFF_REACH = 40;

/**
 * The country of the national agency a story credits: in its dateline ("(KUNA)", "/TASS/",
 * "(Xinhua) --") or, failing that, in the sign-off that ends it ("— Bernama", "-- APS"); undefined
 * when there is none.
 */
export function agencyCountry(text: string): string | undefined {
  const head = text.slice(0, CREDIT_REACH);
  // "(KUNA)", "/TASS/", "(ITAR-TASS)"; or after the date, "Accra, Oct. 2, GNA -": the first credit the table knows
  for (const credit of head.matchAll(/[(/]\s*([A-Za-z][A-Za-z .-]{1,20}?)\s*[)/]|,\s*([A-Z][A-Za-z-]{1,11})\s+[-–—]/g)) {
    const country = agencyNamed(credit[1] ?? credit[2]);
    if (country) return country;
  }
  // "… left for Ankara tonight. — Bernama": a dash and the agency's name close the text
  const signOff = /(?:^|\s)(?:[-–—]{1,2}|\/)\s*([A-Z][A-Za-z .-]{1,20}?)\s*\/?\.?\s*$/.exec(text.slice(-SIGN_OFF_REACH));
  return agencyNamed(signOff?.[1]);
}

/** The country of the agency `name` names, if the table knows it. */
function agencyNamed(name: string | undefined): string | undefined {
  return name ? NEWS_AGENCIES.get(name.toLowerCase().replace(/\.$/, '')) : undefined;
}
