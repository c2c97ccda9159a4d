/**
 * Prepositions that make a contact the occasion of what its clause reports ("agreed during a
 * working meeting", "said in talks", "pledged at the summit", "invited him to visit in a phone call
 * on Monday"). Not "on", which as often opens what was agreed or said ("agreed on a meeting").
 */
export const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'over', 'at']);
