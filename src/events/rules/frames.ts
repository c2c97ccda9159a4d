import type { EventType } from '../../types.js';
import type { RuleExample, TriggerRole } from './types.js';

/**
 * An argument frame: where the parties of a trigger stand, as a pattern read around the trigger
 * `<T>`. Captures: `a` the agent (the subject, or the agent of a passive: "by A"), `b` the other
 * party (object, partner after "with"), `ab` parties named together ("A and B met"), `lv` a light
 * verb ("held", "paid", "received"), `prep` the preposition before `b`. For host triggers the
 * agent hosts; for visit triggers the agent travels to `b`.
 */
export interface FrameRule {
  /** Unique, readable id. */
  id: string;
  /** Trigger forms it reads. */
  forms: ReadonlyArray<'verb' | 'noun'>;
  /** Trigger roles it reads; every role when absent. */
  roles?: readonly TriggerRole[];
  /** Event types it reads; every type when absent. */
  types?: readonly EventType[];
  /** Trigger rules it reads (by id); every rule when absent. */
  triggers?: readonly string[];
  /** The pattern, in the matcher notation; it contains `<T>`. */
  pattern: string;
  /** The frame reads the agent only; the subject of the clause is the other party ("X landed in Lusaka and was welcomed by Y"). */
  subjectIsPartner?: boolean;
  /** The frame reads no party; the subject of the clause is its agent ("X arrived in Y, attending the summit"). */
  subjectIsAgent?: boolean;
  /** What the frame reads are all the parties the text gives: the other people of the sentence are not attendees ("the envoy conveyed Kenya's readiness to host the summit"). */
  soleParties?: boolean;
  /** What the frame reads is a contact still to come, never the one the text reports ("agreed to further talks"): it joins only other such mentions. */
  nextOccasion?: boolean;
  /** The frame reads a summit's host in a relative clause; the subject of the clause the summit stands in attends it ("X was in Doha to attend the summit, which Y chaired"). */
  subjectAttends?: boolean;
  /** The frame tells a contact held in person: a conversation it reads is no phone call ("stepped aside for a conversation"). */
  inPerson?: boolean;
  /**
   * The partners are members of a group the agent met one by one ("met several counterparts,
   * including A and B"): one contact each where they act for different countries.
   */
  partnersApart?: boolean;
  /** The agent may stand as the object of another verb ("a photo shows X at the summit"): where X is, the frame says. */
  agentMayBeObject?: boolean;
  /** Sentences the frame reads, with the events a reader finds. */
  examples: readonly RuleExample[];
}

/**
 * The frames, most specific first: a trigger takes the first frame that gives it two parties, else
 * the first that gives it one (its partner, say, with the agent found in the context).
 */
export const FRAMES: readonly FrameRule[] = [
  {
    id: 'accepted-invitation',
    forms: ['verb', 'noun'],
    pattern: "[a:PARTY] ($REL | ,)? $VG [lv:({accept|decline|refuse|reject|rebuff|spurn} | {turn} down)] ((an | the) invitation (from | by | of) [b:PARTY] | [b:OWNER] invitation | (a | an | the) [b:NATION] invitation) (to | for) ({pay|make|come|hold})? $NMOD <T>",
    examples: [
      { text: 'Kenyan President William Ruto has accepted an Indian invitation for a state visit next spring.', published: '2024-11-12', events: ['meeting Ruto + IND /planned'] },
      { text: "Ethiopian Prime Minister Abiy Ahmed turned down Egyptian President Abdel Fattah al-Sisi's invitation to meet in Cairo.", published: '2023-06-02', events: ['meeting Abiy + al-Sisi /cancelled @Cairo'] },
      { text: 'Venezuelan President Nicolas Maduro declined an invitation from Brazilian President Luiz Inacio Lula da Silva to hold talks in Brasilia.', published: '2023-06-02', events: ['meeting Maduro + Lula /cancelled @Brasilia'] },
      { text: 'Kenyan President William Ruto accepted a Chinese invitation to visit Beijing in September.', published: '2024-06-02', events: ['meeting Ruto + CHN /planned @Beijing'] },
      { text: 'Ghanaian President Nana Akufo-Addo has accepted an invitation from French President Emmanuel Macron to visit Paris next year.', events: ['meeting Akufo-Addo + Macron /planned @Paris'] },
      { text: "Chinese President Xi Jinping accepted Indian Prime Minister Narendra Modi's invitation to pay a visit to India later this year.", events: ['meeting Xi + Modi /planned @India'] },
      { text: 'Australian Prime Minister Anthony Albanese accepted the invitation of Japanese Prime Minister Fumio Kishida to make an official visit to Tokyo.', events: ['meeting Albanese + Kishida /planned @Tokyo'] },
    ],
  },
  {
    id: 'and-invited-to-visit',
    forms: ['verb', 'noun'],
    roles: ['visit'],
    pattern: 'and $VG [lv:{invite}] [a:PARTY] (to | for) ({pay|make})? $NMOD <T>',
    subjectIsPartner: true,
    examples: [
      { text: 'Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni on Monday and invited him to visit Nairobi.', published: '2024-06-10', events: ['phone_call Ruto + Museveni', 'meeting Museveni + Ruto /proposed @Nairobi'] },
      { text: 'Japanese Prime Minister Shigeru Ishiba met Indonesian President Prabowo Subianto in Jakarta and invited him to pay a state visit to Japan.', published: '2025-01-11', events: ['meeting Ishiba + Prabowo @Jakarta', 'meeting Prabowo + Ishiba /proposed @Japan'] },
      { text: 'Nigerian President Bola Tinubu hosted Ghanaian President John Mahama in Abuja on Friday and invited him to visit again in March.', published: '2025-03-01', events: ['meeting Tinubu + Mahama @Abuja', 'meeting Mahama + Tinubu /proposed'] },
    ],
  },
  {
    id: 'invited-to-visit',
    forms: ['verb', 'noun'],
    roles: ['visit'],
    // (a guest welcomed to visit is invited: "welcome" is no light verb here, the inviter still hosts)
    pattern: '[b:PARTY] ,? $VG ([lv:{invite}] | {welcome} | {extend|issue|convey|renew|deliver|send} (an | the | his | her | a)? [lv:invitation to]) [a:PARTY] (to | for) ({pay|make})? $NMOD <T>',
    examples: [
      { text: 'Indian Prime Minister Narendra Modi invited US Vice-President Kamala Harris to visit India soon.', events: ['meeting Harris + Modi /proposed @India'] },
      { text: 'Chinese President Xi Jinping invited Kazakh President Kassym-Jomart Tokayev to pay a state visit to China next year.', events: ['meeting Tokayev + Xi /proposed @China'] },
      { text: 'Kenyan President William Ruto has invited Brazilian President Luiz Inácio Lula da Silva for an official visit to Nairobi.', events: ['meeting Lula + Ruto /proposed @Nairobi'] },
      { text: 'Egyptian President Abdel Fattah al-Sisi extended an invitation to Kuwaiti Emir Sheikh Mishal Al-Ahmad to pay an official visit to Cairo.', events: ['meeting Mishal + Sisi /proposed @Cairo'] },
      { text: 'Chinese President Xi Jinping said he welcomed Brazilian President Lula da Silva to visit China at an early date.', published: '2023-03-01', events: ['meeting Lula + Xi /proposed @China'] },
      { text: 'Japanese Prime Minister Shigeru Ishiba welcomed Indian Prime Minister Narendra Modi to visit Japan again next year.', published: '2024-11-19', events: ['meeting Modi + Ishiba /proposed @Japan'] },
      { text: 'South Korean President Yoon Suk Yeol welcomes Kenyan President William Ruto to pay a state visit to Seoul.', published: '2024-06-03', events: ['meeting Ruto + Yoon /proposed @Seoul'] },
    ],
  },
  {
    id: 'object-control',
    forms: ['verb'],
    pattern: '{expect|want|encourage|persuade|ask|urge} [a:PARTY] to (ADV)? <T> [b:PARTY]',
    examples: [
      { text: 'Officials expect Kenyan President William Ruto to visit Japan after the elections.', published: '2024-03-04', events: ['meeting Ruto + JPN /planned'] },
      { text: 'Diplomats in Brasilia want Chilean President Gabriel Boric to meet Argentine President Javier Milei before the end of the month.', published: '2024-03-04', events: ['meeting Boric + Milei /proposed'] },
      { text: 'The opposition urged Thai Prime Minister Srettha Thavisin to call Cambodian Prime Minister Hun Manet at once.', published: '2024-03-04', events: ['phone_call Srettha + Hun Manet /proposed'] },
    ],
  },
  {
    id: 'invited-to-meet',
    forms: ['verb'],
    roles: ['mutual'],
    pattern: '[b:PARTY] ,? $VG {invite} [a:PARTY] to (ADV)? <T> (with)? (him | her | them)?',
    examples: [
      { text: 'Kenyan President William Ruto invited Ugandan President Yoweri Museveni to meet him in Mombasa next month.', published: '2024-03-04', events: ['meeting Museveni + Ruto /proposed @Mombasa'] },
      { text: 'Brazilian President Luiz Inacio Lula da Silva has invited Argentine President Javier Milei to meet.', published: '2024-03-04', events: ['meeting Milei + Lula /proposed'] },
      { text: 'Vietnamese Prime Minister Pham Minh Chinh invited Thai Prime Minister Paetongtarn Shinawatra to speak by phone later this week.', published: '2024-09-02', events: ['phone_call Paetongtarn + Pham Minh Chinh /proposed'] },
    ],
  },
  {
    id: 'invited-to-hold-talks',
    forms: ['noun'],
    roles: ['mutual'],
    pattern: '[b:PARTY] ,? $VG {invite} [a:PARTY] to [lv:{hold|have}] $NMOD <T> (with (him | her | them))?',
    examples: [
      { text: 'Egyptian President Abdel Fattah al-Sisi invited Sudanese army chief Abdel Fattah al-Burhan to hold talks in Cairo.', published: '2024-03-04', events: ['meeting Burhan + Sisi /proposed @Cairo'] },
      { text: 'The Polish president has invited his Lithuanian counterpart to have a working lunch with him in Warsaw on Friday.', published: '2024-03-04', events: ['meeting LTU + POL /proposed @Warsaw'] },
      { text: 'Japanese Prime Minister Fumio Kishida invited South Korean President Yoon Suk Yeol to hold a summit in Tokyo next month.', published: '2024-03-04', events: ['summit Yoon + Kishida /proposed @Tokyo'] },
    ],
  },
  {
    id: 'represented-by',
    forms: ['verb'],
    triggers: ['stand-in'],
    pattern: '(is | was | were | be | been | being) <T> by [a:PARTY]',
    soleParties: true,
    examples: [
      { text: 'Gulf leaders met in Doha on Tuesday for their annual summit. Oman was represented by Deputy Prime Minister Fahd bin Mahmoud.', published: '2024-12-04', events: ['summit Fahd @Doha'] },
    ],
  },
  {
    id: 'stand-in',
    forms: ['verb'],
    triggers: ['stand-in'],
    pattern: '({send|dispatch|delegate|designate} [a:PARTY] ,? (instead)? <T> | [a:PARTY] ($REL | ,)? $VG <T>)',
    soleParties: true,
    examples: [
      { text: 'The G20 summit opened in Rio de Janeiro on Monday. Mexican President Claudia Sheinbaum sent Foreign Minister Juan Ramon de la Fuente in her place.', published: '2024-11-18', events: ['summit de la Fuente @Rio de Janeiro'] },
    ],
  },
  {
    id: 'passive',
    forms: ['verb'],
    pattern: '[b:PARTY] ($REL | ,)? $VG (be | been | being | is | was | were | are | get | got) @adverb? <T> !(, | ; | who | which | that | and){0,12} by [a:PARTY]',
    examples: [
      { text: 'Cuban Foreign Minister Bruno Rodríguez was received at the Itamaraty Palace by Brazilian Foreign Minister Mauro Vieira.', events: ['meeting Rodríguez + Vieira'] },
      { text: 'Ghanaian President John Mahama was welcomed in Ouagadougou by Burkinabe leader Captain Ibrahim Traoré.', events: ['meeting Mahama + Traoré @Ouagadougou'] },
      { text: 'Last year, Brazilian President Lula was welcomed by both German Chancellor Olaf Scholz and French President Emmanuel Macron in their capitals.', events: ['meeting Lula + Scholz', 'meeting Lula + Macron'] },
      { text: 'Iraqi Prime Minister Mustafa al-Kadhimi, who was accompanied by Foreign Minister Fuad Hussein, was received by Supreme Leader Ayatollah Ali Khamenei in Tehran.', events: ['meeting Kadhimi + Khamenei @Tehran'] },
      { text: 'Kenyan President William Ruto, who arrived on Sunday, was welcomed by Ethiopian Prime Minister Abiy Ahmed at the palace in Addis Ababa.', events: ['meeting Ruto + Abiy @Addis Ababa'] },
    ],
  },
  {
    id: 'passive-by',
    forms: ['verb'],
    roles: ['host', 'mutual', 'visit'],
    pattern: '(be | been | being | is | was | were | are | get | got) @adverb? <T> ((that | the) same? (day | morning | afternoon | evening | night | week) | !(, | ; | who | which | that | and)){0,12} by [a:PARTY]',
    subjectIsPartner: true,
    examples: [
      { text: 'Mongolian Foreign Minister Battsetseg Batmunkh landed in Seoul on Monday and was received that same afternoon by South Korean Foreign Minister Park Jin.', events: ['meeting Batmunkh + Park @Seoul'] },
      { text: 'Chilean Foreign Minister Alberto van Klaveren arrived in Lima on Tuesday. He was received later that day by Peruvian President Dina Boluarte.', events: ['meeting Klaveren + Boluarte @Lima'] },
      { text: 'South African President Cyril Ramaphosa landed in Lusaka on Thursday and was welcomed at the airport by Zambian Vice President Mutale Nalumango.', events: ['meeting Ramaphosa + Nalumango @Lusaka'] },
      { text: 'The meeting of the joint commission was co-chaired by Nigerian Foreign Minister Yusuf Tuggar and Ghanaian Foreign Minister Shirley Ayorkor Botchwey.', events: ['meeting Tuggar + Botchwey'] },
    ],
  },
  {
    id: 'several-including',
    // "met several counterparts, including X and Y": the people named after "including" are the partners,
    // met one by one (not "a group of leaders": met together); a word must stand before the group ("several", "a number of", "other world"):
    // "welcomed counterparts including X" or "will join leaders including Y" is a host or guest of a
    // gathering, read as such
    forms: ['verb', 'noun'],
    pattern: "[a:PARTY] ($REL | ,)? $VG ([lv:@light] $NMOD)? <T> (with)? $PEER_WORD{1,6} $PEER_MEMBERS [b:PARTY]",
    partnersApart: true,
    examples: [
      { text: 'Egyptian Foreign Minister Sameh Shoukry met several counterparts, including the foreign ministers of Cyprus, Greece and Sudan.', published: '2023-09-22', events: ['meeting Shoukry + CYP', 'meeting Shoukry + GRC', 'meeting Shoukry + SDN'] },
      { text: 'Indian External Affairs Minister S. Jaishankar held talks with a number of counterparts in New York, including Guyanese Foreign Minister Hugh Todd.', published: '2023-09-22', events: ['meeting Jaishankar + Todd @New York'] },
      { text: 'Kenyan President William Ruto met separately with several African leaders on Monday, among them Ghanaian President Nana Akufo-Addo and Nigerian President Bola Tinubu.', published: '2023-09-22', events: ['meeting Ruto + Akufo-Addo', 'meeting Ruto + Tinubu'] },
      { text: 'Indonesian President Joko Widodo received several guests of state, among them are Australian Prime Minister Tony Abbott and Singaporean Prime Minister Lee Hsien Loong.', published: '2014-10-21', events: ['meeting Widodo + Abbott', 'meeting Widodo + Lee'] },
      { text: 'Brazilian Foreign Minister Mauro Vieira met several delegates and envoys on the sidelines of the General Assembly, including Kenyan Foreign Minister Musalia Mudavadi and Saudi Foreign Minister Faisal bin Farhan.', published: '2024-09-25', events: ['meeting Vieira + Mudavadi', 'meeting Vieira + Farhan'] },
      { text: 'Turkish President Recep Tayyip Erdogan also held talks with other world leaders in Rome, including Canadian Prime Minister Justin Trudeau and Australian Prime Minister Scott Morrison.', published: '2021-10-31', events: ['meeting Erdogan + Trudeau @Rome', 'meeting Erdogan + Morrison @Rome'] },
      { text: 'Chinese President Xi Jinping also met other world leaders during the summit, including French President Emmanuel Macron and Indian Prime Minister Narendra Modi.', published: '2019-06-29', events: ['meeting Xi + Macron', 'meeting Xi + Modi'] },
      // the members after a colon, each with the country in brackets
      { text: 'German Chancellor Olaf Scholz is also set to hold talks with the following heads of government: Pedro Sanchez (Spain), Giorgia Meloni (Italy) and Mark Rutte (Netherlands).', published: '2023-01-16', events: ['meeting Scholz + Sanchez /planned', 'meeting Scholz + Meloni /planned', 'meeting Scholz + Rutte /planned'] },
      { text: 'US President Barack Obama had scheduled bilateral meetings with four leaders on Monday: King Abdullah of Jordan, Ukrainian President Viktor Yanukovich and Chinese President Hu Jintao.', published: '2010-04-12', events: ['meeting Obama + Abdullah /planned', 'meeting Obama + Yanukovich /planned', 'meeting Obama + Hu /planned'] },
      { text: 'Cambodian Prime Minister Hun Sen met three counterparts on Saturday: Thein Sein (Myanmar), Bouasone Bouphavanh (Laos) and Abhisit Vejjajiva (Thailand).', published: '2010-07-04', events: ['meeting Hun Sen + Thein Sein', 'meeting Hun Sen + Bouphavanh', 'meeting Hun Sen + Abhisit'] },
      // officials of one country, met together
      { text: 'Turkish President Recep Tayyip Erdogan received several Iraqi ministers on Tuesday, including Foreign Minister Fuad Hussein and Defence Minister Thabit al-Abbasi.', published: '2024-08-14', events: ['meeting Erdogan + Hussein + al-Abbasi'] },
    ],
  },
  {
    id: 'owner-several-including',
    // "his bilateral meetings with world leaders, including X": the owner of the contacts met each one
    forms: ['noun'],
    pattern: "[a:OWNER] $NMOD <T> (with)? $PEER_WORD{1,6} $PEER_MEMBERS [b:PARTY]",
    partnersApart: true,
    examples: [
      { text: "Beijing praised Premier Li Qiang's bilateral meetings with world leaders in Rio, including Brazilian President Lula da Silva and Chilean President Gabriel Boric.", published: '2024-11-20', events: ['meeting Li + Lula @Rio', 'meeting Li + Boric @Rio'] },
      { text: "Kenyan President William Ruto returned from New York on Friday. His talks with several African counterparts there, among them Ghanaian President Nana Akufo-Addo and Senegalese President Macky Sall, focused on debt.", published: '2023-09-22', events: ['meeting Ruto + Akufo-Addo @New York', 'meeting Ruto + Sall @New York'] },
      { text: "Japanese Prime Minister Fumio Kishida's meetings with other leaders at the summit, such as Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese, were brief.", published: '2023-05-21', events: ['meeting Kishida + Modi', 'meeting Kishida + Albanese'] },
    ],
  },
  {
    id: 'peers-including',
    // "…and hold bilateral meetings with leaders such as X": the subject of the clause meets each one
    forms: ['verb', 'noun'],
    subjectIsAgent: true,
    pattern: "<T> (with) $PEER_WORD{0,6} $PEER_MEMBERS [b:PARTY]",
    partnersApart: true,
    examples: [
      { text: 'Turkish President Recep Tayyip Erdogan is expected to address the summit and hold bilateral meetings with leaders such as Russian President Vladimir Putin.', published: '2022-09-16', events: ['meeting Erdogan + Putin /planned', 'summit Erdogan + Putin /planned'] },
      { text: 'Indian Prime Minister Narendra Modi will open the forum and then have talks with several heads of government, including Canadian Prime Minister Justin Trudeau and Italian Prime Minister Giorgia Meloni.', published: '2024-06-13', events: ['meeting Modi + Trudeau /planned', 'meeting Modi + Meloni /planned'] },
      { text: 'After the opening ceremony, Chinese President Xi Jinping went on to separate meetings with visiting leaders, among them Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev.', published: '2024-07-04', events: ['meeting Xi + Tokayev', 'meeting Xi + Mirziyoyev'] },
    ],
  },
  {
    id: 'trip-destinations-apposed',
    // the stops set off by a dash or a colon after what they are ("a tour of three states – A, B and C")
    forms: ['noun'],
    roles: ['visit'],
    pattern: '<T> (of | to) (the)? (NUM | @number | ADJ | PROPN | NOUN | #ORG | -){1,4} (– | — | - | \\:) (the)? [b:PARTY]',
    examples: [
      { text: 'Indonesian Foreign Minister Retno Marsudi was on a tour of three G20 member states – the United Kingdom, France and Turkey – to discuss the summit.', published: '2022-04-21', events: ['meeting Marsudi + GBR', 'meeting Marsudi + FRA', 'meeting Marsudi + TUR'] },
      { text: 'Kenyan President William Ruto wrapped up a visit to three Gulf states: Qatar, Kuwait and Oman.', published: '2024-06-12', events: ['meeting Ruto + QAT', 'meeting Ruto + KWT', 'meeting Ruto + OMN'] },
      { text: 'Brazilian President Lula is on a tour of two neighbours — Uruguay and Paraguay — this week.', published: '2024-06-12', events: ['meeting Lula + URY @Uruguay', 'meeting Lula + PRY @Paraguay'] },
    ],
  },
  {
    id: 'light-verb',
    forms: ['noun'],
    pattern: '[a:PARTY] ($REL | ,)? $VG [lv:(@light | {sit} down (for | to))] $NMOD <T> $MEDIUM? $ADVP{0,2} ({host|give|offer|organise|organize|throw|arrange})? [prep:(with | to | on | between | for | from | by)] [b:PARTY]',
    examples: [
      { text: 'Chinese President Xi Jinping and US President Joe Biden sat down for talks on the sidelines of the APEC summit in San Francisco.', events: ['meeting Xi + Biden @San Francisco', 'summit Xi + Biden @San Francisco'] },
      { text: 'Colombian President Gustavo Petro paid an official visit to Chilean President Gabriel Boric in Santiago.', events: ['meeting Petro + Boric @Santiago'] },
      { text: 'Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani had a telephone conversation with Egyptian Foreign Minister Badr Abdelatty.', events: ['phone_call Thani + Abdelatty'] },
      { text: 'Sri Lankan President Anura Kumara Dissanayake received a courtesy call from Maldivian Foreign Minister Abdulla Khaleel in Colombo.', events: ['meeting Dissanayake + Khaleel @Colombo'] },
      { text: 'Press conference in Ottawa\n\nMARK CARNEY, PRIME MINISTER: Good afternoon. This morning I had a meeting with the President of Mexico, President Claudia Sheinbaum.', events: ['meeting Carney + Sheinbaum'] },
    ],
  },
  {
    id: 'light-verb-including',
    forms: ['noun'],
    pattern: '[a:PARTY] ($REL | ,)? $VG [lv:(@light | {sit} down (for | to))] $NMOD <T> !(; | \\.){0,14} including (with)? [b:PARTY]',
    examples: [
      { text: 'Chinese Premier Li Qiang will hold several bilateral meetings in Jakarta, including with Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim.', events: ['meeting Li + Subianto /planned @Jakarta', 'meeting Li + Anwar /planned @Jakarta'] },
      { text: 'Zambian President Hakainde Hichilema has held a string of phone calls with African leaders since the floods, including Kenyan President William Ruto.', events: ['phone_call Hichilema + Ruto'] },
      { text: 'Turkish Foreign Minister Hakan Fidan had a flurry of calls with Gulf ministers over the weekend, including Saudi Foreign Minister Faisal bin Farhan and Qatari Prime Minister Mohammed bin Abdulrahman.', events: ['phone_call Fidan + Farhan', 'phone_call Fidan + Abdulrahman'] },
      { text: 'Japanese Prime Minister Shigeru Ishiba held a spate of meetings in Lima on Saturday, including with Peruvian President Dina Boluarte.', events: ['meeting Ishiba + Boluarte @Lima'] },
      { text: 'Senegalese President Bassirou Diomaye Faye, a former tax inspector who was released from prison ten days before his election, has made a series of calls to his neighbours, including Gambian President Adama Barrow.', events: ['phone_call Faye + Barrow'] },
    ],
  },
  {
    id: 'light-verb-together',
    forms: ['noun'],
    pattern: '[ab:PARTY] ($REL | ,)? $VG [lv:(@light | {sit} down (for | to))] $NMOD <T>',
    examples: [
      { text: 'Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung held a summit in Tokyo on Saturday.', events: ['summit Ishiba + Lee @Tokyo'] },
      { text: 'The foreign ministers of Egypt and Ethiopia held talks in Cairo, the Egyptian foreign ministry said.', events: ['meeting EGY + ETH @Cairo'] },
      { text: 'Saudi Crown Prince Mohammed bin Salman convened an emergency Arab-Islamic summit in Riyadh on Saturday.', events: ['summit Salman @Riyadh'] },
      { text: 'Japan, South Korea and China held their first trilateral summit in four years in Seoul on Monday.', events: ['summit JPN + KOR + CHN @Seoul'] },
      { text: 'The defence ministers of India and Australia held their annual dialogue in Canberra this week.', events: ['meeting IND + AUS @Canberra'] },
      { text: 'Kenya and Tanzania held a three-way meeting with Uganda in Arusha on Friday.', events: ['meeting KEN + TZA + UGA @Arusha'] },
    ],
  },
  {
    id: 'led-delegation-in',
    forms: ['noun'],
    pattern: "[a:PARTY] ($REL | ,)? $VG {lead|head} (the | a | an | his | her | their)? (ADJ | PROPN | #COUNTRY | country | 's | ’s){0,3} delegation (in | at | to | for | during) $NMOD <T> $ADVP{0,2} (with | between) [b:PARTY]",
    examples: [
      { text: 'Pakistani Prime Minister Shehbaz Sharif led the Pakistani delegation in talks with Chinese Premier Li Keqiang in Beijing.', events: ['meeting Sharif + Li @Beijing'] },
      { text: 'Kenyan Foreign Minister Musalia Mudavadi headed his country\'s delegation at the talks with Ethiopian Prime Minister Abiy Ahmed.', events: ['meeting Mudavadi + Abiy'] },
      { text: 'Vietnamese Prime Minister Pham Minh Chinh will lead a delegation to talks with Lao Prime Minister Sonexay Siphandone in Vientiane.', events: ['meeting Pham + Siphandone /planned @Vientiane'] },
      { text: 'Australian Foreign Minister Penny Wong headed the Australian delegation during talks with Chinese Foreign Minister Wang Yi in Canberra.', published: '2024-03-21', events: ['meeting Wong + Wang @Canberra'] },
      { text: "Nigerian Foreign Minister Yusuf Tuggar will lead his country's delegation during the meeting with Ghanaian Foreign Minister Shirley Ayorkor Botchwey next week.", published: '2024-03-21', events: ['meeting Tuggar + Botchwey /planned'] },
    ],
  },
  {
    id: 'agree-to-with',
    forms: ['noun'],
    nextOccasion: true,
    pattern: '[a:PARTY] ($REL | ,)? $VG [lv:{agree}] to $NMOD <T> $ADVP{0,2} (with | between) [b:PARTY]',
    examples: [
      { text: 'Kenyan President William Ruto agreed to further talks with Ugandan President Yoweri Museveni in Kampala next month.', events: ['meeting Ruto + Museveni /planned @Kampala'] },
      { text: 'Chilean President Gabriel Boric has agreed to a meeting with Argentine President Javier Milei at the border.', events: ['meeting Boric + Milei /planned'] },
    ],
  },
  {
    id: 'agree-to',
    forms: ['noun'],
    nextOccasion: true,
    pattern: '[ab:PARTY] ($REL | ,)? $VG [lv:{agree}] to $NMOD <T>',
    examples: [
      { text: 'U.S. President Joe Biden met German Chancellor Olaf Scholz in Berlin on Friday. The two agreed to a meeting in Washington next month.', events: ['meeting Biden + Scholz @Berlin', 'meeting Biden + Scholz /planned @Washington'] },
      { text: 'The foreign ministers of Chile and Peru agreed to a meeting in Lima in May.', events: ['meeting CHL + PER /planned @Lima'] },
      { text: 'U.S. President Joe Biden met German Chancellor Olaf Scholz in Berlin on Friday. The two agreed to further talks after the ceremony, the chancellor\'s office said.', events: ['meeting Biden + Scholz @Berlin', 'meeting Biden + Scholz /planned'] },
      { text: 'Australian Foreign Minister Penny Wong and her Chinese counterpart Wang Yi agreed to further consultations in Beijing in May.', events: ['meeting Wong + Wang /planned @Beijing'] },
      { text: 'Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim agreed to a summit in Jakarta in December.', events: ['summit Subianto + Anwar /planned @Jakarta'] },
      { text: 'Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed to more talks in Kampala next week.', events: ['meeting Ruto + Museveni /planned @Kampala'] },
    ],
  },
  {
    id: 'attendance-owner',
    forms: ['noun'],
    types: ['summit'],
    pattern: '[a:OWNER] <T>',
    examples: [
      { text: 'The G20 summit opens in Rio de Janeiro on Monday. Argentine President Javier Milei has confirmed his participation.', published: '2024-11-15', events: ['summit Milei /planned @Rio de Janeiro'] },
    ],
  },
  {
    id: 'owner-of-noun',
    forms: ['noun'],
    pattern: "[a:PARTY] $VG [lv:(@light | {return|answer|take|accept|decline|reject|refuse|ignore|welcome|await|acknowledge|appreciate|praise|hail|laud|commend|recall})] [b:PARTY] 's $NMOD <T>",
    examples: [
      { text: "Canadian Prime Minister Mark Carney returned Mexican President Claudia Sheinbaum's phone call on Sunday.", events: ['phone_call Carney + Sheinbaum'] },
      // thanks or praise for someone's call or visit: the contact took place between the two
      { text: "Pakistani Prime Minister Shehbaz Sharif acknowledged Qatari Emir Sheikh Tamim's timely phone call at the peak of the floods.", published: '2022-09-02', events: ['phone_call Sharif + Tamim'] },
      { text: "Bangladeshi Prime Minister Sheikh Hasina appreciated Indian Prime Minister Narendra Modi's call on Eid.", published: '2022-09-02', events: ['phone_call Hasina + Modi'] },
      { text: "Kenyan President William Ruto recalled Ethiopian Prime Minister Abiy Ahmed's visit to Nairobi last year.", published: '2024-09-02', events: ['meeting Abiy + Ruto @Nairobi'] },
    ],
  },
  {
    id: 'thanked-for-contact',
    // "thanked X for his phone call", "for her visit": the contact was between the two
    forms: ['noun'],
    pattern: "[a:PARTY] $VG {thank|praise|commend} [b:PARTY] for (his | her | their | the)? $NMOD <T>",
    examples: [
      { text: 'Kenyan President William Ruto thanked Ugandan President Yoweri Museveni for his phone call on Monday.', published: '2024-06-12', events: ['phone_call Ruto + Museveni'] },
      { text: 'Chinese President Xi Jinping thanked Brazilian President Lula for his state visit.', published: '2024-06-12', events: ['meeting Lula + Xi'] },
      { text: 'Ghanaian President John Mahama thanked Togolese President Faure Gnassingbe for the call on Eid.', published: '2024-06-12', events: ['phone_call Mahama + Gnassingbe'] },
    ],
  },
  {
    id: 'noun-then-participle',
    // "his phone call congratulating Donald Trump", "made a phone call to congratulate Y": the one the call was made to is the verb's object
    forms: ['noun'],
    types: ['phone_call'],
    pattern: '([a:PARTY] ($REL | ,)? $VG [lv:@light] $NMOD)? <T> $ADVP{0,2} (to)? {congratulate|thank|invite|urge|brief|inform|assure|console|condole|update} [b:PARTY]',
    examples: [
      { text: 'Indonesian President Susilo Bambang Yudhoyono made a phone call to congratulate Malaysian Prime Minister Najib Razak on his inauguration.', published: '2009-04-10', events: ['phone_call Yudhoyono + Najib'] },
      { text: 'Turkish President Recep Tayyip Erdogan made a phone call on Sunday to congratulate Iranian President Masoud Pezeshkian.', published: '2024-07-08', events: ['phone_call Erdogan + Pezeshkian'] },
      { text: 'Ghanaian President John Mahama held a telephone conversation on Friday to thank Nigerian President Bola Tinubu for his help.', published: '2024-07-08', events: ['phone_call Mahama + Tinubu'] },
      { text: 'Indonesian President Prabowo Subianto posted a video of his phone call congratulating Donald Trump on his reelection.', published: '2024-11-12', events: ['phone_call Prabowo + Trump'] },
      { text: 'Kenyan President William Ruto made a call on Monday thanking Ugandan President Yoweri Museveni for his support.', published: '2024-11-12', events: ['phone_call Ruto + Museveni'] },
      { text: 'Japanese Prime Minister Fumio Kishida held a telephone conversation on Tuesday congratulating Indian Prime Minister Narendra Modi on the landing.', published: '2023-08-24', events: ['phone_call Kishida + Modi'] },
    ],
  },
  {
    id: 'invited-to-place',
    forms: ['verb'],
    triggers: ['invite-to-place'],
    pattern: '[b:PARTY] ,? $VG <T> [a:PARTY] to',
    examples: [
      { text: 'Kenyan President William Ruto invited Ethiopian Prime Minister Abiy Ahmed to Mombasa for the regional talks next month.', published: '2024-06-07', events: ['meeting Abiy + Ruto /proposed @Mombasa'] },
    ],
  },
  {
    id: 'invite-to',
    forms: ['noun'],
    pattern: '[a:PARTY] ,? $VG {invite} [b:PARTY] (to | for) $NMOD <T>',
    examples: [
      { text: 'Ghanaian President John Dramani Mahama has invited Nigerian President Bola Tinubu to a dinner in Accra.', events: ['meeting Mahama + Tinubu /proposed @Accra'] },
    ],
  },
  {
    id: 'noun-relative',
    forms: ['noun'],
    pattern: '<T> (that | which)? [a:PARTY] $VG @light $ADVP{0,2} [prep:(with | to)] [b:PARTY]',
    examples: [
      { text: 'Officials described the phone call that Ukrainian President Volodymyr Zelensky had with US President Donald Trump as constructive.', events: ['phone_call Zelensky + Trump'] },
      { text: 'Saudi King Salman briefed the cabinet on the telephone conversation he had on Monday with French President Emmanuel Macron.', events: ['phone_call Salman + Macron'] },
      { text: 'Kenyan President William Ruto described the talks he held in Kampala with Ugandan President Yoweri Museveni as fruitful.', events: ['meeting Ruto + Museveni @Kampala'] },
    ],
  },
  {
    id: 'attending',
    forms: ['noun'],
    types: ['summit'],
    pattern: '(, | and) ({attend|join|participate|skip|boycott} | taking part) (in | at)? $NMOD (the)? <T>',
    subjectIsAgent: true,
    examples: [
      { text: 'Polish President Karol Nawrocki is due in Budapest on Thursday, attending a summit of Visegrad Group presidents.', events: ['summit Nawrocki /planned @Budapest'] },
    ],
  },
  {
    id: 'join-for',
    forms: ['noun'],
    pattern: '[a:PARTY] $VG ([lv:{join|accompany}] [b:PARTY] $ADVP{0,2} (for | at | in | on) | [lv:({host|welcome|receive} | {play} host to)] [b:PARTY] (for | at | to)) $NMOD <T>',
    examples: [
      { text: 'Dutch Prime Minister Dick Schoof will join Belgian Prime Minister Bart De Wever for talks in Brussels on Monday.', events: ['meeting Schoof + Wever /planned @Brussels'] },
      { text: 'Canadian Prime Minister Mark Carney joined French President Emmanuel Macron and Italy\'s Giorgia Meloni at the G7 leaders\' summit on Monday.', events: ['summit Carney + Macron + Meloni'] },
      { text: 'Kenyan President William Ruto will host Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan for the East African Community summit in Nairobi.', events: ['summit Ruto + Museveni + Hassan /planned @Nairobi'] },
      { text: 'Nigerien leader Abdourahamane Tiani played host to Malian leader Assimi Goita and Burkinabe leader Ibrahim Traore at the first summit of their alliance in Niamey on Saturday.', published: '2024-07-08', events: ['summit Tiani + Goita + Traore @Niamey'] },
    ],
  },
  {
    id: 'attendance',
    forms: ['noun'],
    types: ['summit'],
    pattern: '[a:PARTY] ($REL | ,)? $VG [lv:(@attend | take part | took part | taking part | takes part | be at | was at | were at | is at | are at | {speak} (at | to | before))] (in | at | over)? ($NMOD (session | sessions | ceremony | plenary | part) of)? $NMOD (the)? <T>',
    examples: [
      { text: 'Chilean President Gabriel Boric spoke at the opening session of the Ibero-American summit in Cuenca.', events: ['summit Boric @Cuenca'] },
      { text: 'Ethiopian Prime Minister Abiy Ahmed addressed the closing ceremony of the African Union summit on Sunday.', events: ['summit Abiy'] },
      { text: 'Mexican President Claudia Sheinbaum will speak to the summit of Latin American leaders by video link.', events: ['summit Sheinbaum /planned'] },
      { text: 'Nigerian President Bola Tinubu will preside over an extraordinary summit of West African leaders in Abuja on Thursday.', events: ['summit Tinubu /planned @Abuja'] },
      { text: 'Malaysian Prime Minister Anwar Ibrahim convened a special summit of ASEAN leaders in Kuala Lumpur.', events: ['summit Anwar @Kuala Lumpur'] },
      { text: 'Indian Prime Minister Narendra Modi will attend the BRICS summit in Kazan next week.', events: ['summit Modi /planned @Kazan'] },
      { text: 'South African President Cyril Ramaphosa and Kenyan President William Ruto took part in the summit in Addis Ababa.', events: ['summit Ramaphosa + Ruto @Addis Ababa'] },
    ],
  },
  {
    id: 'told-the-gathering',
    forms: ['noun'],
    types: ['summit'],
    pattern: '[a:SPEAKER] ($REL | ,)? $VG [lv:{tell}] $NMOD (the)? <T>',
    examples: [
      { text: 'Indonesian President Prabowo Subianto told the BRICS summit on Tuesday that the bloc should widen its membership.', events: ['summit Prabowo'] },
      { text: 'Japanese Prime Minister Shigeru Ishiba told the G7 summit in Kananaskis that tariffs hurt every member.', events: ['summit Ishiba @Kananaskis'] },
      { text: 'Senegalese President Bassirou Diomaye Faye will tell the ECOWAS summit that the bloc must reform.', events: ['summit Faye /planned'] },
    ],
  },
  {
    id: 'invited-to-summit',
    forms: ['noun'],
    types: ['summit'],
    pattern: '[a:PARTY] ($REL | ,)? $VG (been | be | was | were | are | is)? {invite} (as (a | an)? NOUN)? to $NMOD (the)? <T>',
    examples: [
      { text: 'Australian Prime Minister Anthony Albanese and Indian Prime Minister Narendra Modi have both been invited to the G7 gathering in Hiroshima.', events: ['summit Albanese + Modi /proposed @Hiroshima'] },
      { text: 'South African President Cyril Ramaphosa was invited to the Group of Seven summit in Cornwall as a guest.', events: ['summit Ramaphosa /proposed @Cornwall'] },
    ],
  },
  {
    id: 'summit-hosted-by-relative',
    forms: ['noun'],
    types: ['summit'],
    pattern: '<T> ((in | at) (the)? (#PLACE | #COUNTRY | PROPN){1,3})? (, | \\()? (which | that) [a:PARTY] $VG {host|chair|convene}',
    subjectAttends: true,
    examples: [
      { text: 'The Egyptian president was in Doha to attend the Arab League summit, which Qatari Emir Sheikh Tamim bin Hamad Al Thani chaired on Sunday.', published: '2024-05-20', events: ['summit EGY + Tamim @Doha'] },
      { text: 'Ghanaian President John Mahama flew to Abuja for the ECOWAS summit, which Nigerian President Bola Tinubu hosted on Saturday.', published: '2025-06-23', events: ['summit Mahama + Tinubu @Abuja'] },
      { text: 'The Japanese prime minister will travel to Vientiane for the ASEAN summit that Lao Prime Minister Sonexay Siphandone is to chair next month.', published: '2024-09-02', events: ['summit JPN + Sonexay /planned @Vientiane'] },
      { text: 'Leaders gathered for the Asia-Pacific Economic Cooperation summit, which US President Joe Biden hosts in San Francisco.', events: ['summit Biden @San Francisco'] },
      { text: 'The Commonwealth summit, which Rwandan President Paul Kagame will chair, opens in Kigali next Friday.', events: ['summit Kagame /planned @Kigali'] },
      { text: 'The regional summit that Kenyan President William Ruto was to host in Nairobi next month has been postponed.', events: ['summit Ruto /cancelled @Nairobi'] },
      { text: 'Leaders flew home from the summit in Nairobi, which Kenyan President William Ruto hosted on Saturday.', events: ['summit Ruto @Nairobi'] },
      { text: 'Delegates praised the summit at Caracas that Venezuelan President Nicolás Maduro convened on Monday.', events: ['summit Maduro @Caracas'] },
    ],
  },
  {
    id: 'invitation-to-attend',
    forms: ['noun'],
    types: ['summit'],
    pattern: '[b:PARTY] ,? $VG ([lv:{invite}] | {extend|issue|convey|renew|deliver|send} (an | the | his | her | a)? [lv:invitation to]) [a:PARTY] to (@attend | take part) (in | at)? $NMOD (the)? <T>',
    examples: [
      { text: 'French President Emmanuel Macron extended an invitation to Kenyan President William Ruto to take part in the climate summit in Paris in June.', events: ['summit Ruto + Macron /proposed @Paris'] },
      { text: 'Brazilian President Luiz Inácio Lula da Silva invited South African President Cyril Ramaphosa to attend the G20 summit in Brasilia.', events: ['summit Ramaphosa + Silva /proposed @Brasilia'] },
      { text: 'Indonesian President Prabowo Subianto sent an invitation to Vietnamese Prime Minister Pham Minh Chinh to participate in the regional summit in Jakarta.', events: ['summit Chinh + Subianto /proposed @Jakarta'] },
    ],
  },
  {
    id: 'offer-to-host',
    forms: ['noun'],
    types: ['summit'],
    soleParties: true,
        pattern: "({offer|bid|proposal|readiness|willingness} of (the)?)? [a:PARTY] ('s {offer|bid|proposal|readiness|willingness})? to [lv:{host|chair|convene}] $NMOD <T>",
    examples: [
      { text: "The envoy conveyed Kenya's readiness to host the next regional summit.", events: ['summit KEN /proposed'] },
      { text: "Officials in Lima stressed Peru's willingness to host the 2027 summit.", events: ['summit PER /proposed'] },
      { text: "Leaders accepted Ghana's offer to host next year's summit in Accra.", events: ['summit GHA /planned @Accra'] },
      { text: 'The bloc welcomed the offer of Senegal to host the next summit.', events: ['summit SEN /proposed'] },
      { text: "Zambia's bid to host the 2027 summit won the backing of the council.", events: ['summit ZMB /proposed'] },
    ],
  },
  {
    id: 'present-at',
    forms: ['noun'],
    types: ['summit'],
    pattern: '[a:SPEAKER] ($REL | ,)? !(, | ; | \\. | \\: | that | who | which | whether | if | #PERSON){0,12} (at | during | (on | in) the (sidelines | margins | side-lines | fringes) of) (the (start | opening | end | close) of)? $NMOD (the)? <T>',
    examples: [
      { text: 'Kenyan President William Ruto spoke about climate finance at the African Union summit in Addis Ababa on Sunday.', events: ['summit Ruto @Addis Ababa'] },
      { text: 'Italian Prime Minister Giorgia Meloni told reporters on the sidelines of the G7 summit that the talks were productive.', events: ['summit Meloni'] },
      { text: 'Spanish Prime Minister Pedro Sanchez struck a cautious tone at the start of the EU summit in Brussels on Thursday.', events: ['summit Sanchez @Brussels'] },
    ],
  },
  {
    id: 'seen-at',
    forms: ['noun'],
    types: ['summit'],
    pattern: '[a:PARTY] (at | during) (the)? $NMOD <T>',
    agentMayBeObject: true,
    examples: [
      { text: 'A file photo shows Iraqi Vice President Izzat Ibrahim at the Arab Summit in Sharm el-Sheikh.', published: '2004-09-20', events: ['summit Ibrahim @Sharm el-Sheikh'] },
      { text: 'Cameras caught Brazilian President Luiz Inacio Lula da Silva at the BRICS summit in Kazan chatting with Indian Prime Minister Narendra Modi.', published: '2024-10-23', events: ['summit Lula + Modi @Kazan'] },
      { text: 'Organisers welcomed Kenyan President William Ruto at the Africa Climate Summit in Nairobi on Monday.', published: '2023-09-04', events: ['summit Ruto @Nairobi'] },
    ],
  },
  {
    id: 'invite-to-summit',
    forms: ['noun'],
    types: ['summit'],
    pattern: '[a:PARTY] ,? $VG [lv:{invite}] !(, | ; | \\. | #PERSON){1,6} (to | for) $NMOD (the)? <T>',
    examples: [
      { text: 'Russian President Vladimir Putin has invited leaders from across Africa to a summit in Sochi.', events: ['summit Putin /proposed @Sochi'] },
      { text: 'Brazilian President Luiz Inácio Lula da Silva has invited South American heads of state to a regional summit in Brasilia.', events: ['summit Lula /proposed @Brasilia'] },
    ],
  },
  {
    id: 'speaker-after-contact',
    forms: ['verb', 'noun'],
    pattern: '[a:SPEAKER] $VG @speech !(, | ; | \\. | that){0,4} (after | before | while | when) <T> (with | to)? [b:PARTY]',
    examples: [
      { text: 'The talks went well, French President Emmanuel Macron said after meeting German Chancellor Olaf Scholz in Berlin.', events: ['meeting Macron + Scholz @Berlin'] },
      { text: 'Kenyan President William Ruto told reporters after speaking with Ugandan President Yoweri Museveni that the border would reopen.', events: ['phone_call Ruto + Museveni'] },
      { text: 'Brazilian President Lula said before hosting Argentine President Javier Milei that trade would top the agenda.', events: ['meeting Lula + Milei'] },
    ],
  },
  {
    id: 'speaker-after-medium',
    forms: ['verb'],
    triggers: ['medium'],
    pattern: '[a:SPEAKER] $VG @speech !(, | ; | \\. | that){0,4} (after | before | while | when) (VERB | NOUN) [b:PARTY] $ADVP{0,2} <T>',
    examples: [
      { text: 'The ceasefire must hold, French President Emmanuel Macron said after briefing Ukrainian President Volodymyr Zelensky by telephone later that evening.', events: ['phone_call Macron + Zelensky'] },
    ],
  },
  {
    id: 'fronted-gerund',
    forms: ['noun'],
    triggers: ['meeting.noun'],
    pattern: '<T> [b:PARTY] $ADVP{0,3} !(, | ; | #PERSON){0,10} , [a:SPEAKER] $VG VERB',
    examples: [
      { text: 'Meeting Chinese President Xi Jinping on Thursday, Russian President Vladimir Putin acknowledged Beijing\'s concerns about the war.', events: ['meeting Putin + Xi'] },
      { text: 'Meeting Kenyan President William Ruto for the first time since the election, Tanzanian President Samia Suluhu Hassan pledged to reopen the border.', events: ['meeting Hassan + Ruto'] },
      { text: 'Meeting French President Emmanuel Macron in Paris for the second time this year, Nigerian President Bola Tinubu asked for help with the debt talks.', events: ['meeting Tinubu + Macron @Paris'] },
    ],
  },
  {
    id: 'brought-together',
    forms: ['verb'],
    triggers: ['bring-together'],
    pattern: '[a:SPEAKER] ($REL | ,)? $VG <T> [b:PARTY] together',
    examples: [
      { text: 'Angolan President Joao Lourenco brought Congolese President Felix Tshisekedi and Rwandan President Paul Kagame together in Luanda in July.', events: ['meeting Lourenco + Tshisekedi + Kagame @Luanda'] },
    ],
  },
  {
    id: 'with-partner-in-call',
    forms: ['noun'],
    types: ['phone_call'],
    pattern: '{discuss|review|raise|address|agree|coordinate} !(, | ; | \\. | that | VERB | #PERSON){0,8} with [b:PARTY] $ADVP{0,2} (in | during | over) (a | an | the | their)? (ADJ | NUM | -){0,3} <T>',
    subjectIsAgent: true,
    examples: [
      { text: 'German Chancellor Angela Merkel spoke to Putin on Wednesday. The chancellor, who had also discussed the convoy with US President Barack Obama in a call on Monday, flew home.', published: '2014-08-13', events: ['phone_call Merkel + Putin', 'phone_call Merkel + Obama'] },
      { text: 'The Egyptian foreign minister raised the issue with his Turkish counterpart during a call on Friday.', published: '2024-08-13', events: ['phone_call EGY + TUR'] },
      { text: 'Kenyan President William Ruto met his cabinet on Monday. The president, who had coordinated the response with Tanzanian President Samia Suluhu Hassan in a brief call, later addressed the nation.', published: '2024-08-13', events: ['phone_call Ruto + Hassan'] },
    ],
  },
  {
    id: 'noun-in-which',
    forms: ['noun'],
    pattern: '<T> ,? (in | during | at) which [ab:PARTY]',
    examples: [
      { text: "Japanese Prime Minister Shinzo Abe said on Friday that he supported US President Donald Trump's decision, after a phone call in which the two leaders agreed to keep up pressure on Pyongyang.", published: '2018-05-25', events: ['phone_call Abe + Trump'] },
      { text: 'Kenyan President William Ruto thanked Ugandan President Yoweri Museveni for the fuel deal after a meeting in which the two presidents reviewed trade.', published: '2024-05-25', events: ['meeting Ruto + Museveni'] },
      { text: 'Chilean President Gabriel Boric praised Argentine President Javier Milei after a call during which they agreed to reopen the pass.', published: '2024-05-25', events: ['phone_call Boric + Milei'] },
    ],
  },
  {
    id: 'medium-then-with',
    forms: ['verb'],
    triggers: ['medium'],
    pattern: '[a:SPEAKER] ($REL | ,)? $VG VERB !(, | ; | \\. | that | who | which | VERB | #PERSON){0,8} <T> $ADVP{0,2} with [b:PARTY]',
    examples: [
      { text: 'On Sunday, Russian Foreign Minister Sergei Lavrov discussed the situation by phone with Turkish Foreign Minister Mevlut Cavusoglu, the ministry said.', events: ['phone_call Lavrov + Cavusoglu'] },
      { text: 'Turkish President Recep Tayyip Erdogan discussed the ceasefire over the phone on Monday with Russian President Vladimir Putin.', events: ['phone_call Erdogan + Putin'] },
      { text: 'Indonesian Foreign Minister Retno Marsudi reviewed the aid effort by video link with her Jordanian counterpart Ayman Safadi.', events: ['phone_call Marsudi + Safadi'] },
    ],
  },
  {
    id: 'message-by-medium-to',
    // "X relayed the offer by telephone last week to Y": a message passed on by phone is a call with whom it went to
    forms: ['verb'],
    triggers: ['medium'],
    pattern: '[a:PARTY] ($REL | ,)? $VG {convey|relay|pass|deliver|communicate|explain|outline|present|extend|repeat|reiterate} (on)? !(, | ; | \\. | VERB | #PERSON){0,6} <T> $ADVP{0,2} to [b:PARTY]',
    examples: [
      { text: 'Turkish President Recep Tayyip Erdogan conveyed the proposal by telephone on Monday to Iranian President Masoud Pezeshkian, officials said.', published: '2024-11-12', events: ['phone_call Erdogan + Pezeshkian'] },
      { text: 'Kenyan President William Ruto passed on the message by phone to Ethiopian Prime Minister Abiy Ahmed last week.', published: '2024-11-12', events: ['phone_call Ruto + Abiy'] },
      { text: 'Qatari Prime Minister Mohammed bin Abdulrahman Al Thani outlined the plan over the phone to US Secretary of State Antony Blinken.', published: '2024-11-12', events: ['phone_call Thani + Blinken'] },
    ],
  },
  {
    id: 'medium-subjects',
    forms: ['verb'],
    triggers: ['medium'],
    pattern: '[ab:PARTY] ($REL | ,)? $VG VERB !(, | ; | \\. | that | who | which | VERB | #PERSON){0,8} <T>',
    examples: [
      { text: 'Brazilian President Luiz Inácio Lula da Silva spoke by telephone this Tuesday (16) with the President of France, Emmanuel Macron.', events: ['phone_call Lula + Macron'] },
      { text: 'Chilean Foreign Minister Alberto van Klaveren met on Friday (12) with his Peruvian counterpart Javier González-Olaechea in Lima.', events: ['meeting van Klaveren + González-Olaechea @Lima'] },
      { text: 'Chilean President Gabriel Boric and Spanish Prime Minister Pedro Sánchez discussed lithium investment by videoconference on Wednesday.', events: ['phone_call Boric + Sánchez'] },
    ],
  },
  {
    id: 'discussed-on-sidelines',
    forms: ['verb'],
    triggers: ['discuss.verb'],
    pattern: '[ab:PARTY] $VG <T> !(; | \\. | #PERSON | and | said | says){1,12} (on | at) the (sidelines | sideline | margins | margin | fringes)',
    examples: [
      { text: 'Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon discussed the border clashes on the sidelines of the regional summit in Samarkand on Friday.', events: ['meeting Japarov + Rahmon @Samarkand', 'summit Japarov + Rahmon @Samarkand'] },
      { text: 'Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev discussed the peace treaty at the margins of the European summit in Granada.', events: ['meeting Pashinyan + Aliyev @Granada', 'summit Pashinyan + Aliyev @Granada'] },
      { text: 'Egyptian President Abdel Fattah al-Sisi and Sudanese leader Abdel Fattah al-Burhan discussed the dispute over their shared river on the sidelines of the African Union summit in Addis Ababa.', events: ['meeting al-Sisi + al-Burhan @Addis Ababa', 'summit al-Sisi + al-Burhan @Addis Ababa'] },
      { text: 'Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed discussed the dam on Tuesday, their offices said.', events: [] },
    ],
  },
  {
    id: 'medium-with',
    forms: ['verb'],
    triggers: ['medium'],
    pattern: '[a:SPEAKER] (, (who | which))? $VG VERB !(, | ; | \\. | that | VERB | #PERSON){1,8} with [b:PARTY] $ADVP{0,2} <T>',
    examples: [
      { text: 'Vietnamese Foreign Minister Bui Thanh Son, who discussed maritime security with US Secretary of State Antony Blinken by telephone earlier this month, flew to Tokyo on Monday.', published: '2023-03-20', events: ['phone_call Bui + Blinken', 'meeting Bui + JPN @Tokyo'] },
      { text: 'Kenyan President William Ruto reviewed trade ties with Tanzanian President Samia Suluhu Hassan by phone on Monday.', events: ['phone_call Ruto + Hassan'] },
      { text: 'Chilean Foreign Minister Alberto van Klaveren raised the border dispute with Bolivian Foreign Minister Celinda Sosa over the phone.', events: ['phone_call van Klaveren + Sosa'] },
    ],
  },
  {
    id: 'meal-with',
    forms: ['noun'],
    triggers: ['meal'],
    pattern: '[a:SPEAKER] (, (who | which))? $VG VERB !(, | ; | \\. | that | VERB | #PERSON){1,8} with [b:PARTY] (over | at | during) (a | an | the)? ADJ? <T>',
    examples: [
      { text: 'Kenyan President William Ruto discussed the crisis with Ugandan President Yoweri Museveni over dinner in Entebbe on Sunday.', published: '2024-05-08', events: ['meeting Ruto + Museveni @Entebbe'] },
      { text: 'German Chancellor Olaf Scholz went over the plan with French President Emmanuel Macron over lunch in Paris last week.', published: '2024-05-08', events: ['meeting Scholz + Macron @Paris'] },
      { text: 'Japanese Prime Minister Fumio Kishida raised the abductions with South Korean President Yoon Suk Yeol at a working dinner in Tokyo.', published: '2024-05-08', events: ['meeting Kishida + Yoon @Tokyo'] },
    ],
  },
  {
    id: 'at-meal-hosted-by',
    // "At a state banquet hosted by X, Y spoke of …": the guest who speaks at the host's table met the host
    forms: ['noun'],
    triggers: ['meal'],
    pattern: "(at | during) (a | an | the)? $NMOD <T> $ADVP{0,2} (hosted | given | offered | thrown | organised | organized) by [a:PARTY] $ADVP{0,2} ((in | on)? (honour | honor) of (him | her | them) $ADVP{0,2})? , [b:SPEAKER]",
    examples: [
      { text: 'At a state banquet hosted by King Charles, Japanese Emperor Naruhito spoke of the ties between the two countries.', published: '2024-06-26', events: ['meeting Charles + Naruhito'] },
      { text: 'At a dinner hosted by French President Emmanuel Macron, Indian Prime Minister Narendra Modi praised the partnership.', published: '2023-07-14', events: ['meeting Macron + Modi'] },
      { text: 'During a luncheon given by Moroccan King Mohammed VI on Tuesday, Senegalese President Bassirou Diomaye Faye thanked his host.', published: '2024-05-08', events: ['meeting Mohammed VI + Faye'] },
    ],
  },
  {
    id: 'meal-in-honour',
    forms: ['noun'],
    triggers: ['meal'],
    pattern: "[a:PARTY] ($REL | ,)? $VG {host|hold|give|throw|offer|organise|organize} $NMOD <T> $ADVP{0,2} (in | on)? (honour | honor) of [b:PARTY]",
    examples: [
      { text: 'Moroccan King Mohammed VI held a luncheon in honour of Senegalese President Bassirou Diomaye Faye at the royal palace in Rabat on Tuesday.', events: ['meeting Mohammed VI + Faye @Rabat'] },
      { text: 'Indonesian President Prabowo Subianto hosted a state banquet in honor of Brazilian President Luiz Inacio Lula da Silva in Jakarta.', events: ['meeting Subianto + Lula @Jakarta'] },
      { text: 'The Kuwaiti emir gave a dinner on Sunday in honour of the visiting Omani sultan.', published: '2024-05-08', events: ['meeting KWT + OMN'] },
    ],
  },
  {
    id: 'medium-object',
    forms: ['verb'],
    triggers: ['medium'],
    pattern: '[a:SPEAKER] ($REL | ,)? $VG VERB (with | out to)? [b:PARTY] !(, | ; | \\. | that | who | which | VERB | #PERSON){0,8} <T>',
    examples: [
      { text: 'Greek Prime Minister Kyriakos Mitsotakis briefed Cypriot President Nikos Christodoulides by telephone on the talks in Ankara.', events: ['phone_call Mitsotakis + Christodoulides'] },
      { text: 'Turkish President Recep Tayyip Erdogan reached out to Russian President Vladimir Putin by phone on Monday.', published: '2024-05-08', events: ['phone_call Erdogan + Putin'] },
      { text: 'Japanese Prime Minister Fumio Kishida reached out to South Korean President Yoon Suk Yeol by telephone after the launch.', events: ['phone_call Kishida + Yoon'] },
      { text: 'Kenyan President William Ruto reached out to Ugandan President Yoweri Museveni via video link on Friday.', published: '2024-05-08', events: ['phone_call Ruto + Museveni'] },
    ],
  },
  {
    id: 'called-to',
    forms: ['verb'],
    triggers: ['call.verb', 'phone.verb'],
    pattern: '[a:SPEAKER] ($REL | ,)? $VG <T> $ADVP{0,2} to {congratulate|thank|brief|invite|reassure|console|wish|apologise|apologize|update} [b:PARTY]',
    examples: [
      { text: 'In April, US President Donald Trump called to congratulate Ukrainian President Volodymyr Zelensky on his victory.', published: '2019-09-20', events: ['phone_call Trump + Zelensky'] },
      { text: 'Indian Prime Minister Narendra Modi phoned on Wednesday to thank Emirati President Mohamed bin Zayed for the support.', events: ['phone_call Modi + Zayed'] },
    ],
  },
  {
    id: 'briefed-on-contact',
    forms: ['noun'],
    pattern: '[a:SPEAKER] ($REL | ,)? $VG VERB !(; | \\. | , | VERB){1,8} (on | about | of) (his | her | their) $NMOD <T> $MEDIUM? $ADVP{0,2} (with | to) [b:PARTY]',
    examples: [
      { text: 'Russian President Vladimir Putin briefed Chinese President Xi Jinping on his video conversation last week with U.S. President Joe Biden.', events: ['phone_call Putin + Biden'] },
      { text: 'Kenyan President William Ruto told reporters about his meeting on Monday with Ugandan President Yoweri Museveni.', events: ['meeting Ruto + Museveni'] },
      { text: 'Indian Prime Minister Narendra Modi informed the cabinet of his talks in Tokyo with Japanese Prime Minister Shigeru Ishiba.', events: ['meeting Modi + Ishiba @Tokyo'] },
    ],
  },
  {
    id: 'told-in-complement',
    forms: ['noun'],
    roles: ['mutual'],
    pattern: "[a:SPEAKER] ($REL | ,)? $VG (VERB to)? VERB (to | with)? ([b:PARTY] ((of | about | to | for | on) !(; | \\. | , | in | during | over | VERB){1,6} | to VERB !(; | \\. | , | in | during | over | VERB){0,5})? | [b:OWNER] (ADJ | NOUN){1,3}) $ADVP{0,2} (in | during | over) (a | an | the | their | his | her)? $NMOD <T>",
    examples: [
      { text: 'Peruvian President Pedro Pablo Kuczynski told Chilean President Michelle Bachelet of his decision in a phone call on Thursday.', events: ['phone_call Kuczynski + Bachelet'] },
      { text: 'Kuwaiti Emir Sabah al-Ahmad accepted Iraqi Prime Minister Nuri al-Maliki\'s invitation during a telephone call last month.', events: ['phone_call Sabah + Maliki'] },
      { text: 'U.S. President Joe Biden had tried to persuade Mexican President Andres Manuel Lopez Obrador to attend during a phone call last week.', events: ['phone_call Biden + Obrador'] },
      { text: 'Brazilian President Lula da Silva assured Argentine President Javier Milei of his support in a telephone conversation on Monday.', events: ['phone_call Lula + Milei'] },
      { text: 'Chinese President Xi Jinping urged Russian President Vladimir Putin to attend the forum during a call on Friday.', events: ['phone_call Xi + Putin'] },
      { text: 'Egyptian President Abdel Fattah al-Sisi invited Kenyan President William Ruto to visit Cairo in a phone call on Monday.', events: ['phone_call Sisi + Ruto', 'meeting Ruto + Sisi /proposed @Cairo'] },
      { text: 'South Korean President Yoon Suk Yeol asked Japanese Prime Minister Fumio Kishida to come to Seoul during their telephone talks last week.', events: ['phone_call Yoon + Kishida'] },
    ],
  },
  {
    id: 'told-in',
    forms: ['noun'],
    roles: ['mutual'],
    pattern: '[a:SPEAKER] ($REL | ,)? $VG VERB (to | with)? [b:PARTY] $ADVP{0,2} (in | during | on | over | at) (a | an | the | their | his | her)? $NMOD <T>',
    examples: [
      { text: 'Chinese President Xi Jinping told US President Joe Biden in a call on Tuesday that Taiwan was a red line.', events: ['phone_call Xi + Biden'] },
      { text: 'French President Emmanuel Macron urged Russian President Vladimir Putin during a phone call on Friday to end the war.', events: ['phone_call Macron + Putin'] },
      { text: 'Kenyan President William Ruto assured Somali President Hassan Sheikh Mohamud at their meeting in Nairobi that troops would stay.', events: ['meeting Ruto + Mohamud @Nairobi'] },
      { text: 'Ghanaian President John Mahama spoke to Togolese President Faure Gnassingbé in a phone call on Sunday about the border.', events: ['phone_call Mahama + Gnassingbé'] },
    ],
  },
  {
    id: 'medium-opening',
    forms: ['verb'],
    triggers: ['speak.medium', 'medium'],
    pattern: '<T> $ADVP{0,2} , [a:SPEAKER] $VG VERB [b:PARTY]',
    examples: [
      { text: 'Speaking by videoconference on Thursday, Philippine Foreign Secretary Enrique Manalo told Australian Foreign Minister Penny Wong that Manila wanted more joint patrols.', events: ['phone_call Manalo + Wong'] },
    ],
  },
  {
    id: 'visit-including',
    forms: ['verb'],
    roles: ['visit'],
    pattern: '[a:PARTY] ($REL | ,)? $VG <T> (the)? (@number | NUM | several | various | some | many | mainly | mostly | ADJ | PROPN){0,3} (countries | nations | states | capitals) ,? (including | among them | such as) [b:PARTY]',
    examples: [
      { text: 'Turkish Prime Minister Necmettin Erbakan visited several Muslim countries, including Iran and Pakistan, in August.', published: '1996-08-28', events: ['meeting Erbakan + IRN', 'meeting Erbakan + PAK'] },
      { text: 'Kenyan President William Ruto visited four Asian nations, including Japan and Vietnam, last year.', published: '2024-06-10', events: ['meeting Ruto + JPN', 'meeting Ruto + VNM'] },
      { text: 'Turkish Prime Minister Necmettin Erbakan visited mainly Muslim countries, including Iran, during a tour in August.', published: '1996-08-28', events: ['meeting Erbakan + IRN'] },
      { text: 'Indian External Affairs Minister S. Jaishankar will visit several Gulf states, among them Qatar and Oman, next week.', published: '2024-06-10', events: ['meeting Jaishankar + QAT /planned', 'meeting Jaishankar + OMN /planned'] },
    ],
  },
  {
    id: 'trip-destinations',
    forms: ['noun'],
    roles: ['visit'],
    pattern: '<T> ((to | of | through | across | around) (the)? (PROPN | ADJ | @region){1,3})? #DATE? ,? (that | which)? $VG ({take|include|cover|bring} (him | her | them | #PERSON)? (on | also | in turn | @adverb | ADV)? | including | with (stops | visits | a stop | stopovers) (planned | scheduled)? ) (to | visits to | stops in | stops at | in | at | onward to | on to)? (the)? [b:PARTY]',
    examples: [
      { text: 'Indian Prime Minister Narendra Modi began a five-nation tour that will take him to Ghana, Argentina and Namibia.', events: ['meeting Modi + GHA /planned @Ghana', 'meeting Modi + ARG /planned @Argentina', 'meeting Modi + NAM /planned @Namibia'] },
      // an adverb of order between the traveller and the stops ("took him successively to", "will take him in turn to")
      { text: 'Senegalese President Bassirou Diomaye Faye left Dakar on Monday for a regional tour. The tour then took him successively to Banjul, Abidjan and Accra.', published: '2024-06-12', events: ['meeting Faye + GMB @Banjul', 'meeting Faye + CIV @Abidjan', 'meeting Faye + GHA @Accra'] },
      { text: 'Chinese Foreign Minister Wang Yi began a Pacific tour on Thursday that will take him in turn to Honiara, Apia and Suva.', published: '2024-06-12', events: ['meeting Wang + SLB /planned @Honiara', 'meeting Wang + WSM /planned @Apia', 'meeting Wang + FJI /planned @Suva'] },
      { text: 'German Foreign Minister Annalena Baerbock flew to Namibia last week. The trip also took her briefly to Gaborone.', published: '2024-06-12', events: ['meeting Baerbock + NAM @Namibia', 'meeting Baerbock + BWA @Gaborone'] },
      // the region toured named before the stops ("a trip to the Middle East that included …")
      { text: 'British Foreign Secretary David Cameron ended a four-day trip to the Middle East that included Israel, Jordan and Qatar.', published: '2024-06-12', events: ['meeting Cameron + ISR', 'meeting Cameron + JOR', 'meeting Cameron + QAT'] },
      { text: 'Japanese Prime Minister Fumio Kishida is on a week-long tour of Africa which will take him to Egypt, Ghana and Kenya.', published: '2024-06-12', events: ['meeting Kishida + EGY /planned @Egypt', 'meeting Kishida + GHA /planned @Ghana', 'meeting Kishida + KEN /planned @Kenya'] },
      { text: 'Chinese Foreign Minister Wang Yi wrapped up a tour of Southeast Asia that took in Malaysia, Cambodia and Laos.', published: '2024-06-12', events: ['meeting Wang + MYS', 'meeting Wang + KHM', 'meeting Wang + LAO'] },
    ],
  },
  {
    id: 'arrive-at-seat',
    forms: ['verb'],
    roles: ['visit'],
    pattern: '[a:PARTY] ($REL | ,)? $VG <T> $SEAT (in | ,) [b:PARTY]',
    examples: [
      { text: 'Malawian President Lazarus Chakwera arrived at State House in Lusaka on Monday morning.', published: '2024-06-11', events: ['meeting Chakwera + ZMB @Lusaka'] },
      { text: 'Paraguayan President Santiago Pena, who flew in overnight, arrived at the presidential palace in Brasilia at nine.', published: '2024-06-11', events: ['meeting Pena + BRA @Brasilia'] },
      { text: 'The Estonian prime minister arrived at the chancellery in Berlin shortly after noon.', published: '2024-06-11', events: ['meeting EST + DEU @Berlin'] },
    ],
  },
  {
    id: 'trip-in',
    forms: ['noun'],
    roles: ['visit'],
    pattern: '<T> $ADVP{0,2} (in | across | around | through) (the)? [b:PARTY]',
    examples: [
      { text: 'Egyptian Foreign Minister Badr Abdelatty began his Gulf tour in Kuwait and will end it in Oman next week.', events: ['meeting Abdelatty + KWT @Kuwait', 'meeting Abdelatty + OMN /planned @Oman'] },
      { text: 'During his three-day trip across Vietnam, Australian Prime Minister Anthony Albanese promised more scholarships.', events: ['meeting Albanese + VNM @Vietnam'] },
    ],
  },
  {
    id: 'summit-gathers',
    forms: ['noun'],
    types: ['summit'],
    pattern: '<T> !(; | \\.){0,16} ({bring|draw|gather|attract} (together)? | {include|involve} | attended by | hosted by | {chair|co-chair|convene} by | presided over by) [b:PARTY]',
    examples: [
      { text: 'The two-day NATO summit, which opened on Tuesday in the Lithuanian capital, was hosted by Lithuanian President Gitanas Nauseda.', events: ['summit Nauseda @Vilnius'] },
      { text: 'The summit of Gulf leaders, which opened on Tuesday with a call for calm across the region, was hosted by Saudi Crown Prince Mohammed bin Salman.', events: ['summit bin Salman'] },
      { text: 'The summit in Astana brought together Kazakh President Kassym-Jomart Tokayev, Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon.', events: ['summit Tokayev + Japarov + Rahmon'] },
      { text: 'The last regional summit, held in Lusaka in 2023 and chaired by Zambian President Hakainde Hichilema, ended without a statement.', events: ['summit Hichilema @Lusaka'] },
      { text: 'An emergency summit in Cairo, convened by Egyptian President Abdel Fattah al-Sisi, opened on Saturday.', events: ['summit Sisi @Cairo'] },
      { text: 'The 2019 summit was presided over by Japanese Prime Minister Shinzo Abe in Osaka.', events: ['summit Abe @Osaka'] },
    ],
  },
  {
    id: 'summit-at-which',
    forms: ['noun'],
    types: ['summit'],
    pattern: '<T> !(; | \\. | which){0,8} ,? (at | during) which [b:PARTY]',
    examples: [
      { text: 'In March, Saudi King Salman called an emergency virtual summit at which U.S. President Donald Trump and Chinese President Xi Jinping also spoke.', events: ['summit Salman + Trump + Xi'] },
      { text: 'Kenyan President William Ruto hosted a regional summit in Nairobi on Friday, during which Ugandan President Yoweri Museveni and Rwandan President Paul Kagame pledged troops.', events: ['summit Ruto + Museveni + Kagame @Nairobi'] },
      { text: 'The Arab League met in Jeddah for a summit at which Syrian President Bashar al-Assad made his return to the bloc.', events: ['summit al-Assad @Jeddah'] },
    ],
  },
  {
    id: 'subject-adjunct',
    forms: ['noun'],
    pattern: '[a:PARTY] , (in | during | over) (a | an | the | their | his | her)? $NMOD <T> $MEDIUM? (with | to) [b:PARTY]',
    examples: [
      { text: 'Iranian Foreign Minister Hossein Amir-Abdollahian, in a telephone conversation with his Omani counterpart Badr Albusaidi on Sunday, discussed regional issues.', events: ['phone_call Amir-Abdollahian + Albusaidi'] },
      { text: 'Kenyan President William Ruto, during talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi, pledged support for the port deal.', events: ['meeting Ruto + Abiy @Nairobi'] },
      { text: 'French President Emmanuel Macron, in a video call with Indian Prime Minister Narendra Modi, raised the fighter jet order.', events: ['phone_call Macron + Modi'] },
    ],
  },
  {
    id: 'discussed-with',
    // no medium named: read as a meeting (the gold conventions allow either); a medium after the partner makes it a call
    forms: ['verb'],
    triggers: ['discuss.verb'],
    pattern: '[a:SPEAKER] ($REL | ,)? $VG <T> !(, | ; | \\. | that | VERB | #PERSON | @phone | @video | call | calls | conversation | conversations | talks | meeting | meetings){0,8} with [b:PARTY]',
    examples: [
      { text: 'Ukrainian President Volodymyr Zelensky said on Saturday that he had discussed air defence with German Chancellor Olaf Scholz.', published: '2024-05-08', events: ['meeting Zelensky + Scholz'] },
      { text: 'Turkish President Recep Tayyip Erdogan discussed the grain corridor with Russian President Vladimir Putin on Monday.', published: '2024-05-08', events: ['meeting Erdogan + Putin'] },
      { text: 'Earlier in the day, Indian Prime Minister Narendra Modi discussed with his Australian counterpart Anthony Albanese the rare-earths pact.', published: '2024-05-08', events: ['meeting Modi + Albanese'] },
      { text: 'Kenyan President William Ruto discussed the budget with Finance Minister John Mbadi on Monday.', published: '2024-05-08', events: [] },
      { text: 'Japanese Prime Minister Fumio Kishida discussed the plan with reporters in Tokyo.', events: [] },
      { text: 'Earlier on Friday, Qatari Emir Sheikh Tamim bin Hamad Al Thani reviewed the situation in a call with French President Emmanuel Macron.', published: '2024-05-08', events: ['phone_call Thani + Macron'] },
      { text: 'German Chancellor Angela Merkel, who is preparing to host a conference on Libya, will discuss the crisis with Russian President Vladimir Putin in Moscow on Saturday.', published: '2020-01-08', events: ['meeting Merkel + Putin /planned @Moscow'] },
      { text: 'Kenyan President William Ruto discussed the border with Ugandan President Yoweri Museveni in Entebbe on Sunday.', published: '2024-05-08', events: ['meeting Ruto + Museveni @Entebbe'] },
      { text: 'Chilean President Gabriel Boric reviewed trade ties with Argentine President Javier Milei at the Casa Rosada in Buenos Aires.', published: '2024-05-08', events: ['meeting Boric + Milei @Buenos Aires'] },
      { text: 'Kenyan President William Ruto discussed the border with Ugandan President Yoweri Museveni in a phone call on Sunday.', published: '2024-05-08', events: ['phone_call Ruto + Museveni'] },
    ],
  },
  {
    id: 'fronted-with',
    forms: ['verb'],
    triggers: ['discuss.verb', 'speak.verb', 'exchange-views'],
    pattern: 'with [b:PARTY] ($REL | ,) [a:SPEAKER] $VG <T>',
    examples: [
      { text: 'With Ghanaian President John Mahama, who took office in January after a landslide win, Nigerian President Bola Tinubu reviewed the gas pipeline in Abuja.', published: '2025-03-04', events: ['meeting Mahama + Tinubu @Abuja'] },
      { text: 'With his Kenyan counterpart, who arrived on Sunday, Ugandan Foreign Minister Jeje Odongo discussed the oil pipeline.', published: '2025-03-04', events: ['meeting KEN + Odongo'] },
      { text: 'With Indian External Affairs Minister Subrahmanyam Jaishankar, Sri Lankan President Ranil Wickremesinghe discussed the fuel credit line.', events: ['meeting Jaishankar + Wickremesinghe'] },
    ],
  },
  {
    id: 'sign-with',
    forms: ['verb'],
    triggers: ['sign-with'],
    pattern: '[a:PARTY] ($REL | ,)? $VG <T> !(; | \\. | , | #PERSON | VERB | who | which | that){1,10} with [b:PARTY]',
    examples: [
      { text: 'Indian Prime Minister Narendra Modi signed a defence pact with Cypriot President Nikos Christodoulides in Nicosia.', events: ['meeting Modi + Christodoulides @Nicosia'] },
    ],
  },
  {
    id: 'co-chair-with',
    forms: ['verb'],
    triggers: ['co-chair'],
    pattern: '[a:PARTY] ($REL | ,)? $VG <T> (DET | ADJ | NOUN | PROPN | NUM | - | of | #COUNTRY){1,10} [prep:with] [b:PARTY]',
    examples: [
      { text: 'Nigerian Foreign Minister Yusuf Tuggar co-chaired the joint commission with Ghanaian Foreign Minister Shirley Ayorkor Botchwey in Abuja on Monday.', events: ['meeting Tuggar + Botchwey @Abuja'] },
    ],
  },
  {
    id: 'possessive-with',
    forms: ['noun'],
    pattern: "[a:PARTY] 's $NMOD <T> $MEDIUM? $ADVP{0,2} [prep:(with | to | between | by | from)] [b:PARTY]",
    examples: [
      { text: "Kenyan President William Ruto's meeting with Tanzanian President Samia Suluhu Hassan focused on trade.", events: ['meeting Ruto + Hassan'] },
      { text: "Nepali Prime Minister KP Sharma Oli's visit to India was postponed.", events: ['meeting Oli + IND /cancelled @India'] },
    ],
  },
  {
    id: 'held-with',
    forms: ['noun'],
    pattern: '<T> $MEDIUM? $ADVP{0,2} $VG (held | conducted | organised | organized | arranged) $ADVP{0,2} [prep:with] [b:PARTY]',
    examples: [
      { text: 'Indonesian Foreign Minister Retno Marsudi spoke with Saudi Foreign Minister Prince Faisal on Monday. A telephone conversation was also held with Iranian Foreign Minister Hossein Amir-Abdollahian.', events: ['phone_call Marsudi + Faisal', 'phone_call Marsudi + Amir-Abdollahian'] },
      { text: 'Kenyan President William Ruto arrived in Addis Ababa on Sunday. Talks were held with Ethiopian Prime Minister Abiy Ahmed at the National Palace.', events: ['meeting Ruto + Abiy @Addis Ababa'] },
      { text: 'Chilean Foreign Minister Alberto van Klaveren began a tour of Asia in Tokyo. A working lunch was organised with Japanese Foreign Minister Yoko Kamikawa.', events: ['meeting van Klaveren + Kamikawa @Tokyo'] },
    ],
  },
  {
    id: 'message-to',
    forms: ['verb'],
    pattern: '<T> (from !(to | \\. | ;){1,14})? to [b:PARTY]',
    examples: [
      { text: 'Kuwaiti Foreign Minister Sheikh Salem Al-Sabah delivered a written message from the Emir to Egyptian President Abdel Fattah al-Sisi in Cairo on Monday.', published: '2024-06-12', events: ['meeting Salem + Sisi @Cairo'] },
    ],
  },
  {
    id: 'between-with',
    forms: ['noun'],
    pattern: '<T> $ADVP{0,2} between [a:PARTY] with [b:PARTY]',
    examples: [
      { text: 'A phone call between Russian President Vladimir Putin with Iranian President Masoud Pezeshkian lasted an hour.', events: ['phone_call Putin + Pezeshkian'] },
      { text: 'A bilateral meeting between Pakistani Prime Minister Shehbaz Sharif with Turkish President Recep Tayyip Erdogan took place in Ankara on Monday.', published: '2024-06-12', events: ['meeting Sharif + Erdogan @Ankara'] },
      { text: 'Talks between Bangladeshi adviser Muhammad Yunus with Indian Prime Minister Narendra Modi were held in Bangkok on Friday.', published: '2025-04-06', events: ['meeting Yunus + Modi @Bangkok'] },
    ],
  },
  {
    id: 'between',
    forms: ['noun', 'verb'],
    pattern: '<T> $MEDIUM? $ADVP{0,2} ($VG (held | planned | scheduled | set | organised | organized | arranged | expected | conducted | {take} place))? $ADVP{0,2} between [ab:PARTY]',
    examples: [
      { text: 'A meeting was conducted on Friday between the foreign ministers of Ghana and Togo in Accra.', events: ['meeting GHA + TGO @Accra'] },
      { text: 'Talks will take place next week between Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan.', events: ['meeting Ruto + Hassan /planned'] },
      { text: 'Uzbek President Shavkat Mirziyoyev spoke with Indian Prime Minister Narendra Modi in the morning. In the afternoon, a telephone conversation took place between Mirziyoyev and President of Tajikistan Emomali Rahmon.', events: ['phone_call Mirziyoyev + Modi', 'phone_call Mirziyoyev + Rahmon'] },
      { text: 'A phone call between Turkish President Recep Tayyip Erdogan and Finnish President Alexander Stubb took place on Monday.', events: ['phone_call Erdogan + Stubb'] },
      { text: 'A readout of the call between Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan said they discussed trade.', events: ['phone_call Ruto + Hassan'] },
      { text: 'The summary of the talks between Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida says they agreed on a rail loan.', events: ['meeting Modi + Kishida'] },
      { text: 'Notes of the meeting between Egyptian President Abdel Fattah al-Sisi and Jordanian King Abdullah II have told of a rift.', events: ['meeting Sisi + Abdullah'] },
      { text: 'No date has been set for a summit between Ukrainian President Volodymyr Zelensky and Russian President Vladimir Putin.', events: ['summit Zelensky + Putin /proposed'] },
    ],
  },
  {
    id: 'on-hand',
    forms: ['verb'],
    roles: ['host', 'mutual'],
    pattern: '[a:PARTY] ,? $VG (be | is | was | were | are) (on hand | present | there | at !(, | ; | \\.){1,10}) to <T> [b:PARTY]',
    examples: [
      { text: 'Ethiopian Prime Minister Abiy Ahmed was at Bole International Airport in Addis Ababa to receive Eritrean President Isaias Afwerki.', events: ['meeting Abiy + Isaias @Addis Ababa'] },
    ],
  },
  {
    id: 'with-whom',
    forms: ['noun', 'verb'],
    pattern: '[b:PARTY] , (with | whom | by) whom? [a:PARTY] $VG ((@light $NMOD)? <T> | <T>)',
    examples: [
      { text: 'Kazakh Foreign Minister Yerlan Abenov is visiting China at the invitation of Chinese Foreign Minister Wang Yi, with whom he held talks on Tuesday.', events: ['meeting Abenov + Wang @China'] },
      { text: 'Kenyan President William Ruto thanked Ugandan President Yoweri Museveni, whom he met in Kampala last week, for the fuel deal.', events: ['meeting Ruto + Museveni @Kampala'] },
      { text: 'The plan was drafted with Ghanaian President John Mahama, with whom Nigerian President Bola Tinubu spoke by phone on Sunday.', events: ['phone_call Tinubu + Mahama'] },
    ],
  },
  {
    id: 'relative-subject',
    forms: ['verb', 'noun'],
    pattern: '[a:PARTY] (, !(, | ; | who | which | #PERSON){1,8})? , (who | which) $VG (@light $NMOD)? <T> $MEDIUM? $ADVP{0,2} [prep:(with | to | on | by)]? [b:PARTY]',
    examples: [
      { text: 'Chinese President Xi Jinping, who will meet US President Joe Biden in Bali on Monday, arrived on Sunday.', events: ['meeting Xi + Biden /planned @Bali'] },
      { text: 'US Secretary of State Marco Rubio, who spoke by phone with Russian Foreign Minister Sergei Lavrov on Saturday, flew to Riyadh.', events: ['phone_call Rubio + Lavrov', 'meeting Rubio + SAU @Riyadh'] },
      { text: 'Amina Yusuf, Nigeria\'s special envoy for the Sahel, who met Malian President Assimi Goita in Bamako on Monday, said talks would continue.', events: ['meeting Yusuf + Goita @Bamako'] },
      { text: 'Carlos Ruiz, the Mexican deputy foreign minister, who spoke by phone with Guatemalan Foreign Minister Carlos Martinez on Friday, flew to Guatemala City.', events: ['phone_call Ruiz + Martinez', 'meeting Ruiz + GTM @Guatemala City'] },
    ],
  },
  {
    id: 'active-relative',
    forms: ['verb'],
    pattern: '[a:PARTY] $REL $VG <T> $MEDIUM? $ADVP{0,2} [prep:(with | to | on | by)]? [b:PARTY]',
    examples: [
      { text: 'Peruvian President Dina Boluarte, who took office last year, met Bolivian President Luis Arce in La Paz.', events: ['meeting Boluarte + Arce @La Paz'] },
    ],
  },
  {
    id: 'active',
    forms: ['verb'],
    pattern: '[a:PARTY] ,? $VG <T> $MEDIUM? $ADVP{0,2} [prep:(with | to | on | by)]? [b:PARTY]',
    examples: [
      { text: 'Moroccan Foreign Minister Nasser Bourita met Spanish Foreign Minister José Manuel Albares in Rabat on Tuesday.', events: ['meeting Bourita + Albares @Rabat'] },
      { text: 'Omani Foreign Minister Badr Albusaidi received at the ministry\'s headquarters in Muscat on Monday the Iranian Foreign Minister, Abbas Araghchi.', events: ['meeting Albusaidi + Araghchi @Muscat'] },
      { text: 'Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met at his office in Doha yesterday Egyptian Foreign Minister Badr Abdelatty.', events: ['meeting Al Thani + Abdelatty @Doha'] },
      { text: 'Kuwaiti Crown Prince Sheikh Sabah Al-Khalid received at the Bayan Palace this morning Jordanian Foreign Minister Ayman Safadi.', events: ['meeting Al-Khalid + Safadi'] },
      // a day set off by commas between the verb and its object
      { text: 'Russian President Vladimir Putin received, on Tuesday, Iranian Foreign Minister Abbas Araghchi at the Kremlin.', published: '2025-04-18', events: ['meeting Putin + Araghchi'] },
      { text: 'Egyptian President Abdel Fattah al-Sisi met, on Sunday, Jordanian Foreign Minister Ayman Safadi in Cairo.', published: '2025-04-18', events: ['meeting Sisi + Safadi @Cairo'] },
      { text: 'Burkinabe President Blaise Compaore received in audience, on Monday 26 November, the French Minister for Cooperation, Alain Joyandet.', published: '2007-11-28', events: ['meeting Compaore + Joyandet'] },
      { text: 'Argentine President Javier Milei has spoken with Israeli Prime Minister Benjamin Netanyahu.', events: ['phone_call Milei + Netanyahu'] },
      { text: 'Bangladeshi Foreign Minister A. K. Abdul Momen, MP had a telephone conversation with Indian External Affairs Minister S. Jaishankar.', events: ['phone_call Momen + Jaishankar'] },
      { text: 'HANOI — Cambodian Foreign Minister Prak Sokhonn held talks with Vietnamese Foreign Minister Bui Thanh Son on Monday. Later, the visiting minister paid a courtesy call on Vietnamese Prime Minister Pham Minh Chinh.', events: ['meeting Prak + Bui @Hanoi', 'meeting Prak + Pham @Hanoi'] },
      { text: '"I spoke with President William Ruto this morning about the floods," Tanzanian President Samia Suluhu Hassan told reporters in Dodoma on Monday.', events: ['phone_call Hassan + Ruto'] },
      { text: 'Australian Prime Minister Anthony Albanese said the US president had called him on Tuesday night to apologise. US President Joe Biden had cut his Asia tour short.', events: ['phone_call Biden + Albanese'] },
      { text: 'French President Emmanuel Macron begins an Africa tour on Wednesday. On Thursday the president flies to Luanda for talks with Angolan President João Lourenço, and in the evening Congolese President Denis Sassou Nguesso will host him for dinner in Brazzaville.', published: '2023-02-26', events: ['meeting Macron + Lourenço /planned @Luanda', 'meeting Sassou + Macron /planned'] },
      { text: 'Chilean President Gabriel Boric said: "Yesterday I met Peruvian President Dina Boluarte in Lima and we agreed to reopen the border."', events: ['meeting Boric + Boluarte @Lima'] },
      { text: 'Kenyan Foreign Minister Musalia Mudavadi met with Anna Lindqvist, Minister of Foreign Affairs of Sweden; Pedro Alvarez, Minister of Foreign Affairs of Chile; and Tomasz Nowicki, Minister of Foreign Affairs of Poland.', events: ['meeting Mudavadi + Lindqvist', 'meeting Mudavadi + Alvarez', 'meeting Mudavadi + Nowicki'] },
    ],
  },
  {
    id: 'relative-together',
    forms: ['verb'],
    pattern: '[ab:PARTY] , (who | which) $VG <T>',
    examples: [
      { text: 'Chilean President Gabriel Boric and Argentine President Javier Milei, who last met in Santiago in March, spoke at the summit in Lima on Friday.', events: ['meeting Boric + Milei @Santiago', 'summit Boric + Milei @Lima'] },
    ],
  },
  {
    id: 'together',
    forms: ['verb'],
    pattern: '[ab:PARTY] ($REL | ,)? $VG <T>',
    examples: [
      // a place in the phrase that opens the sentence is where they met, not one of them
      { text: 'In Osaka, Japanese Prime Minister Shigeru Ishiba and Philippine President Ferdinand Marcos met on Monday.', published: '2024-06-12', events: ['meeting Ishiba + Marcos @Osaka'] },
      { text: 'At the palace in Rabat, Moroccan King Mohammed VI and French President Emmanuel Macron held talks on Monday.', published: '2024-06-12', events: ['meeting Mohammed VI + Macron @Rabat'] },
      { text: 'Uruguayan President Yamandú Orsi and Paraguayan President Santiago Peña met in Montevideo on Friday.', events: ['meeting Orsi + Peña @Montevideo'] },
      { text: 'Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung each met Chinese Premier Li Qiang in Beijing on Monday.', events: ['meeting Ishiba + Li @Beijing', 'meeting Lee + Li @Beijing'] },
      { text: 'Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Friday. The two presidents last met in Santiago in March last year.', published: '2024-06-14', events: ['meeting Boluarte + Boric @Lima', 'meeting Boluarte + Boric @Santiago'] },
    ],
  },
  {
    id: 'loose-active',
    forms: ['verb'],
    roles: ['mutual', 'host'],
    pattern: '[a:PARTY] !(, | ; | \\. | \\: | who | which | that | and | but | or | said | says | told | VERB){0,8} <T> !(, | ; | \\. | \\: | who | which | that | and | but | said | says | told | VERB | DET | #PERSON){0,8} (with | to)? [b:PARTY]',
    examples: [
      { text: 'Hungarian Prime Minister Viktor Orban on Monday in Budapest warmly received Serbian President Aleksandar Vucic.', events: ['meeting Orban + Vucic @Budapest'] },
    ],
  },
  {
    id: 'loose-journey',
    forms: ['verb'],
    roles: ['visit'],
    pattern: '[a:PARTY] !(, | ; | \\. | \\: | who | which | that | and | but | or | said | says | told | VERB){0,8} <T> !(, | ; | \\. | \\: | who | which | that | and | but | said | says | told | from | VERB | DET | #PERSON){0,8} (with | to)? [b:PARTY]',
    examples: [
      { text: "Washington's top nuclear negotiator arrived in Seoul on Sunday from China.", published: '2004-11-15', events: ['meeting USA + KOR @Seoul'] },
      { text: 'Kenyan President William Ruto arrived in Kampala on Monday from Nairobi.', published: '2024-06-10', events: ['meeting Ruto + UGA @Kampala'] },
      { text: "Tokyo's chief trade negotiator flew to Washington on Monday for talks.", published: '2024-06-10', events: ['meeting JPN + USA @Washington'] },
    ],
  },
  {
    id: 'visit-home',
    forms: ['verb', 'noun'],
    roles: ['visit'],
    pattern: "<T> (to)? [b:PARTY] 's (NOUN | ADJ | PROPN)? @residence",
    subjectIsAgent: true,
    examples: [
      { text: "Slovak Prime Minister Robert Fico visited Hungarian Prime Minister Viktor Orban's country house on Saturday.", events: ['meeting Fico + Orban'] },
      { text: "Egyptian Foreign Minister Badr Abdelatty paid a visit to King Abdullah's palace in Amman on Monday.", events: ['meeting Abdelatty + Abdullah @Amman'] },
    ],
  },
  {
    id: 'in-country-for-visit',
    forms: ['noun'],
    roles: ['visit'],
    pattern: '[a:PARTY] , (in | to) [b:PARTY] (for | on) $NMOD <T>',
    examples: [
      { text: 'Chinese Premier Li Qiang, in Australia for a four-day visit, told business leaders that trade was recovering.', published: '2024-06-17', events: ['meeting Li + AUS'] },
      { text: 'British Foreign Secretary Malcolm Rifkind, in Pakistan for a visit, told reporters that Britain would not ban the conference.', published: '1996-08-26', events: ['meeting Rifkind + PAK'] },
      { text: 'Kenyan President William Ruto, in Seoul on a state visit, said Korean firms would build a new port.', published: '2024-06-04', events: ['meeting Ruto + KOR @Seoul'] },
    ],
  },
  {
    id: 'is-in-country-for-visit',
    // "X was in Uganda on Monday as part of his tour of Africa": where a visitor is, on a visit, is the country visited
    forms: ['noun'],
    roles: ['visit'],
    pattern: '[a:PARTY] ($REL | ,)? $VG {be} $ADVP{0,2} (in | to) [b:PARTY] $ADVP{0,2} (for | on | as part of) (his | her)? $NMOD <T>',
    examples: [
      { text: 'Indian Prime Minister Narendra Modi was in Uganda on Monday as part of his tour of Africa.', published: '2018-07-24', events: ['meeting Modi + UGA'] },
      { text: 'Kenyan President William Ruto is in Seoul this week on a state visit.', published: '2024-06-04', events: ['meeting Ruto + KOR @Seoul'] },
      { text: 'Chilean President Gabriel Boric was in Madrid for an official visit when the news broke.', published: '2024-06-04', events: ['meeting Boric + ESP @Madrid'] },
    ],
  },
  {
    id: 'visit-of-to',
    forms: ['noun'],
    roles: ['visit'],
    pattern: '<T> of [a:PARTY] ,? $ADVP{0,2} (to | in) (the)? [b:PARTY]',
    examples: [
      { text: 'The visit of the Prime Minister of India, Narendra Modi, to Dhaka, scheduled for 17 March, has been postponed.', published: '2020-03-09', events: ['meeting Modi + BGD /cancelled @Dhaka'] },
      { text: 'The state visit of Kenyan President William Ruto to Germany begins on Tuesday.', published: '2024-06-14', events: ['meeting Ruto + DEU /planned @Germany'] },
    ],
  },
  {
    id: 'nation-visit-by',
    forms: ['noun'],
    roles: ['visit'],
    pattern: '(a | an | the | his | her | their | this | last | next)? (ADJ)? [b:NATION] (ADJ)? <T> $ADVP{0,2} (by | of) [a:PARTY]',
    examples: [
      { text: 'The call came on the eve of a White House visit by Ukrainian President Volodymyr Zelensky.', published: '2025-10-16', events: ['meeting Zelensky + USA'] },
      { text: 'A Kremlin visit by Indian Prime Minister Narendra Modi is planned for July.', published: '2025-05-16', events: ['meeting Modi + RUS /planned'] },
      { text: 'The first Japan visit of Vietnamese Prime Minister Pham Minh Chinh ended on Friday.', published: '2025-05-16', events: ['meeting Pham + JPN'] },
    ],
  },
  {
    id: 'visit-to-by',
    forms: ['noun'],
    roles: ['visit'],
    pattern: '<T> $ADVP{0,2} (to | in) [b:PARTY] $ADVP{0,2} by [a:PARTY]',
    examples: [
      { text: 'A visit to Astana by Turkmen President Serdar Berdimuhamedov has been postponed, the Kazakh foreign ministry said.', events: ['meeting Berdimuhamedov + KAZ /cancelled @Astana'] },
    ],
  },
  {
    id: 'agenda-owner',
    forms: ['noun'],
    pattern: '[a:OWNER] @agenda !(; | \\.){0,16} <T> $MEDIUM? $ADVP{0,2} [prep:(with | to)] [b:PARTY]',
    examples: [
      { text: "Chilean President Gabriel Boric landed on Monday. The president's day begins with breakfast with Peruvian President Dina Boluarte.", events: ['meeting Boric + Boluarte'] },
      { text: 'Among Mr Albanese\'s engagements on Friday are a working lunch with New Zealand Prime Minister Christopher Luxon.', events: ['meeting Albanese + Luxon'] },
      { text: 'Greek Prime Minister Kyriakos Mitsotakis is in Rome this week. His programme on Monday starts with talks with Italian Prime Minister Giorgia Meloni, followed by a dinner with President Sergio Mattarella.', events: ['meeting Mitsotakis + Meloni /planned', 'meeting Mitsotakis + Mattarella /planned'] },
    ],
  },
  {
    id: 'noun-opening',
    forms: ['noun'],
    pattern: '(in | during | over) (a | an | the | their | his | her)? $NMOD <T> $MEDIUM? $ADVP{0,3} , [a:SPEAKER] $VG ({discuss|review|address|raise|examine|consider|tackle} | VERB (to | with)? [b:PARTY])',
    examples: [
      { text: 'During their phone call on May 2, Russian President Vladimir Putin and U.S. President Donald Trump discussed Syria.', events: ['phone_call Putin + Trump'] },
      { text: 'In a call on Wednesday, French President Emmanuel Macron urged Chinese President Xi Jinping to press Moscow.', events: ['phone_call Macron + Xi'] },
      { text: 'During their talks in Nairobi, Kenyan President William Ruto assured Ugandan President Yoweri Museveni of fuel supplies.', events: ['meeting Ruto + Museveni @Nairobi'] },
    ],
  },
  {
    id: 'stepped-aside-for',
    forms: ['noun'],
    roles: ['mutual'],
    pattern: '[ab:PARTY] ($REL | ,)? $VG @aside (aside | away | off | out | together)? ((to | into | from | in) (a | an | the | their)? (ADJ | NOUN | PROPN){1,3})? for (a | an | the | their)? (ADJ | NOUN | NUM | -){0,3} <T>',
    inPerson: true,
    examples: [
      { text: 'US Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi stepped aside for a private conversation after the dinner.', events: ['meeting Blinken + Wang'] },
      { text: 'The Turkish and Greek leaders retreated to a side room for a one-on-one meeting on Thursday.', published: '2024-07-12', events: ['meeting TUR + GRC'] },
      { text: 'French President Emmanuel Macron and German Chancellor Olaf Scholz broke away from the group for a brief chat.', events: ['meeting Macron + Scholz'] },
    ],
  },
  {
    id: 'stepped-aside-with-for',
    forms: ['noun'],
    roles: ['mutual'],
    pattern: '[a:PARTY] ($REL | ,)? $VG @aside (aside | away | off | out)? ((to | into | from | in) (a | an | the | their)? (ADJ | NOUN | PROPN){1,3})? with [b:PARTY] for (a | an | the | their)? (ADJ | NOUN | NUM | -){0,3} <T>',
    inPerson: true,
    examples: [
      { text: 'Indian Prime Minister Narendra Modi stepped aside with Pakistani Prime Minister Nawaz Sharif for a short conversation in the lounge.', events: ['meeting Modi + Sharif'] },
      { text: 'Kenyan President William Ruto withdrew with Ugandan President Yoweri Museveni for private talks after the opening session.', events: ['meeting Ruto + Museveni'] },
      { text: 'The Japanese prime minister slipped away with the Australian leader for a short conversation.', events: ['meeting JPN + AUS'] },
    ],
  },
  {
    id: 'gather-for',
    forms: ['noun'],
    types: ['summit'],
    pattern: '[ab:PARTY] ($REL | ,)? $VG [lv:@gather] !(; | \\. | #PERSON){0,10} (for | at) (the | their | a | an)? (ADJ | NOUN | PROPN | NUM | - | #COUNTRY | #DATE){0,5} <T>',
    examples: [
      { text: 'Leaders of China, Japan and South Korea gathered in Chengdu on Tuesday for their annual trilateral summit.', events: ['summit CHN + JPN + KOR @Chengdu'] },
      { text: 'The presidents of Brazil, Argentina and Paraguay gathered in the western Paraguayan town of Filadelfia on Friday for the Mercosur summit.', events: ['summit BRA + ARG + PRY @Filadelfia'] },
      { text: 'Presidents William Ruto of Kenya and Yoweri Museveni of Uganda converged on Arusha for the East African Community summit.', events: ['summit Ruto + Museveni @Arusha'] },
    ],
  },
  {
    id: 'subject-in-noun-with',
    // "A and B, in separate calls with C, urged …": the contact is a phrase on the subject, which holds its agents
    forms: ['noun'],
    pattern: '[a:PARTY] ,? (in | during | over) (a | an | the | their | his | her | separate | two)? (ADJ | NUM | -){0,3} $MEDIUM? <T> $ADVP{0,2} (with | to) [b:PARTY]',
    examples: [
      { text: 'US Vice President Kamala Harris and UN Secretary-General Antonio Guterres, in separate telephone calls on Thursday with President Bola Tinubu, affirmed their support.', published: '2023-07-28', events: ['phone_call Harris + Tinubu', 'phone_call Guterres + Tinubu'] },
      { text: 'Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed in separate calls with Sudanese army chief Abdel Fattah al-Burhan urged a ceasefire.', published: '2023-07-28', events: ['phone_call Ruto + al-Burhan', 'phone_call Abiy + al-Burhan'] },
      { text: 'Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese, in a joint video call with Philippine President Ferdinand Marcos Jr., pledged support.', published: '2023-07-28', events: ['phone_call Kishida + Albanese + Marcos'] },
    ],
  },
  {
    id: 'partner-of-noun',
    forms: ['noun'],
    pattern: '<T> $MEDIUM? $ADVP{0,2} ({host|chair|give|offer|organise|organize|convene|lead})? [prep:(with | to | on | by | from | of | between)] [b:PARTY]',
    examples: [
      { text: 'Angolan President João Lourenço began his visit on Monday. The talks with Namibian President Netumbo Nandi-Ndaitwah lasted two hours.', events: ['meeting Lourenço + Nandi-Ndaitwah'] },
      { text: 'Indian Prime Minister Narendra Modi said the talks outside Paris with French President Emmanuel Macron had gone well.', events: ['meeting Modi + Macron @Paris'] },
      { text: 'Kenyan President William Ruto flew home on Friday after a meeting near Addis Ababa with Ethiopian Prime Minister Abiy Ahmed.', events: ['meeting Ruto + Abiy @Addis Ababa'] },
    ],
  },
  {
    id: 'subjects-during-contact',
    // "he and X also discussed trade during the phone call": the parties are the subjects of what
    // was done in the contact (last but one: a frame that reads a partner comes first)
    forms: ['noun'],
    types: ['phone_call', 'meeting'],
    roles: ['mutual'],
    // (not "took part in the call": who joins a contact told before is its attendee)
    pattern: '[ab:PARTY] ($REL | ,)? $VG VERB !(, | ; | \\. | that | who | which | VERB | #PERSON | part){0,8} (in | during | over) (a | an | the | their)? (ADJ | NUM | -){0,3} <T>',
    examples: [
      { text: 'South African President Cyril Ramaphosa took calls all week. Besides the border dispute, he and Kenyan President William Ruto also discussed trade during the phone call, the presidency said.', published: '2024-06-14', events: ['phone_call Ramaphosa + Ruto'] },
      { text: 'Chilean President Gabriel Boric and Argentine President Javier Milei reviewed the gas deal in a telephone conversation on Friday.', published: '2024-06-14', events: ['phone_call Boric + Milei'] },
      { text: 'Japanese Prime Minister Shigeru Ishiba arrived in Jakarta on Friday. He and Indonesian President Prabowo Subianto signed a defence pact during their meeting at the palace.', published: '2025-01-11', events: ['meeting Ishiba + Subianto'] },
    ],
  },
  {
    id: 'partner',
    forms: ['verb'],
    pattern: '<T> $MEDIUM? $ADVP{0,2} [prep:(with | to | on | by | from | of)]? [b:PARTY]',
    examples: [
      { text: 'After a meeting with Malian junta leader Assimi Goita, Togolese Foreign Minister Robert Dussey said the talks were useful.', events: ['meeting Goita + Dussey'] },
      // the subject is the name closing an apposition, set off from its first verb by a comma
      { text: "Lula's chief adviser, Celso Amorim, was in Caracas as an observer and saw Venezuelan President Nicolas Maduro on Monday.", events: ['meeting Amorim + Maduro @Caracas'] },
      { text: "Ruto's special envoy, Kalonzo Musyoka, was in Juba on Monday and met South Sudanese President Salva Kiir.", events: ['meeting Musyoka + Kiir @Juba'] },
      { text: 'The Japanese envoy, Takeshi Iwaya, stayed on in Seoul for a day and called on South Korean President Lee Jae-myung.', events: ['meeting Iwaya + Lee'] },
      // a title ending an aside is no subject ("accompanying the Prime Minister, conferred")
      { text: 'Indian Foreign Minister S. Jaishankar, accompanying the Prime Minister, conferred on Tuesday with the Foreign Minister of Oman, Badr Albusaidi.', events: ['meeting Jaishankar + Albusaidi'] },
    ],
  },
];
