/**
 * Words by which a report goes on to the next contact of the same occasion ("X also met Y",
 * "Later, he received Z", "He held talks with W as well"): the contact after them belongs to the
 * day of the one before. Multi-word cues are written with spaces.
 */
export const CONTINUING_WORDS: ReadonlySet<string> = new Set(['also', 'later', 'afterwards', 'subsequently', 'thereafter', 'separately', 'as well', 'in addition', 'additionally', 'then']);
