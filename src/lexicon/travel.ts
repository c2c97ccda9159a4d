/** Verbs of travel, every inflection: the place after "to" or "in" is where the traveller goes or arrives. */
export const TRAVEL_VERBS: ReadonlySet<string> = new Set([
  'travel', 'travelled', 'traveled', 'travels', 'travelling', 'traveling', 'fly', 'flew', 'flies', 'flown', 'flying',
  'arrive', 'arrived', 'arrives', 'arriving', 'land', 'landed', 'lands', 'go', 'went', 'goes', 'gone', 'going', 'head',
  'headed', 'heads', 'heading', 'come', 'came', 'comes', 'coming', 'return', 'returned', 'returns', 'returning', 'depart',
  'departed', 'departs', 'departing', 'leave', 'left', 'leaves', 'leaving', 'proceed', 'proceeded', 'proceeds', 'continue',
  'continued', 'continues', 'continuing', 'journey', 'journeyed', 'move', 'moved', 'moves', 'moving', 'jet', 'jetted',
  'jetting', 'embark', 'embarked', 'embarking', 'proceeding', 'stop', 'stops', 'stopped', 'stopping',
]);

/**
 * The verbs of travel that take their subject away to the place after "to" or "in" ("X will travel
 * to Hanoi", "Y arrived in Accra"), every inflection read there; not "return", "go" or "leave",
 * which may take them home.
 */
export const OUTBOUND_TRAVEL_VERBS: ReadonlySet<string> = new Set([
  'travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling', 'fly', 'flies', 'flew', 'flying', 'arrive',
  'arrives', 'arrived', 'arriving', 'land', 'lands', 'landed', 'head', 'heads', 'headed', 'heading', 'jet', 'jetted',
]);

/** Verbs of gathering: many people come to one place ("leaders gathered in Kazan"). */
export const GATHERING_VERBS: ReadonlySet<string> = new Set([
  'gather', 'gathered', 'gathers', 'gathering', 'convene', 'convened', 'convenes', 'assemble', 'assembled', 'assembles',
  'converge', 'converged', 'converges', 'converging',
]);

/** Nouns of a journey, singular and plural: the place after "to" is where it goes ("during his trip to New York", "a visit to Accra"). */
export const JOURNEY_NOUNS: ReadonlySet<string> = new Set([
  'visit', 'visits', 'trip', 'trips', 'tour', 'tours', 'journey', 'journeys', 'stopover', 'stopovers', 'voyage', 'travels',
]);
