/**
 * A small token pattern matcher (compromise-like notation, spaCy-like use): patterns are data,
 * compiled once to token predicates over word, lemma, part of speech, named word sets and typed
 * spans, with units for larger constituents, quantifiers and named captures.
 */
export type { Capture, Match, MatchDoc, MatchLexicon, PatternNode, Unit, UnitResult, WordSets } from './types.js';
export { parsePattern } from './parse.js';
export { compilePattern, type CompiledPattern } from './compile.js';
export type { FirstTokens } from './first.js';
export { Matcher, type AnchorSpan, type MatchBounds } from './matcher.js';
export { createMatchDoc, type MatchTokens, type TokenSpan } from './doc.js';
export { PatternSyntaxError } from './errors.js';
