import type { TriggerRule } from './types.js';

/**
 * Triggers of telephone and video calls. Policy for "spoke"/"talked" with no medium: a phone call
 * when the text names no shared place (most such reports are calls); the place reader turns it into
 * a meeting when it does ("spoke in Vilnius").
 */
export const PHONE_TRIGGERS: readonly TriggerRule[] = [
  {
    id: 'phone-call',
    pattern: '(@phone (- | and)? {call|conversation|talk|chat|contact|discussion|exchange|meeting|diplomacy} | @video {call|chat|conversation} | {phone-call|telephone-call|phonecall})',
    type: 'phone_call',
    form: 'noun',
    role: 'mutual',
    strength: 0.95,
    pluralStrength: 0.5,
    examples: [
      { text: 'Qatari Emir Sheikh Tamim bin Hamad Al-Thani received a phone call today from HE President Recep Tayyip Erdogan of Turkey.', events: ['phone_call Tamim + Erdogan'] },
      { text: 'Kuwaiti Crown Prince Sheikh Mishal Al-Ahmad received a phone call from H.E. Najib Mikati, Prime Minister of Lebanon.', events: ['phone_call Mishal + Mikati'] },
      { text: 'Kenyan President William Ruto held a phone call with German Chancellor Olaf Scholz on Tuesday.', events: ['phone_call Ruto + Scholz'] },
      { text: 'In a telephone conversation, Chilean President Gabriel Boric and Argentine President Javier Milei discussed the border.', events: ['phone_call Boric + Milei'] },
      { text: 'Thai Prime Minister Srettha Thavisin had a video call with Japanese Prime Minister Fumio Kishida.', events: ['phone_call Srettha + Kishida'] },
    ],
  },
  {
    id: 'video-conference',
    pattern: '({videoconference|teleconference|videocall} | video (conference|link))',
    type: 'phone_call',
    form: 'noun',
    role: 'mutual',
    strength: 0.85,
    pluralStrength: 0.5,
    notWhen: [{ pattern: '(by | via | over | through | on) (a | the)? <T>', why: 'the medium of another contact ("talks by video link")', examples: [{ text: 'Ukrainian President Volodymyr Zelensky held talks by video link with Japanese Prime Minister Fumio Kishida.', events: ['meeting Zelensky + Kishida'] }] }],
    examples: [
      { text: 'Vietnamese Prime Minister Pham Minh Chinh held a videoconference with Lao Prime Minister Sonexay Siphandone on Monday.', events: ['phone_call Pham + Sonexay'] },
    ],
  },
  {
    id: 'call.noun',
    pattern: '{call}',
    pos: ['NOUN', 'PROPN'],
    type: 'phone_call',
    form: 'noun',
    role: 'mutual',
    strength: 0.7,
    pluralStrength: 0.5,
    notWhen: [
      { pattern: '<T> @callSenseAfter', why: 'a demand or a place ("a call for calm", "call centre")', examples: [{ text: 'Indonesian Foreign Minister Retno Marsudi repeated her call for calm in Myanmar.', events: [] }] },
      { pattern: '@callSenseBefore <T>', why: 'an idiom ("a wake-up call")', examples: [{ text: 'Brazilian President Luiz Inácio Lula da Silva said the floods were a wake-up call for the region.', events: [] }] },
      { pattern: '(to | @modal) <T>', why: 'a verb the tagger read as a noun (the verb rule reads it)', examples: [{ text: 'Kenyan President William Ruto plans to call Tanzanian President Samia Suluhu Hassan on Friday.', events: ['phone_call Ruto + Hassan /planned'] }] },
      { pattern: '<T> to (arms | action | prayer)', why: 'a rallying cry', examples: [{ text: 'Ghanaian President Nana Akufo-Addo issued a call to action on debt relief.', events: [] }] },
      { pattern: '{pay} (a | an) ADJ? <T> (on | upon)', why: 'a visit in person ("paid a call on X"; the rule pay-call-on reads it)', examples: [{ text: 'UN Secretary-General Antonio Guterres paid a call on Kenyan President William Ruto at State House.', events: ['meeting Guterres + Ruto'] }] },
    ],
    examples: [
      { text: 'Late on Friday, Egyptian President Abdel Fattah al-Sisi had a call with Qatari Emir Sheikh Tamim bin Hamad Al Thani.', events: ['phone_call Sisi + Thani'] },
      { text: "Canadian Prime Minister Justin Trudeau returned Mexican President Andrés Manuel López Obrador's call on Sunday.", events: ['phone_call Trudeau + Obrador'] },
    ],
  },
  {
    id: 'call-up.verb',
    pattern: '{call} up',
    pos: ['VERB'],
    type: 'phone_call',
    form: 'verb',
    role: 'mutual',
    strength: 0.6,
    needsPartner: true,
    notWhen: [
      { pattern: '<T> (the | his | her | their | more)? (NUM | @number | reservists | reserves | troops | soldiers | conscripts | recruits | men | file | files | data | record | records | images | memories | players | squad)', why: 'mobilising or summoning ("called up reservists", "called up the file")', examples: [{ text: 'Russian President Vladimir Putin called up 300,000 reservists in September.', events: [] }] },
    ],
    examples: [
      { text: 'Kyrgyz Foreign Minister Zheenbek Kulubaev called up Russian Foreign Minister Sergei Lavrov on Thursday.', events: ['phone_call Kulubaev + Lavrov'] },
      { text: 'Chilean President Gabriel Boric called up Argentine President Javier Milei after the floods.', events: ['phone_call Boric + Milei'] },
      { text: 'Ugandan President Yoweri Museveni will call up Kenyan President William Ruto on Friday, his office said.', events: ['phone_call Museveni + Ruto /planned'] },
    ],
  },
  {
    id: 'call.verb',
    pattern: '{call}',
    pos: ['VERB'],
    type: 'phone_call',
    form: 'verb',
    role: 'mutual',
    strength: 0.6,
    needsPartner: true,
    notWhen: [
      { pattern: '<T> @callSenseAfter', why: 'a demand, a cancellation or a summons ("called for", "called off")', examples: [{ text: 'Kenyan President William Ruto called for a ceasefire in Sudan.', events: [] }] },
      { pattern: '<T> (it | them | him | her | this | that | what) (a | an | the | " | “)', why: 'naming ("called it a mistake")', examples: [{ text: 'Hungarian Prime Minister Viktor Orban called it a historic mistake.', events: [] }] },
      { pattern: '<T> #COUNTRY (a | an | the | one | " | “)', why: 'naming a country ("called China a rival")', examples: [{ text: 'Lithuanian President Gitanas Nauseda called Russia a threat to Europe.', events: [] }] },
      { pattern: '<T> ([PARTY] | PROPN{1,3}) (a | an | " | “) !(day | week | month | year | few | couple | second | number | half | short | brief)', why: 'naming a person or place ("called him a liar", "called Kashmir a dispute")', examples: [{ text: 'Venezuelan President Nicolás Maduro called Argentine President Javier Milei a traitor on Monday.', events: [] }] },
      { pattern: '<T> (a | an) !@phone', why: 'convening ("called a meeting", "called an election")', examples: [{ text: 'Pakistani Prime Minister Shehbaz Sharif called a meeting of his cabinet on Monday.', events: [] }] },
      { pattern: '<T> on .{1,12} to VERB', why: 'urging ("called on X to")', examples: [{ text: 'Nigerian President Bola Tinubu called on Ghanaian President Nana Akufo-Addo to reopen the border.', events: [] }] },
      { pattern: '(be | been | being | is | was | are | were) <T> (a | an | the | " | “)', why: 'a name ("is called the Silk Road")', examples: [{ text: 'The trade route is called the Middle Corridor, Kazakh President Kassym-Jomart Tokayev said.', events: [] }] },
    ],
    examples: [
      { text: 'Indian Prime Minister Narendra Modi called Sri Lankan President Ranil Wickremesinghe on Thursday.', events: ['phone_call Modi + Wickremesinghe'] },
      { text: 'Japanese Prime Minister Fumio Kishida was called by South Korean President Yoon Suk Yeol after the launch.', events: ['phone_call Kishida + Yoon'] },
      { text: 'Colombian President Gustavo Petro will call Venezuelan President Nicolás Maduro this week.', events: ['phone_call Petro + Maduro /planned'] },
    ],
  },
  {
    id: 'phone.verb',
    pattern: '{phone|telephone|ring|dial|videocall}',
    pos: ['VERB'],
    type: 'phone_call',
    form: 'verb',
    role: 'mutual',
    strength: 0.9,
    needsPartner: true,
    notWhen: [{ pattern: '<T> DET? (bell | bells | alarm | alarms | hollow | true)', why: 'a bell rang', examples: [{ text: 'Church bells rang across Kyiv as Ukrainian President Volodymyr Zelensky spoke.', events: [] }] }],
    examples: [
      { text: 'Australian Prime Minister Anthony Albanese rang New Zealand Prime Minister Christopher Luxon on Saturday.', events: ['phone_call Albanese + Luxon'] },
      { text: 'French President Emmanuel Macron telephoned Lebanese Prime Minister Najib Mikati late on Wednesday.', events: ['phone_call Macron + Mikati'] },
      { text: 'Turkish President Recep Tayyip Erdogan phoned Swedish Prime Minister Ulf Kristersson to discuss the bid.', events: ['phone_call Erdogan + Kristersson'] },
    ],
  },
  {
    id: 'speak.medium',
    pattern: '{speak|talk|chat|confer|converse|consult} @adverb? $MEDIUM',
    type: 'phone_call',
    form: 'verb',
    role: 'mutual',
    strength: 0.95,
    examples: [
      { text: 'Spanish Prime Minister Pedro Sánchez spoke by phone with Moroccan King Mohammed VI.', events: ['phone_call Sánchez + Mohammed'] },
      { text: 'Brazilian President Luiz Inácio Lula da Silva and Chinese President Xi Jinping talked over the telephone on Monday.', events: ['phone_call Lula + Xi'] },
    ],
  },
  {
    id: 'on-the-phone',
    pattern: '(be | was | were | is | are | been | got) on the (phone | telephone | line)',
    type: 'phone_call',
    form: 'verb',
    role: 'mutual',
    strength: 0.9,
    needsPartner: true,
    examples: [
      { text: 'Nigerian President Bola Tinubu was on the phone with Ghanaian President Nana Akufo-Addo on Sunday.', events: ['phone_call Tinubu + Akufo-Addo'] },
      { text: 'Finnish President Alexander Stubb said he had been on the phone with Estonian Prime Minister Kristen Michal twice that week.', events: ['phone_call Stubb + Michal'] },
      { text: 'Moldovan President Maia Sandu got on the phone with Romanian President Nicusor Dan after the vote.', events: ['phone_call Sandu + Dan'] },
    ],
  },
  {
    id: 'medium',
    pattern: '(by | via | over) (the)? (@phone | videoconference | video-conference | video link | videolink | teleconference | video call | video conference)',
    type: 'phone_call',
    form: 'verb',
    role: 'mutual',
    strength: 0.6,
    needsPartner: true,
    examples: [
      { text: 'Chilean President Gabriel Boric and Spanish Prime Minister Pedro Sánchez discussed lithium investment by videoconference on Wednesday.', events: ['phone_call Boric + Sánchez'] },
      { text: 'Egyptian President Abdel Fattah al-Sisi assured Palestinian President Mahmoud Abbas by phone on Sunday of continued support.', events: ['phone_call al-Sisi + Abbas'] },
    ],
    notWhen: [
      { pattern: '{say|tell|add} (reporters | journalists | the press | a news conference)? <T>', why: 'a source speaking to the press by phone', examples: [{ text: 'Kenyan Foreign Minister Musalia Mudavadi said by phone from Nairobi that the talks would resume.', events: [] }] },
      {
        pattern: '{address|lecture} !(, | ; | \\.){0,6} <T>',
        why: 'a speech given by video, no contact',
        examples: [
          { text: 'Ukrainian President Volodymyr Zelensky addressed the leaders by video link on Wednesday and asked for air defence systems.', events: [] },
          { text: 'Taiwanese President Lai Ching-te addressed the Czech parliament via video link, drawing a protest from Beijing.', events: [] },
        ],
      },
    ],
  },
  {
    id: 'speak.verb',
    pattern: '({speak|talk|chat|contact|converse} | {catch} up)',
    pos: ['VERB'],
    type: 'phone_call',
    form: 'verb',
    role: 'mutual',
    strength: 0.65,
    needsPartner: true,
    notWhen: [
      {
        pattern: '<T> (about | of | at | on behalf | in favour | in favor | out | up | down)',
        why: 'speaking about or at something; two people named together who spoke at an occasion talked there',
        unless: '#PERSON and !(, | ; | VERB | AUX){0,6} #PERSON (briefly | also | only)? <T> (briefly)? at',
        examples: [
          { text: 'Philippine President Ferdinand Marcos Jr. spoke at the security forum in Singapore.', events: [] },
          { text: 'Kenyan President William Ruto and Ugandan President Yoweri Museveni briefly spoke at a reception in Nairobi last night, an official said.', published: '2024-05-08', events: ['meeting Ruto + Museveni @Nairobi'] },
          { text: 'Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang spoke briefly at the gala dinner in Vientiane.', events: ['meeting Kishida + Li @Vientiane'] },
          { text: 'Chilean President Gabriel Boric and Argentine President Javier Milei spoke at the inauguration in Montevideo on Friday.', published: '2024-05-08', events: ['meeting Boric + Milei @Montevideo'] },
        ],
      },
      {
        pattern: '<T> for !(about | nearly | almost | more | over | some | close | roughly | around | several | half | an | a | NUM | @number)',
        why: 'speaking for someone (not for a while: "talked for close to an hour")',
        examples: [
          { text: 'Kenyan Foreign Minister Musalia Mudavadi spoke for the government at the opening of parliament.', events: [] },
          { text: 'Hungarian Prime Minister Viktor Orban spoke for the EU presidency on Monday.', events: [] },
        ],
      },
      {
        pattern: '(at | during) which !(;){1,14} <T>',
        why: 'speaking at the gathering a relative clause names',
        examples: [{ text: 'Indonesian President Joko Widodo opened a forum in Bali at which Indian Prime Minister Narendra Modi also spoke.', events: [] }],
      },
      { pattern: '<T> [PARTY] (back | into | out of | round | around | down)', why: 'persuading ("talk Mali back into the bloc", "talked him out of it")', examples: [{ text: 'Senegalese President Bassirou Diomaye Faye was asked to talk Mali, Burkina Faso and Niger back into the bloc.', events: [] }, { text: 'Qatari officials tried to talk the Taliban into reopening the schools.', events: [] }] },
      {
        pattern: '({keep|stop|start|begin|continue}) <T>',
        why: 'talking as an ongoing activity, not one contact',
        examples: [
          { text: 'Austrian Chancellor Karl Nehammer and Slovak Prime Minister Robert Fico agreed to keep talking about gas transit.', events: [] },
          { text: 'The two sides, led by Sudanese army chief Abdel Fattah al-Burhan and Egyptian President Abdel Fattah el-Sisi, will continue talking, officials said.', events: [] },
        ],
      },
    ],
    examples: [
      { text: 'Dutch Prime Minister Mark Rutte spoke with Ukrainian President Volodymyr Zelensky on Tuesday about air defence.', events: ['phone_call Rutte + Zelensky'] },
      { text: 'Kazakh President Kassym-Jomart Tokayev has contacted Kyrgyz President Sadyr Japarov about the water dispute.', events: ['phone_call Tokayev + Japarov'] },
      { text: 'Ecuadorian President Daniel Noboa and Peruvian President Dina Boluarte talked on Sunday after the border incident.', events: ['phone_call Noboa + Boluarte'] },
      { text: 'U.S. President Joe Biden and Cambodian Prime Minister Hun Sen talked for close to an hour on Saturday.', events: ['phone_call Biden + Hun Sen'] },
      { text: 'The Pacific Islands Forum summit opened in Suva on Monday, with Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Chris Hipkins among those taking part. Albanese talked with Hipkins on Tuesday about climate finance.', published: '2023-08-18', events: ['summit Albanese + Hipkins @Suva', 'meeting Albanese + Hipkins @Suva'] },
      { text: 'Leaders of the Pacific Islands Forum gathered in Suva on Monday, with Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Chris Hipkins among them. Albanese talked with Hipkins by phone a week later.', published: '2023-08-28', events: ['summit Albanese + Hipkins @Suva', 'phone_call Albanese + Hipkins'] },
      { text: 'Turkish President Tayyip Erdogan and Russian President Vladimir Putin conversed for 40 minutes in Sochi.', events: ['meeting Erdogan + Putin @Sochi'] },
      { text: 'Australian Prime Minister Anthony Albanese caught up with U.S. President Joe Biden at the Quad summit in Tokyo on Saturday.', events: ['meeting Albanese + Biden @Tokyo', 'summit Albanese + Biden @Tokyo'] },
      // a room, a corridor or a meal they were at: held in person
      { text: 'Chilean President Gabriel Boric and Argentine President Javier Milei briefly spoke in a holding room before the gala dinner on Friday.', events: ['meeting Boric + Milei'] },
      { text: 'Japanese Prime Minister Shigeru Ishiba talked with Philippine President Ferdinand Marcos Jr. in a corridor of the convention centre.', events: ['meeting Ishiba + Marcos'] },
      { text: 'Greek Prime Minister Kyriakos Mitsotakis spoke with Cypriot President Nikos Christodoulides over dinner on Tuesday.', events: ['meeting Mitsotakis + Christodoulides'] },
      { text: 'Ghanaian President John Mahama talked with Togolese President Faure Gnassingbe after the state banquet in Accra.', events: ['meeting Mahama + Gnassingbe @Accra'] },
      // a medium said outright stays a call, whatever the setting
      { text: 'Indian Prime Minister Narendra Modi spoke with Japanese Prime Minister Fumio Kishida by phone after the dinner.', events: ['phone_call Modi + Kishida'] },
      // a group as subject with a date of its own is both sides of another contact ("they last spoke on November 24")
      { text: 'U.S. President Donald Trump will host Chinese President Xi Jinping in April. They last spoke on November 24.', published: '2026-02-04', events: ['meeting Trump + Xi /planned', 'phone_call Trump + Xi'] },
      { text: 'Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping in San Francisco on Thursday. In November 2022, the two leaders had talked in Bangkok.', published: '2023-11-18', events: ['meeting Kishida + Xi @San Francisco', 'meeting Kishida + Xi @Bangkok #2022-11-01..2022-11-30'] },
      { text: 'French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday. They spoke to reporters on Tuesday.', published: '2024-06-12', events: ['meeting Macron + Scholz @Paris'] },
      // a counted group as subject ("the two men talked") adds no contact to the one just reported
      { text: 'Ethiopian Prime Minister Abiy Ahmed flew to Asmara on Sunday. The two men talked privately that afternoon.', published: '2024-06-12', events: ['meeting Abiy + ERI @Asmara'] },
      { text: 'Kenyan President William Ruto hosted Somali President Hassan Sheikh Mohamud on Tuesday, and the pair talked over lunch.', published: '2024-06-12', events: ['meeting Ruto + Hassan Sheikh Mohamud'] },
      { text: 'French President Emmanuel Macron welcomed German Chancellor Olaf Scholz to Paris on Monday. The two leaders spoke to reporters afterwards.', published: '2024-06-12', events: ['meeting Macron + Scholz @Paris'] },
      { text: 'The two leaders talked for an hour, officials said.', published: '2024-06-12', events: [] },
    ],
  },
  {
    id: 'conversation',
    pattern: '{conversation}',
    type: 'phone_call',
    form: 'noun',
    role: 'mutual',
    strength: 0.5,
    examples: [
      { text: 'Greek Prime Minister Kyriakos Mitsotakis had a long conversation with Turkish President Recep Tayyip Erdogan on Friday.', events: ['phone_call Mitsotakis + Erdogan'] },
    ],
  },
];
