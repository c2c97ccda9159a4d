import type { RuleExample } from './types.js';

/**
 * Phrases of staying away from a summit, as lemmas, read right before the summit's noun phrase
 * ("will skip the G20 summit", "would not attend the summit", "stayed away from the Arab League
 * summit", "scrapped his trip to the APEC summit"). Between two words of a phrase a possessive or
 * article may stand ("his", "the"); between the phrase and the summit, its name.
 */
export const DECLINE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['not', 'attend'], ['not', 'be', 'attend'], ['not', 'take', 'part', 'in'], ['not', 'participate', 'in'], ['not', 'join'],
  ['not', 'travel', 'to'], ['not', 'go', 'to'], ['not', 'be', 'at'], ['not', 'make', 'trip', 'to'],
  ['skip'], ['miss'], ['boycott'], ['snub'], ['stay', 'away', 'from'], ['keep', 'away', 'from'], ['pull', 'out', 'of'], ['withdraw', 'from'],
  ['decline', 'to', 'attend'], ['refuse', 'to', 'attend'], ['decline', 'invitation', 'to'],
  ['scrap', 'trip', 'to'], ['cancel', 'trip', 'to'], ['call', 'off', 'trip', 'to'], ['postpone', 'trip', 'to'], ['cancel', 'attendance', 'at'],
];

/** Words that may stand inside a decline phrase ("scrapped his planned trip to"). */
export const DECLINE_FILLERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'planned', 'scheduled', 'expected', 'also', 'personally', 'in', 'person', 'be']);

/** Examples of ours: each leader named stays away from the summit, which goes ahead without them; those who attend it are another event. */
export const DECLINE_EXAMPLES: readonly RuleExample[] = [
  { text: 'Mexican President Claudia Sheinbaum said on Monday she would not attend the G20 summit in Johannesburg next week.', events: ['summit Sheinbaum /cancelled @Johannesburg'] },
  { text: 'Saudi King Salman stayed away from the Arab League summit in Baghdad.', events: ['summit Salman /cancelled @Baghdad'] },
  { text: 'U.S. President Barack Obama has scrapped his trip to the APEC summit in Bali next week because of the government shutdown.', events: ['summit Obama /cancelled @Bali'] },
  { text: 'Azerbaijani President Ilham Aliyev pulled out of the European Political Community summit in Granada at the last minute.', events: ['summit Aliyev /cancelled @Granada'] },
  { text: 'Indian Prime Minister Narendra Modi will not be attending the SCO summit in Astana.', events: ['summit Modi /cancelled @Astana'] },
  { text: 'Colombian President Gustavo Petro will not be at the U.S.-hosted Americas summit in Miami, his office said.', published: '2024-06-03', events: ['summit Petro /cancelled @Miami'] },
  { text: "Indian Prime Minister Narendra Modi will attend the BRICS summit in Kazan. Brazil's president won't attend the summit, his office said.", events: ['summit Modi /planned @Kazan'] },
  { text: 'U.S. President Joe Biden has called off his trip to the APEC summit in Lima and the G20 summit in Rio de Janeiro because of the storm.', events: ['summit Biden /cancelled @Lima', 'summit Biden /cancelled @Rio de Janeiro'] },
  { text: 'Kenyan President William Ruto will attend the AU summit in Addis Ababa, but Ugandan President Yoweri Museveni will skip it.', events: ['summit Ruto /planned @Addis Ababa'] },
  { text: 'Chinese President Xi Jinping will skip the G20 summit in New Delhi. U.S. President Joe Biden and Indian Prime Minister Narendra Modi will attend the summit.', events: ['summit Xi /cancelled @New Delhi', 'summit Biden + Modi /planned @New Delhi'] },
  { text: 'Brazilian President Lula da Silva missed the G20 summit in Osaka in 2019 but attended the BRICS summit in Kazan.', published: '2024-10-30', events: ['summit Lula /cancelled @Osaka', 'summit Lula @Kazan'] },
  { text: 'Chinese President Xi Jinping stayed away from the G20 summit that Indian Prime Minister Narendra Modi hosted in New Delhi in September 2023, and sent Premier Li Qiang in his place.', published: '2024-10-30', events: ['summit Xi /cancelled @New Delhi', 'summit Modi + Li @New Delhi'] },
  { text: 'Russian President Vladimir Putin will skip the BRICS summit that South African President Cyril Ramaphosa hosts in Johannesburg next month.', published: '2023-07-20', events: ['summit Putin /cancelled @Johannesburg', 'summit Ramaphosa /planned @Johannesburg'] },
  { text: 'Mexican President Claudia Sheinbaum missed the summit that Brazilian President Lula da Silva chaired in Rio de Janeiro.', published: '2024-11-20', events: ['summit Sheinbaum /cancelled @Rio de Janeiro', 'summit Lula @Rio de Janeiro'] },
];
