/**
 * Words that recall an occasion earlier than the one a report tells. The adverbs right before a
 * verb of contact ("last met", "had previously spoken") mark that contact as an earlier one; any
 * of the wider set in a sentence ("met in 2019", "two years ago", "first met", "since then") keeps
 * the sentence from being dated to the report's day.
 */
export const RECALLING_ADVERBS: ReadonlySet<string> = new Set(['last', 'previously']);

/** The wider set: {@link RECALLING_ADVERBS} and words that place a sentence before the report. */
export const RECALLING_WORDS: ReadonlySet<string> = new Set([...RECALLING_ADVERBS, 'earlier', 'before', 'ago', 'once', 'first', 'since', 'recent', 'recently', 'previous']);
