/**
 * Tense of the clause around a date expression, read from marker words.
 *
 * The words before the expression (same sentence, nearest first, at most
 * {@link TENSE_WINDOW} tokens) are tried first; only when none of them is a marker
 * are the words after it tried. No marker at all gives `'present'`.
 */

import { sentenceIdsFromPunctuation } from './sentences.js';
import { tokenize, type DateToken } from './tokenize.js';

/** Tense of a clause. `'present'` also stands for "no marker found". */
export type Tense = 'past' | 'future' | 'present';

/** How many tokens on each side of the expression are read. */
export const TENSE_WINDOW = 40;

/** Words that make a clause future ("will", "scheduled", "next"). */
export const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will', "won't", 'wont', 'shall', 'would', "wouldn't", 'might', 'should', 'tomorrow', 'scheduled', 'expected',
  'expects', 'expect', 'expecting', 'planned', 'planning', 'slated', 'upcoming', 'next', 'forthcoming', 'intending',
  'soon', 'prepares', 'preparing',
]);

/** Words that make a clause future only when followed by "to" or "for" ("set to", "due to", "plans to"). */
export const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set([
  'set', 'due', 'going', 'poised', 'likely', 'unlikely', 'about', 'ready', 'plan', 'plans', 'aim', 'aims', 'hope',
  'hopes', 'intend', 'intends', 'want', 'wants', 'seeks', 'agree', 'agrees', 'prepare',
]);

/** Words that are not markers when the next word is one of these ("next to him", "could not agree"). */
export const MARKER_BLOCKERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['next', new Set(['to'])],
  ['could', new Set(['not', 'hardly', 'barely', 'only'])],
]);

/** Base-form verbs that make "to + verb" a future marker ("to meet", "to hold"). */
export const INFINITIVE_VERBS: ReadonlySet<string> = new Set([
  'meet', 'hold', 'visit', 'travel', 'discuss', 'attend', 'host', 'sign', 'speak', 'talk', 'resume', 'begin', 'start',
  'make', 'go', 'fly', 'arrive', 'return', 'join', 'be', 'have', 'take', 'see', 'call', 'open', 'launch', 'announce',
  'vote', 'decide', 'finalize', 'finalise', 'conclude', 'deliver', 'present', 'address', 'receive', 'welcome',
  'review', 'negotiate', 'continue', 'convene', 'gather', 'reconvene', 'sit', 'chair', 'lead', 'head', 'send', 'give',
  'release', 'publish', 'unveil', 'tour', 'stay', 'leave', 'depart', 'debate', 'consider', 'seek', 'pay', 'mark',
  'celebrate', 'hold', 'co-host', 'come', 'follow', 'resolve', 'agree', 'sit', 'hear', 'testify', 'appear', 'brief',
  'inaugurate', 'attend', 'host', 'formalize', 'formalise', 'ratify', 'submit', 'issue', 'embark', 'head', 'phone',
  'telephone', 'confer', 'consult', 'reach', 'hammer', 'set', 'move', 'lay', 'put', 'raise', 'press', 'push',
]);

/** Words that make a clause past ("was", "met", "ago"). */
export const PAST_WORDS: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', "wasn't", "weren't", "hadn't", "didn't", 'held', 'met', 'spoke', 'said', 'told',
  'took', 'came', 'went', 'gave', 'made', 'began', 'saw', 'sent', 'left', 'flew', 'wrote', 'sought', 'brought',
  'thought', 'felt', 'found', 'got', 'kept', 'knew', 'led', 'lost', 'meant', 'paid', 'ran', 'rang', 'sat', 'stood',
  'struck', 'won', 'broke', 'chose', 'drew', 'fell', 'forgot', 'grew', 'heard', 'hit', 'laid', 'rose', 'sold', 'spent',
  'swore', 'taught', 'threw', 'understood', 'woke', 'wore', 'ago', 'yesterday', 'earlier', 'previously', 'recently',
  'last', 'been', 'became', 'spent', 'shook', 'upheld', 'withdrew', 'overtook', 'undertook', 'reaffirmed',
]);

/** Words ending in "-ed" that are not past verbs ("need", "united", "unprecedented"). */
export const ED_NOT_PAST: ReadonlySet<string> = new Set([
  'need', 'feed', 'speed', 'proceed', 'succeed', 'exceed', 'indeed', 'embed', 'hundred', 'bed', 'red', 'shed', 'seed',
  'breed', 'weed', 'deed', 'greed', 'creed', 'steed', 'bleed', 'heed', 'unprecedented', 'united', 'so-called',
  'sacred', 'naked', 'wicked', 'kindred', 'rugged', 'ragged', 'beloved', 'learned', 'aged', 'alleged', 'based',
  'limited', 'related', 'concerned', 'interested', 'armed', 'advanced', 'detailed', 'experienced', 'talented',
  'sophisticated', 'dedicated', 'qualified', 'unexpected', 'supposed', 'renewed', 'heightened', 'prolonged',
  'speed', 'guaranteed', 'embattled', 'biased', 'skilled', 'committed', 'coordinated', 'sustained', 'enhanced',
  'tired',
]);

/** Auxiliaries that make a following "-ing" verb a scheduled future ("is meeting", "are hosting"). */
export const PROGRESSIVE_AUX: ReadonlySet<string> = new Set(['is', 'are', 'am', "'s", "'re", "he's", "she's", "it's", "they're", "we're"]);

/** Auxiliaries after which a participle is not past ("is held annually", "being discussed"). */
const PRESENT_PASSIVE_AUX: ReadonlySet<string> = new Set(['is', 'are', 'am', 'being', "'s", "isn't", "aren't"]);

function isLowerInitial(token: DateToken): boolean {
  const c = token.text[0] ?? '';
  return c !== c.toUpperCase();
}

function isParticiple(token: DateToken): boolean {
  const w = token.lower;
  if (PAST_WORDS.has(w) && !['ago', 'yesterday', 'earlier', 'previously', 'recently', 'last'].includes(w)) return true;
  return w.length >= 4 && w.endsWith('ed') && !ED_NOT_PAST.has(w) && isLowerInitial(token) && token.kind === 'word';
}

/**
 * The tense signalled by token `k` alone (with its neighbours), or `null` when it is no marker.
 *
 * @param tokens - All tokens.
 * @param k - Index of the token to look at.
 */
export function markerAt(tokens: readonly DateToken[], k: number): Tense | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  const w = t.lower;
  const next = tokens[k + 1]?.lower;
  const prev = tokens[k - 1]?.lower;
  if (next !== undefined && MARKER_BLOCKERS.get(w)?.has(next)) return null;
  if ((w === 'may' && t.text === 'may') || w === 'could') return 'future';
  if (FUTURE_WORDS.has(w)) return 'future';
  if (w.endsWith("'ll")) return 'future';
  if (FUTURE_BEFORE_TO.has(w) && (next === 'to' || next === 'for')) return 'future';
  if (w === 'to' && next !== undefined && INFINITIVE_VERBS.has(next)) return 'future';
  if (w.endsWith('ing') && w.length > 5 && prev !== undefined && PROGRESSIVE_AUX.has(prev)) return 'future';
  if (isParticiple(t)) {
    if (prev === 'be') return 'future';
    if (prev !== undefined && PRESENT_PASSIVE_AUX.has(prev)) return null;
    return 'past';
  }
  if (PAST_WORDS.has(w)) return 'past';
  return null;
}

/**
 * Tense of the clause around tokens `[from, to)`, reading only tokens whose sentence id
 * equals that of token `from`.
 *
 * @param tokens - All tokens of the text.
 * @param sentenceIds - Sentence number of each token.
 * @param from - First token of the expression.
 * @param to - One past its last token.
 */
export function tenseOfTokens(
  tokens: readonly DateToken[],
  sentenceIds: readonly number[],
  from: number,
  to: number,
): Tense {
  const sentence = sentenceIds[from];
  for (let k = from - 1; k >= 0 && k >= from - TENSE_WINDOW && sentenceIds[k] === sentence; k--) {
    const m = markerAt(tokens, k);
    if (m) return m;
  }
  for (let k = to; k < tokens.length && k < to + TENSE_WINDOW && sentenceIds[k] === sentence; k++) {
    const m = markerAt(tokens, k);
    if (m) return m;
  }
  return 'present';
}

/** Characters read on each side of the expression by {@link clauseTense}. */
const CONTEXT_CHARS = 600;

/**
 * Tense of the clause around `text[spanStart, spanEnd)`: `'future'` when a future
 * marker ("will", "is to", "set to", "scheduled", "expected", "plans", "next", "to meet",
 * "would") is nearest, `'past'` for past markers ("-ed" verbs, "was", "had", "held",
 * "met", "said"), `'present'` when the sentence has no marker. Words before the
 * expression win over words after it.
 *
 * @param text - The whole text.
 * @param spanStart - Offset of the expression.
 * @param spanEnd - Offset one past the expression.
 */
export function clauseTense(text: string, spanStart: number, spanEnd: number): Tense {
  let from = Math.max(0, spanStart - CONTEXT_CHARS);
  while (from > 0 && from < spanStart && !/\s/.test(text[from - 1] ?? '')) from++;
  let to = Math.min(text.length, spanEnd + CONTEXT_CHARS);
  while (to < text.length && to > spanEnd && !/\s/.test(text[to] ?? '')) to--;
  const tokens = tokenize(text, from, to);
  const ids = sentenceIdsFromPunctuation(tokens);
  let first = tokens.findIndex((t) => t.end > spanStart);
  if (first < 0) first = tokens.length;
  let last = first;
  while (last < tokens.length && (tokens[last]?.start ?? Infinity) < spanEnd) last++;
  if (first >= tokens.length) return 'present';
  return tenseOfTokens(tokens, ids, first, Math.max(last, first + 1));
}
