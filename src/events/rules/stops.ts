import type { RuleExample } from './types.js';

/**
 * Where a tour goes: phrases after a journey noun ("tour", "trip", "visit") that name its stops,
 * read anywhere in the rest of its sentence ("a tour that began in A and will take him on to B
 * before ending in C"). `b` captures the stops; `a`, when present, the traveller ("take Mr Wang").
 * Each stop becomes a visit of its own (see `refine/tour-stops.ts`).
 */
export interface StopRule {
  /** Unique, readable id. */
  id: string;
  /** The pattern, in the matcher notation (no anchor: it is matched at each token after the journey noun). */
  pattern: string;
  /** Also read before the journey noun, anywhere in its sentence ("Brazil is the last leg of the trip"). */
  wholeSentence?: boolean;
  /** Words one of which the sentence must hold for the rule to be tried (a quick test before matching). */
  needs?: readonly string[];
  /** Sentences it reads, with the events a reader finds. */
  examples: readonly RuleExample[];
}

export const STOP_RULES: readonly StopRule[] = [
  {
    id: 'leg-of',
    pattern: '(the)? ((stop | visit) (in | to) [b:PARTY] | [b:PARTY] (stop | leg | visit)? ,?) (is | was | will be | marks | marked | becomes | became) the @ordinal? (stop | leg)',
    wholeSentence: true,
    needs: ['leg', 'stop', 'legs', 'stops'],
    examples: [
      { text: "Brazil is the last stop of German Chancellor Olaf Scholz's trip to the region, which earlier took him to Argentina and Chile.", events: ['meeting Scholz + BRA @Brazil', 'meeting Scholz + ARG @Argentina', 'meeting Scholz + CHL @Chile'] },
      { text: 'The stop in Fiji is the third leg of a week-long tour by US Secretary of State Antony Blinken that began in Samoa and Tonga and will take him on to Vanuatu before ending in Palau.', events: ['meeting Blinken + FJI @Fiji', 'meeting Blinken + WSM @Samoa', 'meeting Blinken + TON @Tonga', 'meeting Blinken + VUT /planned @Vanuatu', 'meeting Blinken + PLW /planned @Palau'] },
      { text: 'Kenya, the second leg of the Dutch king’s tour, follows three days in Tanzania.', events: [] },
    ],
  },
  {
    id: 'take-to',
    pattern: '{take|bring} [a:PARTY]? (on | also | later | then | next | onward | onwards){0,2} to (the)? [b:PARTY]',
    examples: [
      { text: 'Indian Foreign Minister Subrahmanyam Jaishankar embarked on a tour of Africa on Monday that will take him to Nigeria, Ghana and Senegal.', events: ['meeting Jaishankar + NGA /planned @Nigeria', 'meeting Jaishankar + GHA /planned @Ghana', 'meeting Jaishankar + SEN /planned @Senegal'] },
      { text: "Kenyan President William Ruto's trip, which earlier took him to Ghana, ends in Nigeria on Friday.", events: ['meeting Ruto + GHA @Ghana', 'meeting Ruto + NGA /planned @Nigeria'] },
    ],
  },
  {
    id: 'begin-end-in',
    pattern: '{begin|start|end|finish|conclude|wrap} (up | it)? (in | with (a | an)? (visit | stop | stopover) (to | in)) (the)? [b:PARTY]',
    examples: [
      { text: 'Egyptian Foreign Minister Badr Abdelatty began his Gulf tour in Kuwait and will end it in Oman next week.', events: ['meeting Abdelatty + KWT @Kuwait', 'meeting Abdelatty + OMN /planned @Oman'] },
    ],
  },
  {
    id: 'stops-in',
    pattern: '(with | including | includes | include) (stops | visits | a stop | a visit | stopovers) (planned | scheduled)? (in | to | at) (the)? [b:PARTY]',
    examples: [
      { text: 'Spanish Prime Minister Pedro Sanchez leaves on Sunday for a Gulf tour with stops in Qatar, Kuwait and Oman.', events: ['meeting Sanchez + QAT /planned @Qatar', 'meeting Sanchez + KWT /planned @Kuwait', 'meeting Sanchez + OMN /planned @Oman'] },
    ],
  },
];
