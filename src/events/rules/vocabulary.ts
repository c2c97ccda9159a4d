/**
 * The word sets and macros that event patterns name as `@set` and `$macro`. Data only; every set
 * holds lemmas and, where the lemmatiser may not see them, inflected forms too (a token matches a
 * set by its word or by its lemma).
 */
import { SPEECH_VERBS } from '../../lexicon/speech.js';
import { GATHERING_VERBS, TRAVEL_VERBS } from '../../lexicon/travel.js';
import { NUMBER_WORDS, ORDINAL_WORDS, SERIES_POSITIONS, VAGUE_QUANTITIES } from '../../lexicon/numbers.js';
import { TITLE_WORDS } from '../../entities/people/titles.js';
import { MODAL_VERBS } from '../../lexicon/modals.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Word sets, by the name patterns use after `@`. */
export const WORD_SETS: Readonly<Record<string, ReadonlySet<string>>> = {
  speech: SPEECH_VERBS,
  travel: TRAVEL_VERBS,
  gather: GATHERING_VERBS,
  number: new Set([...NUMBER_WORDS.keys(), ...VAGUE_QUANTITIES]),
  ordinal: new Set([...ORDINAL_WORDS.keys(), ...SERIES_POSITIONS]),
  /** Homes and offices of a person: visiting one is visiting its owner ("visited Trump's residence"). */
  residence: set('residence residences home house country-house estate palace office offices farm ranch mansion villa dacha retreat compound'),
  /** Title words: offices, their modifiers ("foreign", "deputy") and the usual courtesy forms, not the function words of titles ("of", "the"). */
  title: new Set(
    [...TITLE_WORDS.keys()].filter((w) => {
      const kind = TITLE_WORDS.get(w)?.kind;
      if (['the', 'of', 'for', 'to', 'his', 'her', 'then', 'new', 'former', 'ex'].includes(w)) return false;
      return kind !== 'honorific' || ['mr', 'mrs', 'ms', 'dr', 'sir'].includes(w);
    }),
  ),
  /** Verbs of moving away from a group to talk apart ("stepped aside for a private conversation", "withdrew for a tête-à-tête"). */
  aside: set('step stepped steps stepping retreat retreated withdraw withdrew withdrawn slip slipped break broke huddle huddled adjourn adjourned'),
  /** Double quotation marks, which may set off a verb in scare quotes ('"briefly spoke"'). */
  quote: set('" “ ”'),
  /** Words that make a noun a telephone contact ("phone call", "telephone conversation"). */
  phone: set('phone telephone telephonic tele cell mobile'),
  /** Words that make a noun a video contact ("video call", "video conference"). */
  video: set('video zoom'),
  /** Words of a contact held at a distance, which has no place ("by video link", "held virtually"). */
  remote: set('video zoom videoconference teleconference virtual virtually online'),
  /** Verbs that carry an event noun ("held talks", "paid a visit", "had a phone call"). */
  light: set(`
    hold have conduct pay make give attend receive host join arrange seek request grant accord extend begin start
    conclude wrap end cancel postpone skip plan propose offer confirm announce take enjoy chair convene schedule
    organise organize participate share kick resume continue open`),
  /** Modal verbs. */
  modal: new Set([...MODAL_VERBS, "'d"]),
  /** Verbs and adjectives of plan and intent that take "to" + verb ("is expected to meet", "plans to visit"). */
  plan: set(`
    expect expected set due schedule scheduled slate slated plan planned intend intended hope want wish aim seek try
    agree prepare poised likely unlikely ready willing decide promise pledge vow eager keen able unable going about
    supposed bound sure certain invite invited ask asked urge urged offer offered propose proposed refuse refused
    decline declined fail failed manage managed`),
  /** Adverbs that put a contact after another in the telling ("later", "afterwards"); "then" is read apart, as it also means "at that time". */
  sequence: set('later afterwards afterward subsequently'),
  /** Adverbs that may stand between a subject and its verb, or a verb and its partner. */
  adverb: set(`
    also directly briefly formally reportedly separately later again officially personally virtually privately publicly
    first finally already just then jointly closely subsequently earlier recently previously today yesterday tomorrow
    last next soon only even still once twice face-to-face face in-person together warmly cordially extensively
    beforehand afterwards afterward meanwhile`),
  /** Nouns whose modifier makes "meeting" or "talks" no diplomatic contact ("cabinet meeting"). */
  nonDiplomaticMeeting: set(`
    cabinet board shareholder shareholders party staff team contract wage union annual general town hall caucus
    committee faculty family club fan budget press media business parliamentary investor investors`),
  /** Modifiers that make "summit" no diplomatic summit ("Web Summit", "mountain summit"). */
  nonDiplomaticSummit: set(`
    web tech technology startup investment investor business marketing ai crypto health education youth music
    mountain peak everest meter metre foot feet sales customer developer developers media innovation fintech ceo ceos
    corporate industry company companies executive executives`),
  /** Words that make a commission, committee or dialogue a standing body of two or more states ("Joint Permanent Commission", "Annual Consultation"). */
  /** Adjectives of a region or a bloc of states ("Gulf leaders", "African heads of state"): not one country's. */
  region: set('african arab asian european gulf nordic baltic caribbean pacific balkan latin central western eastern southern northern regional muslim islamic commonwealth andean amazonian sahel sahelian'),
  /** Topic nouns that may stand before an event noun as its modifier ("a peace summit", "the energy talks", "an emergency meeting"). */
  eventTopic: set(`
    emergency crisis climate security peace trade energy defence defense food water nuclear border migration refugee
    ocean reconstruction recovery development cooperation partnership finance debt ceasefire hostage aid humanitarian
    leadership leaders' unity friendship strategy strategic`),
  /** Words of how many sides a contact has or how it is held, which the tagger often reads as nouns ("their first trilateral summit", "a three-way session"). */
  scope: set('bilateral trilateral tripartite quadrilateral multilateral two-way three-way four-way informal formal extraordinary virtual annual inaugural one-on-one face-to-face in-person'),
  bilateralBody: set('joint bilateral binational bi-national intergovernmental inter-governmental consultative oversight annual high-level'),
  /** Head nouns of standing bodies of states that meet in sessions. */
  bodyHead: set('commission commissions committee mechanism dialogue consultation consultations cabinet'),
  /** Verbs of a standing body's session taking place ("the commission sat", "will convene"). */
  bodySits: set('meet meets met meeting sit sits sat sitting convene convenes convened convening reconvene reconvened gather gathers gathered'),
  /** Verbs that hold a standing body's session ("agreed to convene the joint commission"). */
  holdBody: set('convene convened convening reconvene reconvened hold held holding host hosted hosting attend attended resume resumed open opened'),
  /** Topics that make "talks" a negotiation process rather than a meeting ("peace talks", "trade talks"). */
  negotiationTopic: set('peace nuclear trade ceasefire cease-fire climate contract coalition budget wage merger settlement tariff'),
  /** Nouns that "meet" takes in senses that are no contact ("met the deadline", "met with protests"). */
  meetSenseObject: set(`
    protest protests criticism resistance opposition approval scepticism skepticism anger silence success fire force
    demand demands target targets deadline deadlines need needs expectation expectations requirement requirements
    standard standards criterion criteria condition conditions obligation obligations challenge challenges cost costs
    goal goals quota quotas threshold end fate death resistance disapproval derision applause cheers boos`),
  /** People a leader may meet who act for no state ("met chief executives of Japanese companies", "met students"). */
  privateAudience: set(`
    executives executive ceos ceo businessmen businesspeople businesswomen investors entrepreneurs industrialists bankers
    students journalists academics scholars diaspora community communities chamber companies firms businesses`),
  /** What "hosts", "receives" or "welcomes" in senses that are no contact ("welcomed the decision"). */
  receiveSenseObject: set(`
    decision move news announcement agreement deal step steps proposal proposals initiative initiatives result results
    release ceasefire progress effort efforts award prize letter letters message messages criticism support backing
    report reports vote approval donation donations aid shipment delivery invitation request request complaint
    festival tournament championship cup games olympics conference exhibition fair concert show event events election
    congratulations congratulation greetings condolences thanks applause honour honor honours degree doctorate medal`),
  /** Words after "call" that make it a demand, not a contact ("call for", "call centre"). */
  callSenseAfter: set('for centre center upon off out up'),
  /** Words that open a place or time adjunct ("call on X at the palace on Thursday to deliver …": a visit, not an appeal). */
  adjunct: set('at in on during before after this next'),
  /** What a visitor comes to do ("call on X at the palace to deliver a message"), as against an appeal ("to release", "to stop"). */
  visitPurpose: set('deliver convey hand present brief bid pay thank sign exchange'),
  /** Words before "call" that make it no contact ("wake-up call", "close call"). */
  callSenseBefore: set('wake-up wake close roll casting curtain judgment judgement judgement tough last final clarion rallying'),
  /** Words of sport: a country that "met" or "hosted" another in a match is a team, not a state. */
  sport: set(`
    match matches qualifier qualifiers game games final finals semi-final semifinal quarter-final tournament cup league
    derby fixture friendly kick-off kickoff stadium goal goals scored score won lost draw champions championship
    olympics olympic rugby football soccer cricket tennis basketball volleyball hockey squad team`),
  /** Units of height: "the 8,849-metre summit" is a mountain's. */
  height: set('meter meters metre metres m foot feet ft'),
  /** Nouns of someone's programme ("the president's day begins with …", "among his engagements are …"). */
  agenda: set('day programme program schedule itinerary agenda engagements engagement'),
  /** Nouns of taking part in a gathering, whose "in"/"at" phrase names what one attends ("confirmed his participation in the summit"). */
  attendanceNoun: set('attendance participation'),
  /** Verbs of attending a gathering ("attend the summit", "take part in", "skip", "preside over", "convene"). */
  attend: set('attend participate join skip boycott address chair host miss preside convene'),
};

/**
 * Macros, by the name patterns use after `$`. `VG` is the stretch between a subject and its verb
 * ("has also", "is expected to", "will on Monday"); `MEDIUM` how a contact was made ("by phone",
 * "over the telephone", "via video link"); `REL` a relative clause between commas (", who took
 * office in May,"); `GATHERING` the noun of a gathering ("summit", "forum"); `LEADERS` the
 * leaders of states together ("heads of state and government"), `HEADS` the heads of state or
 * government alone; `COME_TOGETHER` the verbs of
 * their gathering ("met", "convened"); `NMOD` the
 * modifiers of an event noun ("a first bilateral", "their two-hour", "the G7 leaders'").
 */
export const MACROS: Readonly<Record<string, string> > = {
  VG: '(AUX | PART | @modal | @adverb | @plan | @quote | not | #DATE | to | be | been | being | on hand | as well | {look} forward to){0,8}',
  MEDIUM: '(by | over | on | via | through) the? (@phone | @video | video link | videolink | videoconference | teleconference | link)',
  REL: ', ((who | whom | which | whose) (#DATE | !, | , #COUNTRY | , (on | last | this | next)? #DATE){1,25} | (as | in | on | during | after | at | with | accompanied | along) !,{1,14} | (@adverb | ADV | meanwhile | however | too | instead | in turn | for (his | her | its | their) part){1,3}) ,',
  ADVP: '((on | at) the (sidelines | sideline | side-lines | margins | margin | fringes) (of (the)? (PROPN | NOUN | ADJ | NUM | #ORG | #COUNTRY | - | \'s){1,6})? | @adverb | behind (closed-door | closed-doors | closed doors | closed door) | for (about | nearly | over | almost | more than | some)? (NUM | @number | an | a) (hour | hours | minute | minutes) | in person | in turn | at length | in private | in audience | in (a | an) audience | #DATE (\\( NUM \\))? | (on | this | last | next) #DATE (\\( NUM \\))? | , (on | this | last | next)? #DATE , | (a | one | two | three | NUM | @number) (day | days | week | weeks) (earlier | later | before | after) | (the same | that) (day | morning | afternoon | evening | night | week) | at (the | his | her | its | their) (NOUN | ADJ | PROPN | \'s){1,4} (in (#PLACE | #COUNTRY | PROPN){1,3})? | (in | at | outside | near) the? (#COUNTRY | #PLACE | PROPN){1,4} (, (#COUNTRY | #PLACE))? | $VENUE)',
  /** A venue named in capitals, maybe with what it is ("at the Ministry of Foreign Affairs", "at the Torre Tagle Palace, seat of the Foreign Ministry,"). */
  VENUE: "at the? (PROPN | #PLACE) (PROPN | #PLACE | #COUNTRY | of | the | 's | NOUN){0,6} (, (the | a)? (NOUN | ADJ){1,2} (of | for) the? (PROPN | #COUNTRY | #PLACE | ADJ | NOUN){1,5} ,)?",
  /** The seat of a head of state or government, as a venue ("State House", "the presidential palace", "the chancellery"). */
  SEAT: '(the)? ((state | government) house | (presidential | royal | imperial | national)? palace | presidential villa | presidency | chancellery | (official)? residence)',
  GATHERING: '(summit | summits | conference | forum | gathering | assembly | ceremony of the)',
  LEADERS: '(leaders | $HEADS)',
  HEADS: '(heads of state and government | heads of state | heads of government)',
  COME_TOGETHER: '{gather|meet|convene|assemble|converge}',
  /** People of other states named as a group ("counterparts", "world leaders", "delegates and envoys", "guests of state"). */
  PEERS: '(counterparts | leaders | ministers | officials | dignitaries | delegations | delegates | diplomats | envoys | ambassadors | presidents | guests | visitors | $HEADS) (of state | of states)?',
  /** What may stand between a group and its members ("counterparts there", "leaders during the summit in Rome"). */
  GROUP_TAIL: '($ADVP | there | here | during (the | a | an | his | her | their)? (ADJ | NOUN | PROPN | #ORG | NUM | -){1,4}){0,2}',
  /** The words that open the members of a group ("…, including", "among them are", "such as"). */
  ELABORATED: '(including | among them (are | were) | among them | such as | notably) (with)?',
  /** A word before a group of peers ("several", "other world"; not "a group of": those are met together). */
  PEER_WORD: '!(; | \\. | , | #PERSON | group)',
  /** A group of peers up to its members ("counterparts in Rome, including", "heads of government:"). */
  PEER_MEMBERS: '$PEERS $GROUP_TAIL (,? $ELABORATED | \\:)',
  NMOD: '(DET | ADJ | NUM | PROPN | @number | @scope | their | its | our | #DATE | #COUNTRY | \'s | - | @phone | @video | leaders | \' | ’ | first | second | third | last | next | later | earlier | following | new | another | further | more | @eventTopic | (round | rounds | series | set | string | flurry | spate | hour | hours | minutes | days) of){0,6}',
};
