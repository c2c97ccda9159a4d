/**
 * Verbs of saying and their inflections: a name right before or after one is the source of a
 * report ("…, Peskov said"), not a party to what is reported.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'telling', 'add', 'added', 'adds', 'state', 'stated', 'states',
  'note', 'noted', 'notes', 'announce', 'announced', 'announces', 'confirm', 'confirmed', 'confirms', 'report', 'reported',
  'reports', 'according', 'explain', 'explained', 'explains', 'write', 'wrote', 'writes', 'tweet', 'tweeted', 'stress',
  'stressed', 'insist', 'insisted', 'declare', 'declared', 'remark', 'remarked', 'claim', 'claimed', 'ask', 'asked', 'asks',
  'warn', 'warned', 'warns', 'argue', 'argued', 'argues', 'emphasise', 'emphasised', 'emphasize', 'emphasized',
]);

/** The core verbs of reported speech, the ones that open a reported clause ("said that …"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(['say', 'said', 'says', 'tell', 'told', 'tells', 'add', 'added', 'according']);

/** Audiences a report is told to ("told reporters", "briefed lawmakers"): the press and lawmakers. */
export const AUDIENCE_NOUNS: ReadonlySet<string> = new Set([
  'journalists', 'reporters', 'media', 'press', 'correspondents', 'television', 'tv', 'radio', 'broadcaster', 'newspaper',
  'lawmakers', 'legislators', 'parliament', 'parliamentarians',
]);
