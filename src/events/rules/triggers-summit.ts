import type { TriggerRule } from './types.js';

/** Triggers of summits: the word, and groupings whose name stands for their summit ("at the G20"). */
export const SUMMIT_TRIGGERS: readonly TriggerRule[] = [
  {
    id: 'stay-away',
    pattern: '({stay|keep} away | {pull} out | not (be)? {attend} | not {take} part | not {make} the trip | {skip} (the | this) {meeting|gathering|event|session})',
    type: 'summit',
    form: 'verb',
    role: 'mutual',
    strength: 0.5,
    notWhen: [
      { pattern: '<T> !(, | ; | and | because | but){0,8} {summit|forum|conference|meeting|talks|race|election|vote|funeral|match|game}', why: 'an object of its own: the summit noun reads a summit named here, anything else is no summit', examples: [{ text: 'Brazilian President Lula da Silva pulled out of the presidential race in Colombia, officials said.', events: [] }] },
    ],
    examples: [
      { text: 'Leaders of the SCO gathered in Astana for a two-day summit on Wednesday. Indian Prime Minister Narendra Modi stayed away because of the new parliamentary session.', events: ['summit Modi /cancelled'] },
      { text: 'Arab leaders met in Jeddah for the Arab League summit on Friday. Morocco\'s King Mohammed VI did not make the trip and was represented by his foreign minister.', events: ['summit Mohammed VI /cancelled'] },
      { text: 'The G20 summit in New Delhi opens on Saturday. Chinese President Xi Jinping will skip the meeting, the foreign ministry said.', events: ['summit Xi /cancelled'] },
      { text: 'Chinese President Xi Jinping will skip the G20 summit in New Delhi this weekend. Russian President Vladimir Putin will also stay away, the Kremlin said.', events: ['summit Xi + Putin /cancelled'] },
      { text: 'Kenyan President William Ruto stayed away from work on Friday because of illness.', events: [] },
    ],
  },
  {
    id: 'host-leaders',
    pattern: "{host|welcome|gather|convene} (the)? (g7 | g8 | g20 | g-7 | g-8 | g-20 | apec | brics | sco | asean | nato | world | ADJ | @region | #ORG){1,2} (leaders | heads of state)",
    type: 'summit',
    form: 'verb',
    role: 'host',
    strength: 0.7,
    examples: [
      { text: 'Japanese Prime Minister Fumio Kishida hosted G7 leaders in Hiroshima on Friday.', published: '2023-05-22', events: ['summit Kishida @Hiroshima'] },
      { text: 'Russian President Vladimir Putin will welcome African leaders in St Petersburg next week.', published: '2023-07-20', events: ['summit Putin /planned @St Petersburg'] },
      { text: 'Indonesian President Joko Widodo welcomed the two leaders at the palace.', events: [] },
    ],
  },
  {
    id: 'summit',
    pattern: "({summit} ({meeting|talk|talks})? | (leader | leaders) (' | ’ | 's) (meeting | meetings))",
    type: 'summit',
    form: 'noun',
    role: 'mutual',
    strength: 0.9,
    pluralStrength: 0.3,
    notWhen: [
      { pattern: '@nonDiplomaticSummit (PROPN | NOUN | ADJ){0,3} <T>', why: 'a tech, business or mountain summit', examples: [{ text: 'Estonian President Alar Karis opened the Tallinn Digital tech summit on Tuesday.', events: [] }] },
      { pattern: '(reach | reached | reaching | climb | climbed | conquer | conquered) DET? <T>', why: 'the top of a mountain', examples: [{ text: 'Nepali climber Kami Rita Sherpa reached the summit for the 29th time.', events: [] }] },
      { pattern: '<T> of (mount | mt | everest | k2 | kilimanjaro | denali | elbrus | aconcagua)', why: 'a mountain top', examples: [{ text: 'Tanzanian guides led the group to the summit of Kilimanjaro on Friday.', events: [] }] },
      { pattern: '@height (\\( !\\){1,6} \\))? <T>', why: 'a height', examples: [{ text: 'Climbers reached the 8,849-metre summit on Thursday, Nepali Tourism Minister Badri Pandey said.', events: [] }, { text: 'Briton Jane Hale and Peruvian guide Luis Quispe reached the 6,768-metre (22,205-foot) summit on Monday.', events: [] }] },
    ],
    examples: [
      { text: 'Palestinian President Mahmoud Abbas on Tuesday rejected a US offer to host a summit in Washington next month.', events: [] },
      { text: "Chinese Premier Li Qiang attended the ninth China-Japan-ROK Leaders' Meeting in Seoul with South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida.", events: ['summit Li + Yoon + Kishida @Seoul'] },
      { text: "Indonesian President Joko Widodo will attend the APEC Economic Leaders' Meeting in San Francisco next week.", events: ['summit Widodo /planned @San Francisco'] },
      { text: 'Chinese President Xi Jinping and US President Joe Biden held a summit in Woodside, California, on Wednesday.', events: ['summit Xi + Biden'] },
      { text: 'Indonesian President Joko Widodo will attend the ASEAN summit in Vientiane next month.', events: ['summit Widodo /planned @Vientiane'] },
    ],
  },
  {
    id: 'leaders-hold-session',
    pattern: "(PROPN | #ORG | #COUNTRY | ADJ) (heads of state | heads of government | leaders) (and government)? {hold|convene|open} (a | an | their | the)? (own)? (ADJ | NOUN){0,2} {session|meeting|sitting}",
    type: 'summit',
    form: 'noun',
    role: 'mutual',
    strength: 0.8,
    multilateral: true,
    examples: [
      { text: 'Southern African heads of state held an emergency session in Harare on Friday, chaired by Zimbabwean President Emmerson Mnangagwa.', published: '2025-03-01', events: ['summit Mnangagwa @Harare'] },
      { text: 'Gulf leaders convened an extraordinary meeting in Doha on Tuesday, hosted by Qatari Emir Sheikh Tamim bin Hamad Al Thani.', published: '2025-03-01', events: ['summit Thani @Doha'] },
      { text: 'Zimbabwean President Emmerson Mnangagwa welcomed South African President Cyril Ramaphosa to Harare on Friday, and the two leaders held a meeting on trade.', published: '2025-03-01', events: ['meeting Mnangagwa + Ramaphosa @Harare'] },
    ],
  },
  {
    id: 'bloc-leaders-gather',
    pattern: '((#ORG | @region) $LEADERS | $LEADERS (of | from) (the)? (#ORG | !(#COUNTRY | VERB | AUX | PUNCT | CCONJ | ADP | PRON)){1,5}) $VG $COME_TOGETHER',
    type: 'summit',
    form: 'noun',
    role: 'mutual',
    strength: 0.8,
    multilateral: true,
    examples: [
      { text: 'ASEAN leaders met in Vientiane on Wednesday. Japanese Prime Minister Shigeru Ishiba and South Korean President Yoon Suk Yeol were among those present.', published: '2024-10-10', events: ['summit Ishiba + Yoon @Vientiane'] },
      { text: 'Gulf leaders gathered in Kuwait City on Sunday, and Qatari Emir Sheikh Tamim bin Hamad Al Thani and Saudi Crown Prince Mohammed bin Salman were among them.', published: '2024-12-02', events: ['summit Thani + Salman @Kuwait City'] },
      { text: 'Leaders of the Pacific Islands Forum gathered in Suva on Monday, with New Zealand Prime Minister Christopher Luxon among the guests.', published: '2024-08-28', events: ['summit Luxon @Suva'] },
      { text: 'Leaders of the East African Community met in Arusha on Saturday. Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan were among those present.', published: '2024-09-06', events: ['summit Ruto + Hassan @Arusha'] },
      { text: 'French and German leaders met in Paris on Tuesday.', events: ['meeting FRA + DEU @Paris'] },
      { text: 'The leaders of France and Germany met in Paris on Tuesday.', events: ['meeting FRA + DEU @Paris'] },
    ],
  },
  {
    id: 'heads-session',
    // a session of a bloc's heads, in either order; with no bloc named, a "heads of state session" of two co-chairs is a meeting
    pattern:
      "((ordinary | extraordinary | annual | special)? {session|meeting|sitting} of ((the)? (PROPN | #ORG | ADJ){1,5} of $HEADS | (PROPN | #ORG | #COUNTRY | ADJ){1,3} $LEADERS)" +
      ' | (#ORG | PROPN | ADJ) $HEADS {meeting|session|conference} | $HEADS {meeting|session|conference} of (the)? (#ORG | PROPN))',
    type: 'summit',
    form: 'noun',
    role: 'mutual',
    strength: 0.8,
    multilateral: true,
    examples: [
      { text: 'Nigerian President Bola Tinubu chaired the ordinary session of the ECOWAS Authority of Heads of State and Government in Abuja on Sunday.', published: '2024-07-08', events: ['summit Tinubu @Abuja'] },
      { text: 'Kazakh President Kassym-Jomart Tokayev hosted the meeting of the Council of Heads of State in Astana on Thursday.', published: '2024-07-05', events: ['summit Tokayev @Astana'] },
      { text: 'Ethiopian Prime Minister Abiy Ahmed opened the extraordinary session of the Assembly of Heads of State in Addis Ababa on Saturday.', published: '2024-02-18', events: ['summit Abiy @Addis Ababa'] },
      { text: 'Zimbabwean President Emmerson Mnangagwa chaired an emergency session of regional heads of state in Harare on Friday.', published: '2025-03-01', events: ['summit Mnangagwa @Harare'] },
      { text: 'Saudi Crown Prince Mohammed bin Salman hosted a meeting of Gulf leaders in Riyadh on Tuesday.', published: '2025-03-01', events: ['summit Salman @Riyadh'] },
      { text: 'A meeting of the two leaders on Monday covered trade and security.', published: '2025-03-01', events: [] },
      { text: 'The Commonwealth heads of government meeting opened in Apia on Friday, attended by British Prime Minister Keir Starmer and Indian Foreign Minister S. Jaishankar.', published: '2024-10-26', events: ['summit Starmer + Jaishankar @Apia'] },
      { text: 'The ASEAN heads of state meeting in Vientiane on Wednesday was attended by Thai Prime Minister Paetongtarn Shinawatra and Malaysian Prime Minister Anwar Ibrahim.', published: '2024-10-11', events: ['summit Paetongtarn + Anwar @Vientiane'] },
      { text: 'Kenyan President William Ruto flew to Kampala on Sunday for a heads of state conference of the East African Community.', published: '2024-06-10', events: ['summit Ruto @Kampala'] },
      { text: 'Ugandan President Yoweri Museveni said the heads of state meeting with his Kenyan counterpart William Ruto would take place in Entebbe on Friday.', published: '2024-06-10', events: ['meeting Museveni + Ruto /planned @Entebbe'] },
    ],
  },
  {
    id: 'group-of',
    pattern: '(g7 | g8 | g20 | g-7 | g-8 | g-20 | g77 | g-77 | apec | brics | sco)',
    type: 'summit',
    form: 'noun',
    role: 'mutual',
    strength: 0.6,
    notWhen: [
      { pattern: '<T> (summit | summits | meeting | meetings | leaders | countries | nations | members | member | economies | finance | foreign | trade | presidency | partners | bloc | group | states | framework | grouping | format | ministers | ministerial | sherpa | -)', why: 'the group itself, or its summit named by the next word', examples: [{ text: 'Turkish President Recep Tayyip Erdogan said the G20 countries must share vaccines with poorer nations.', events: [] }] },
      { pattern: '((member | members | chair | chairs | presidency | head | leaders | countries | nations | economies | expansion | enlargement) of | from | among | with | into | {join|expand|enlarge}) (the)? <T>', why: 'the group as a body, not its meeting', examples: [{ text: 'Saudi Arabia is weighing an invitation to join BRICS, Foreign Minister Prince Faisal bin Farhan said.', events: [] }] },
    ],
    examples: [
      { text: 'On the sidelines of the G20 in Rio de Janeiro, Indian Prime Minister Narendra Modi met Italian Prime Minister Giorgia Meloni.', events: ['meeting Modi + Meloni @Rio de Janeiro', 'summit Modi + Meloni @Rio de Janeiro'] },
    ],
  },
];
