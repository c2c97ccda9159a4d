/**
 * Title lexicon: the words that stand before (or in apposition to) a person's name in news
 * English. Data only; the logic that reads it is in `title-prefix.ts`.
 */

/** What a title word does. */
export type TitleKind =
  /** A public office: gives the person a role and marks them as acting for a state. */
  | 'office'
  /** A courtesy form ("Mr", "Dr", "Alhaji"): marks a person, gives no role. */
  | 'honorific'
  /** A word that narrows an office ("Foreign", "Deputy", "former"): part of the role. */
  | 'modifier';

/** One entry of the lexicon. */
export interface TitleEntry {
  /** What the word does. */
  kind: TitleKind;
  /** Role name to report (for offices), lower-case; defaults to the word itself. */
  role?: string;
  /** The sex a courtesy form tells ("Mr" male; "Mrs", "Ms" female), which tells apart two people of one family name ("Mr. Obama"). */
  sex?: 'male' | 'female';
  /** The one state an office is held for, whatever demonym stands beside it ("Polish-born Pope" acts for the Holy See). */
  country?: string;
}

const office = (role?: string): TitleEntry => (role ? { kind: 'office', role } : { kind: 'office' });
const honorific: TitleEntry = { kind: 'honorific' };
const courtesy = (sex: 'male' | 'female'): TitleEntry => ({ kind: 'honorific', sex });
const modifier: TitleEntry = { kind: 'modifier' };

/** Single words, lower-case, without trailing dot. */
export const TITLE_WORDS: ReadonlyMap<string, TitleEntry> = new Map<string, TitleEntry>([
  // heads of state and government
  ['president', office()],
  ['president-elect', office('president-elect')],
  ['vice-president', office('vice president')],
  ['premier', office('prime minister')],
  ['pm', office('prime minister')],
  ['nsa', office('national security adviser')],
  ['prime', office('prime minister')], // "Prime Viktor Orban": a truncated "Prime Minister"
  ['chancellor', office()],
  ['king', office()],
  ['emperor', office()],
  ['empress', office()],
  ['queen', office()],
  ['emir', office()],
  ['amir', office('emir')],
  ['sultan', office()],
  ['sheikh', office('sheikh')],
  ['prince', office()],
  ['monarch', office()],
  ['leader', office()],
  ['chairman', office()],
  ['chairperson', office('chairman')],
  ['chairwoman', office('chairman')],
  ['chairwoman', office('chairman')],
  ['chair', office('chairman')],
  ['taoiseach', { kind: 'office', role: 'prime minister', country: 'IRL' }],
  ['pope', { kind: 'office', country: 'VAT' }],
  ['ayatollah', office()],
  // ministers and officials
  ['minister', office()],
  ['minster', office('minister')], // a common misspelling in print ("Prime Minster X")
  ['secretary', office()],
  ['secretary-general', office('secretary-general')],
  ['under-secretary', office('under-secretary')],
  ['undersecretary', office('under-secretary')],
  ['under-secretary-general', office('under-secretary-general')],
  ['co-chair', office('chairman')],
  ['co-chairman', office('chairman')],
  ['ambassador', office()],
  ['envoy', office()],
  ['emissary', office('envoy')],
  ['diplomat', office()],
  ['spokesman', office()],
  ['spokeswoman', office('spokesman')],
  ['spokesperson', office('spokesman')],
  ['adviser', office()],
  ['advisor', office('adviser')],
  ['aide', office()],
  ['counterpart', office()],
  ['colleague', office('counterpart')],
  ['councillor', office()],
  ['delegate', office()],
  ['councilor', office('councillor')],
  ['senator', office()],
  ['sen', office('senator')],
  ['congressman', office()],
  ['congresswoman', office('congressman')],
  ['rep', office('representative')],
  ['representative', office()],
  ['lawmaker', office()],
  ['governor', office()],
  ['governor-general', office('governor-general')],
  ['general', office()],
  ['gen', office('general')],
  ['admiral', office()],
  ['commissioner', office()],
  ['cs', office('cabinet secretary')],
  ['speaker', office()],
  ['head', office()],
  ['chief', office()],
  ['director', office()],
  ['director-general', office('director-general')],
  ['treasurer', office()],
  ['princess', office('princess')],
  ['vice-premier', office('vice premier')],
  ['vice-chancellor', office('vice chancellor')],
  ['tánaiste', office('deputy prime minister')],
  ['tanaiste', office('deputy prime minister')],
  ['official', modifier],
  ['negotiator', office()],
  ['executive', office('chief executive')],
  ['ceo', office('chief executive')],
  ['brigadier', office('general')],
  ['colonel', office()],
  ['col', office('colonel')],
  ['lieutenant', office()],
  ['lt', office('lieutenant')],
  ['major', office()],
  // abbreviated ranks ("Maj Gen X", "Brig Y", "Capt Z")
  ['maj', office('major')],
  ['brig', office('general')],
  ['capt', office('captain')],
  ['captain', office()],
  ['commander', office()],
  ['marshal', office()],
  // hyphenated ranks, one token each ("Lieutenant-General X"): the role the spaced form gets
  ['lieutenant-general', office('general')],
  ['major-general', office('general')],
  ['brigadier-general', office('general')],
  ['lieutenant-colonel', office('colonel')],
  ['vice-admiral', office('admiral')],
  ['rear-admiral', office('admiral')],
  ['air-marshal', office('marshal')],
  ['field-marshal', office('marshal')],
  ['sergeant', office()],
  ['mayor', office()],
  ['deputy', modifier],
  ['high', modifier],
  ['principal', modifier],
  ['permanent', modifier],
  ['vice', modifier],
  ['acting', modifier],
  ['former', modifier],
  ['retired', modifier],
  ['ex', modifier],
  ['then', modifier],
  ['incoming', modifier],
  ['visiting', modifier],
  ['outgoing', modifier],
  ['new', modifier],
  ['foreign', modifier],
  ['defence', modifier],
  ['defense', modifier],
  ['finance', modifier],
  ['treasury', modifier],
  ['exchequer', modifier], // "Chancellor of the Exchequer X"
  ['interior', modifier],
  ['trade', modifier],
  ['economy', modifier],
  ['labour', modifier],
  ['labor', modifier],
  ['energy', modifier],
  ['health', modifier],
  ['justice', modifier],
  ['state', modifier],
  ['affairs', modifier],
  ['external', modifier],
  ['national', modifier],
  ['security', modifier],
  ['extraordinary', modifier], // "Ambassador Extraordinary and Plenipotentiary of X"
  ['plenipotentiary', modifier],
  ['army', modifier], // "the Sudanese army chief", "army chief General X"
  ['military', modifier],
  ['intelligence', modifier],
  ['spy', modifier],
  ['press', modifier],
  ['special', modifier],
  ['senior', modifier],
  ['managing', modifier], // "IMF Managing Director X"
  ['top', modifier],
  ['opposition', modifier], // "Venezuelan opposition leader X", "Sri Lanka's main opposition leader"
  ['main', modifier],
  ['supreme', modifier],
  ['crown', modifier],
  ['federal', modifier],
  ['presidential', modifier],
  ['prime-minister', office('prime minister')],
  ['of', modifier],
  ['for', modifier],
  ['first', modifier],
  ['second', modifier],
  ['third', modifier],
  ['to', modifier],
  ['the', modifier],
  ['staff', modifier],
  ['house', modifier], // "State House spokesperson": a presidency, not a company
  ['ministry', modifier],
  ['government', modifier],
  ['cabinet', modifier], // "Cabinet Secretary for Foreign Affairs": an office of a state
  ['office', modifier],
  // honorifics
  ['mr', courtesy('male')],
  ['mrs', courtesy('female')],
  ['ms', courtesy('female')],
  ['miss', courtesy('female')],
  ['dr', honorific],
  ['sir', courtesy('male')],
  ['dame', courtesy('female')],
  ['lord', honorific],
  ['lady', courtesy('female')],
  ['alhaji', honorific],
  ['hajji', honorific],
  ['sayyid', honorific], // Omani and Gulf form of address ("Sayyid Badr")
  ['sayyida', honorific],
  ['mister', honorific],
  ['madam', courtesy('female')],
  ['excellency', honorific],
  ['highness', honorific],
  ['majesty', honorific],
  // forms of address of press releases ("Hon. X", "Rt Hon X", "Amb. X", "H.E. X", "Prof. X", "Samdech X")
  ['hon', honorific],
  ['honourable', honorific],
  ['honorable', honorific],
  ['rt', honorific],
  ['amb', honorific],
  ['h.e', honorific],
  ['prof', honorific],
  ['samdech', honorific],
  // Malaysian honours used as forms of address ("Datuk Seri X", "Tan Sri Y", "Tun Z"); "Tan" and
  // "Seri" only as parts of an honour (see titleInsideName: "Tony Tan", "Sri Mulyani" are names)
  ['datuk', honorific],
  ['dato', honorific],
  ["dato'", honorific],
  ['datin', honorific],
  ['seri', honorific],
  ['sri', honorific],
  ['tan', honorific],
  ['tun', honorific],
  ['tengku', honorific],
  ['tunku', honorific],
  // the words of Malay honours and royal titles ("Datuk Seri Utama X", "the Tunku Mahkota of Johor", "Yang di-Pertuan")
  ['utama', honorific],
  ['mahkota', honorific],
  ['di-pertuan', honorific],
  ['agong', honorific],
  ['tuanku', honorific],
  // forms of address of state media ("Comrade X", "the respected Comrade X")
  ['comrade', honorific],
  ['respected', modifier],
  ['esteemed', modifier],
  ['his', modifier],
  ['her', modifier],
  // occupations: mark a person ("her Nepali guide Tenjen Sherpa"), give no role and no state
  ...[
    'guide', 'climber', 'mountaineer', 'soldier', 'journalist', 'reporter', 'correspondent', 'photographer', 'author',
    'writer', 'analyst', 'professor', 'scholar', 'researcher', 'economist', 'lawyer', 'attorney', 'judge', 'activist',
    'businessman', 'businesswoman', 'entrepreneur', 'investor', 'billionaire', 'singer', 'actor', 'actress', 'artist',
    'player', 'coach', 'striker', 'goalkeeper', 'athlete', 'doctor', 'surgeon', 'scientist', 'engineer', 'priest',
    'cleric', 'imam', 'rabbi', 'bishop', 'cardinal', 'dissident', 'blogger', 'filmmaker', 'novelist',
    'poet', 'student', 'teacher', 'farmer', 'pilot', 'contractor', 'lobbyist', 'founder', 'co-founder', 'owner',
    // sports positions and events ("Defender X", "fellow all-rounder Y")
    'defender', 'midfielder', 'winger', 'forward', 'batsman', 'bowler', 'all-rounder', 'wicketkeeper', 'left-hander',
    'right-hander', 'quarterback', 'linebacker', 'cornerback', 'sprinter', 'swimmer', 'cyclist', 'skier', 'jockey',
    'boxer', 'wrestler', 'golfer', 'referee', 'titleholder',
  ].map((w): [string, TitleEntry] => [w, honorific]),
  // kinship: marks a person ("his wife, Akshata Murty"), gives no role
  ['wife', honorific],
  ['husband', honorific],
  ['spouse', honorific],
  ['widow', honorific],
  ['son', honorific],
  ['daughter', honorific],
  ['brother', honorific],
  ['sister', honorific],
]);

/** Malaysian honours that "Seri"/"Sri" completes ("Datuk Seri", "Tan Sri"); elsewhere those words are names (see the honorific entries above). */
export const HONOURS_BEFORE_SERI: ReadonlySet<string> = new Set(['datuk', 'dato', "dato'", 'tan', 'datin']);

/** Multi-word offices, recognised before single words, lower-case. */
export const TITLE_PHRASES: ReadonlyMap<string, string> = new Map([
  ['prime minister', 'prime minister'],
  ['prime minster', 'prime minister'],
  ['vice president', 'vice president'],
  ['deputy prime minister', 'deputy prime minister'],
  ['first deputy prime minister', 'deputy prime minister'],
  ['foreign minister', 'foreign minister'],
  ['foreign secretary', 'foreign minister'],
  ['secretary of state', 'secretary of state'],
  ['minister of foreign affairs', 'foreign minister'],
  ['secretary of foreign affairs', 'foreign minister'],
  ['minister for foreign affairs', 'foreign minister'],
  ['external affairs minister', 'foreign minister'],
  ['foreign affairs minister', 'foreign minister'],
  ['defence minister', 'defence minister'],
  ['defense minister', 'defence minister'],
  ['defense secretary', 'defence minister'],
  ['defence secretary', 'defence minister'],
  ['national security adviser', 'national security adviser'],
  ['national security advisor', 'national security adviser'],
  ['press secretary', 'press secretary'],
  ['chief of staff', 'chief of staff'],
  ['crown prince', 'crown prince'],
  ['supreme leader', 'supreme leader'],
  ['special envoy', 'envoy'],
  ['secretary general', 'secretary-general'],
  ['director general', 'director-general'],
  ['managing director', 'managing director'],
]);

/** Offices that a private person can hold too: they give a role but not, alone, a state. */
export const NON_STATE_OFFICES: ReadonlySet<string> = new Set([
  'chairman',
  'chief',
  'director',
  'head',
  'president',
  'spokesman',
  'leader',
  'secretary-general',
  'commissioner',
  'chief executive',
  'general',
]);

/** Whether the first office among `words` is one only a state confers ("minister", "ambassador"), not one a company or a group has too. */
export function stateOnlyOffice(words: readonly string[]): boolean {
  const office = words.find((w) => TITLE_WORDS.get(w)?.kind === 'office');
  if (!office) return false;
  const role = TITLE_WORDS.get(office)?.role ?? office;
  return !NON_STATE_OFFICES.has(role) && !NON_STATE_OFFICES.has(office);
}

/** Titles of reigning monarchs, the one list the sets of sovereigns, monarchs and leaders are built from. */
export const REIGNING_MONARCH_TITLES: readonly string[] = ['king', 'queen', 'emir', 'amir', 'sultan', 'emperor', 'empress'];

/** Royal titles (as roles), which tell people of one name apart ("Prince Mohammed" is not King Mohammed VI). */
export const ROYAL_TITLES: ReadonlySet<string> = new Set([...REIGNING_MONARCH_TITLES, 'prince', 'princess', 'crown prince', 'crown princess']);

/**
 * The title entry of a word as written in text: its folded form without a final full stop
 * ("Gen." → "gen"), or its singular ("Presidents", "counterparts", "ministers").
 */
export function titleOfWord(folded: string): TitleEntry | undefined {
  const w = folded.endsWith('.') ? folded.slice(0, -1) : folded;
  const entry = TITLE_WORDS.get(w);
  if (entry || w.length < 4 || !w.endsWith('s')) return entry;
  return TITLE_WORDS.get(w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1));
}

/** Last words of a minister's office that another office may follow with "and" ("Deputy Prime Minister and Foreign Minister X"). */
export const MINISTERIAL_ENDS: ReadonlySet<string> = new Set(['minister', 'secretary', 'affairs', 'defence', 'defense', 'councillor', 'councilor']);

/** Adverbs of a recent appointment before a title ("newly elected", "recently appointed", "newly installed"). */
export const APPOINTMENT_ADVERBS: ReadonlySet<string> = new Set(['newly', 'recently', 'freshly', 'just', 'democratically', 'popularly']);

/** Participles of an office renewed, which open a title on their own ("re-elected Brazilian President X", "reappointed Foreign Minister Y"). */
export const RENEWAL_PARTICIPLES: ReadonlySet<string> = new Set(['re-elected', 'reelected', 're-appointed', 'reappointed', 're-confirmed', 'reconfirmed', 're-nominated', 'renominated']);

/**
 * Whether the words at `j` are the appointment that may open a title ("newly installed Israeli
 * President X", "recently appointed Foreign Minister Y", "newly-elected President Z"): an adverb of
 * {@link APPOINTMENT_ADVERBS} and its participle, either word, or both in one hyphenated token.
 */
export function appointmentWordAt(folded: readonly string[], j: number): boolean {
  const w = folded[j] ?? '';
  if (RENEWAL_PARTICIPLES.has(w)) return true;
  const participle = (x: string): boolean => /(?:ed|en|wn)$/.test(x);
  if (APPOINTMENT_ADVERBS.has(w)) return participle(folded[j + 1] ?? '');
  const [adverb, rest] = w.split('-');
  if (rest !== undefined && APPOINTMENT_ADVERBS.has(adverb ?? '')) return participle(rest);
  return participle(w) && APPOINTMENT_ADVERBS.has(folded[j - 1] ?? '');
}

/** Words of an office held on someone's staff, which a name right before them owns ("Netanyahu aide", "Trump envoy", "Erdogan chief adviser"). */
export const STAFF_OFFICES: ReadonlySet<string> = new Set(['aide', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ally', 'confidant', 'loyalist', 'senior', 'top', 'security', 'national', 'foreign', 'policy', 'diplomatic', 'political', 'economic', 'military', 'press', 'special', 'chief', 'of', 'staff']);

/** Legislatures, whose presiding officers are no heads of state ("the President of the Senate", "Duma Chairman"). */
export const LEGISLATURES: ReadonlySet<string> = new Set(['senate', 'assembly', 'parliament', 'duma', 'majlis', 'congress', 'knesset', 'diet', 'mazhilis', 'sejm', 'rada', 'seimas', 'saeima', 'riigikogu', 'storting', 'riksdag', 'folketing', 'eduskunta', 'bundestag', 'sabor', 'skupstina', 'oireachtas', 'shura', 'al-shura', 'kenesh', 'khural', 'hluttaw', 'sabha', 'althing']);

/** National legislatures known by a name of their own, and the country each belongs to ("Speaker of the Seimas" → LTU); two-word names first. */
export const LEGISLATURE_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['oliy majlis', 'UZB'], ['milli majlis', 'AZE'], ['jogorku kenesh', 'KGZ'], ['lok sabha', 'IND'], ['rajya sabha', 'IND'],
  ['dewan rakyat', 'MYS'], ['dewan negara', 'MYS'], ['verkhovna rada', 'UKR'], ['great khural', 'MNG'],
  ['seimas', 'LTU'], ['saeima', 'LVA'], ['riigikogu', 'EST'], ['sejm', 'POL'], ['knesset', 'ISR'], ['duma', 'RUS'],
  ['bundestag', 'DEU'], ['storting', 'NOR'], ['riksdag', 'SWE'], ['folketing', 'DNK'], ['eduskunta', 'FIN'],
  ['sabor', 'HRV'], ['oireachtas', 'IRL'], ['mazhilis', 'KAZ'], ['hluttaw', 'MMR'], ['althing', 'ISL'],
]);

/** Whether a role is a legislature's presiding office ("senate president"), which "the president" does not name. */
export function isChamberRole(role: string): boolean {
  return LEGISLATURES.has(role.split(' ')[0] ?? '');
}
