import type { TextDocument } from '../../text/types.js';
import { fold } from '../../text/fold.js';
import { TITLE_WORDS } from './titles.js';
import type { NameMention } from './name-mentions.js';

/**
 * An office or body only one state has, so that its title names the state without a demonym
 * ("Home Secretary X" acts for the United Kingdom, "External Affairs Minister X" for India).
 * Offices several states share in English ("Foreign Secretary": the UK's and India's; "Defense
 * Secretary": the US's and the Philippines'; "Majority Leader"; "Politburo") are left out.
 */
export interface NationalOffice {
  /** The words of the office or body, lower case, as news English writes them. */
  phrase: string;
  /** ISO 3166-1 alpha-3 code of the one state that has it. */
  country: string;
  /** A sentence of ours whose person the phrase gives that country. */
  example: string;
}

/** Offices and bodies of one state. */
export const NATIONAL_OFFICES: readonly NationalOffice[] = [
  { phrase: 'home secretary', country: 'GBR', example: 'Home Secretary Jane Doyle defended the new asylum rules in the Commons.' },
  { phrase: 'chancellor of the exchequer', country: 'GBR', example: 'Chancellor of the Exchequer Tom Barker will present the budget on Wednesday.' },
  { phrase: 'brexit secretary', country: 'GBR', example: 'Brexit Secretary Alan Moss flew to Brussels for another round of talks.' },
  { phrase: 'northern ireland secretary', country: 'GBR', example: 'Northern Ireland Secretary Ruth Kerr met party leaders at Stormont.' },
  { phrase: 'secretary of state', country: 'USA', example: 'Secretary of State Mark Ellison arrived in Cairo on Sunday.' },
  { phrase: 'treasury secretary', country: 'USA', example: 'Treasury Secretary Laura Finch held talks with Chinese Vice Premier He Lin.' },
  { phrase: 'homeland security secretary', country: 'USA', example: 'Homeland Security Secretary Dan Ortiz toured the border crossing.' },
  { phrase: 'trade representative', country: 'USA', example: 'Trade Representative Nora Clay met her Japanese counterpart in Tokyo.' },
  { phrase: 'fbi director', country: 'USA', example: 'FBI Director Paul Hayes briefed senators behind closed doors.' },
  { phrase: 'cia director', country: 'USA', example: 'CIA Director Sam Rourke travelled secretly to Doha for the hostage talks.' },
  { phrase: 'external affairs', country: 'IND', example: 'Minister of State for External Affairs Ravi Menon led the delegation to the summit.' },
  { phrase: 'mea', country: 'IND', example: 'MEA spokesperson Ravi Kumar said the two leaders had a warm conversation.' },
  { phrase: 'dfat', country: 'AUS', example: 'DFAT secretary Helen Ward met the Indonesian ambassador in Canberra.' },
  { phrase: 'lok sabha', country: 'IND', example: 'Lok Sabha Speaker Anil Rao received a parliamentary delegation from Fiji.' },
  { phrase: 'rajya sabha', country: 'IND', example: 'Rajya Sabha Deputy Chairman Priya Nair received a delegation of lawmakers from Ghana.' },
  { phrase: "national people's congress", country: 'CHN', example: "Chairman of the Standing Committee of the National People's Congress Zhao Ming met the visiting speaker." },
  { phrase: 'state councilor', country: 'CHN', example: 'State Councilor Liu Peng will attend the opening of the expo.' },
  { phrase: 'state councillor', country: 'CHN', example: 'State Councillor Liu Peng will attend the opening of the expo.' },
  { phrase: 'chief cabinet secretary', country: 'JPN', example: 'Chief Cabinet Secretary Hiro Tanabe told reporters the talks would go ahead.' },
  { phrase: 'unification minister', country: 'KOR', example: 'Unification Minister Park Jin-ho proposed a meeting at the border village.' },
  { phrase: 'yang di-pertuan agong', country: 'MYS', example: 'The Yang di-Pertuan Agong Sultan Ahmad Shah granted an audience to the visiting minister.' },
  { phrase: 'tanaiste', country: 'IRL', example: 'Tanaiste Conor Walsh said Dublin would back the proposal.' },
  { phrase: 'state duma', country: 'RUS', example: 'State Duma Speaker Ivan Sokolov received the Chinese delegation.' },
  { phrase: 'knesset', country: 'ISR', example: 'Knesset Speaker Avi Mizrahi addressed the visiting lawmakers.' },
  { phrase: 'bundestag', country: 'DEU', example: 'Bundestag President Eva Richter opened the session on Ukraine.' },
  { phrase: 'union minister', country: 'IND', example: 'Union Minister Arun Verma met the Russian deputy prime minister in Moscow.' },
  { phrase: 'federal councillor', country: 'CHE', example: 'Federal Councillor Anna Keller received the Indian delegation in Bern.' },
  { phrase: 'tan sri', country: 'MYS', example: 'Foreign Ministry secretary-general Tan Sri Ahmad Razif told reporters the visit would go ahead.' },
  { phrase: 'datuk seri', country: 'MYS', example: 'Home Minister Datuk Seri Hamid Yusof received the Thai police chief.' },
  { phrase: 'sejm', country: 'POL', example: 'Sejm Speaker Piotr Nowicki welcomed the Ukrainian lawmakers to Warsaw.' },
  { phrase: 'verkhovna rada', country: 'UKR', example: 'Verkhovna Rada Chairman Oleh Marchenko addressed the visiting senators.' },
  { phrase: 'storting', country: 'NOR', example: 'Storting President Kari Lund hosted the Nordic speakers in Oslo.' },
  { phrase: 'riksdag', country: 'SWE', example: 'Riksdag Speaker Lars Berg received the Finnish delegation.' },
  { phrase: 'national diet', country: 'JPN', example: 'Speaker of the National Diet Kenji Mori met the visiting Vietnamese leader.' },
  { phrase: 'seimas', country: 'LTU', example: 'Seimas Speaker Rasa Petraitis travelled to Kyiv on Monday.' },
];

const PHRASES: ReadonlyArray<{ words: string[]; country: string }> = NATIONAL_OFFICES.map((o) => ({ words: o.phrase.split(' '), country: o.country }));

/** How many words before a name (or after its comma) a title is looked at. */
const TITLE_REACH = 12;

function clean(text: string): string {
  return fold(text).toLowerCase().replace(/[.’]/g, (c) => (c === '’' ? "'" : ''));
}

/**
 * The state of a national office in a mention's title ("Home Secretary X") or in its apposition
 * ("X, the Chief Cabinet Secretary,"); undefined when it names none. The title must run up to the
 * name, with only title words after the office ("Lok Sabha Speaker X").
 */
export function nationalOfficeCountry(doc: TextDocument, m: NameMention): string | undefined {
  const sentence = doc.tokens[m.first]?.sentence;
  let from = m.first;
  while (from > Math.max(0, m.first - TITLE_REACH) && doc.tokens[from - 1]?.sentence === sentence) from--;
  const fromTitle = officeIn(wordsOf(doc, from, m.first), true);
  if (fromTitle || doc.tokens[m.end]?.text !== ',' || !m.appositionRole) return fromTitle;
  let to = m.end + 1;
  while (to < Math.min(doc.tokens.length, m.end + TITLE_REACH) && !/^[,.;:()]$/.test(doc.tokens[to]?.text ?? '')) to++;
  return officeIn(wordsOf(doc, m.end + 1, to), false);
}

/** The words of tokens `from`..`to`, cleaned, with a possessive joined to its word ("people's"). */
function wordsOf(doc: TextDocument, from: number, to: number): string[] {
  const words: string[] = [];
  for (const t of doc.tokens.slice(from, to)) {
    const w = clean(t.text);
    if (w === "'s" && words.length) words[words.length - 1] += w;
    else words.push(w);
  }
  return words;
}

/** The country of the last office phrase in `words`; when `atEnd`, only one followed by title words alone. */
function officeIn(words: readonly string[], atEnd: boolean): string | undefined {
  for (let end = words.length; end > 0; end--) {
    const tail = words.slice(end);
    // ("the Yang di-Pertuan Agong, Tuanku X": a comma may set the name off its office)
    if (atEnd && !tail.every((w, k) => TITLE_WORDS.has(w) || (k === 0 && w === ','))) return undefined;
    const found = PHRASES.find((p) => p.words.length <= end && p.words.every((w, k) => words[end - p.words.length + k] === w));
    if (found) return found.country;
  }
  return undefined;
}
