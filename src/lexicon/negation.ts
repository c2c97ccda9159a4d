/**
 * Words that negate the verb after them, contractions the tokenizer keeps whole included ("did
 * not attend", "won't attend", "never met").
 */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', "n't", 'never', 'cannot', "won't", "wouldn't", "didn't", "doesn't", "don't", "can't",
  'won’t', 'wouldn’t', 'didn’t', 'doesn’t', 'don’t', 'can’t',
]);
