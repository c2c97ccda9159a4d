import type { RuleExample } from './types.js';

/**
 * Gatherings and headquarters that always sit in one city: a contact "on the sidelines of the UN
 * General Assembly" or "at NATO headquarters" took place there though the text names no town, as
 * a reader knows. Only bodies with one fixed seat are listed; summits that move from host to host
 * (G20, NATO summits, APEC) take the place the text gives them (see `refine/venue-context.ts`).
 * The place so read is inferred, never stated.
 */
export interface GatheringSeat {
  /** Unique, readable id. */
  id: string;
  /** How news text names it, lower case; "the" and an ordinal session ("the 78th session of the") may come before. */
  forms: readonly string[];
  /** The city it sits in, as a place name. */
  city: string;
  /** The ISO alpha-3 code of the city's country. */
  country: string;
  /** Sentences we wrote that place a contact there; a test is generated from each. */
  examples: readonly RuleExample[];
}

export const GATHERING_SEATS: readonly GatheringSeat[] = [
  {
    id: 'un-general-assembly',
    forms: ['un general assembly', 'u.n. general assembly', 'united nations general assembly', 'unga', 'general assembly of the united nations'],
    city: 'New York',
    country: 'USA',
    examples: [
      { text: 'Portuguese Foreign Minister Ana Lopes met her Kenyan counterpart Musalia Mudavadi on the sidelines of the UN General Assembly on Tuesday.', published: '2024-09-26', events: ['meeting Lopes + Mudavadi @New York'] },
      { text: "India's foreign minister Subrahmanyam Jaishankar held talks with Guyanese Foreign Minister Hugh Todd on the margins of the 78th session of the United Nations General Assembly.", published: '2023-09-25', events: ['meeting Jaishankar + Todd @New York'] },
      { text: 'Chilean President Gabriel Boric will meet Spanish Prime Minister Pedro Sánchez during the UNGA next week, his office said.', published: '2024-09-14', events: ['meeting Boric + Sánchez /planned @New York'] },
      { text: 'Ahead of the UN General Assembly, Jordanian Foreign Minister Ayman Safadi spoke by phone with his Irish counterpart.', published: '2024-09-14', events: ['phone_call Safadi + IRL'] },
    ],
  },
  {
    id: 'un-headquarters',
    forms: ['un headquarters', 'u.n. headquarters', 'united nations headquarters', 'un security council', 'u.n. security council', 'united nations security council'],
    city: 'New York',
    country: 'USA',
    examples: [
      { text: "Egypt's foreign minister Badr Abdelatty held talks with his Algerian counterpart at UN headquarters on Monday.", published: '2024-10-01', events: ['meeting Abdelatty + DZA @New York'] },
      { text: 'On the margins of a UN Security Council debate on Thursday, the Slovenian foreign minister met Palestinian Foreign Minister Riyad al-Maliki.', published: '2024-02-24', events: ['meeting SVN + al-Maliki @New York'] },
    ],
  },
  {
    id: 'nato-headquarters',
    forms: ['nato headquarters', 'nato hq', "nato's headquarters", 'the alliance headquarters'],
    city: 'Brussels',
    country: 'BEL',
    examples: [
      { text: 'Turkish Foreign Minister Hakan Fidan met NATO Secretary General Mark Rutte at NATO headquarters on Thursday.', published: '2024-12-06', events: ['meeting Fidan + Rutte @Brussels'] },
      { text: 'Swedish Defence Minister Pal Jonson and his Finnish counterpart held talks at NATO headquarters ahead of the ministerial meeting.', published: '2024-06-14', events: ['meeting Jonson + FIN @Brussels'] },
    ],
  },
  {
    id: 'munich-security-conference',
    forms: ['munich security conference', 'munich conference'],
    city: 'Munich',
    country: 'DEU',
    examples: [
      { text: 'On the sidelines of the Munich Security Conference, German Chancellor Olaf Scholz met Ukrainian President Volodymyr Zelensky on Saturday.', published: '2024-02-18', events: ['meeting Scholz + Zelensky @Munich'] },
    ],
  },
  {
    id: 'shangri-la-dialogue',
    forms: ['shangri-la dialogue', 'shangri la dialogue', 'iiss shangri-la dialogue'],
    city: 'Singapore',
    country: 'SGP',
    examples: [
      { text: "Singapore's defence minister Ng Eng Hen met his Australian counterpart Richard Marles at the Shangri-La Dialogue on Friday.", published: '2024-06-01', events: ['meeting Ng Eng Hen + Marles @Singapore'] },
    ],
  },
  {
    id: 'raisina-dialogue',
    forms: ['raisina dialogue'],
    city: 'New Delhi',
    country: 'IND',
    examples: [
      { text: 'Greek Prime Minister Kyriakos Mitsotakis held talks with his Indian counterpart on the sidelines of the Raisina Dialogue on Wednesday.', published: '2024-02-22', events: ['meeting Mitsotakis + IND @New Delhi'] },
    ],
  },
  {
    id: 'eastern-economic-forum',
    forms: ['eastern economic forum'],
    city: 'Vladivostok',
    country: 'RUS',
    examples: [
      { text: 'Russian President Vladimir Putin met Malaysian Prime Minister Anwar Ibrahim at the Eastern Economic Forum on Thursday.', published: '2024-09-06', events: ['meeting Putin + Anwar @Vladivostok'] },
    ],
  },
];
