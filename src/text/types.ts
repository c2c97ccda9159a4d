import type { Span } from '../types.js';

/** Coarse part of speech of a token (Universal Dependencies tag set, as wink-nlp gives it). */
export type PartOfSpeech = string;

/** One token of the input. */
export interface Token extends Span {
  /** Index of the token in {@link TextDocument.tokens}. */
  index: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Universal part-of-speech tag ("PROPN", "VERB", "ADP", …). */
  pos: PartOfSpeech;
  /** Dictionary form, lower-case ("met" → "meet", "talks" → "talk", "hosting" → "host"), from wink-nlp's lemmatiser. */
  lemma: string;
}

/** One sentence (or headline, or line) of the input. */
export interface Sentence extends Span {
  /** Index of the sentence in {@link TextDocument.sentences}. */
  index: number;
  /** Index of its first token in {@link TextDocument.tokens}. */
  firstToken: number;
  /** Index one past its last token. */
  endToken: number;
}

/** The input text split into sentences and tokens: the shared input of every later stage. */
export interface TextDocument {
  /** The exact input string; every offset points into it. */
  text: string;
  /** Sentences in text order; line breaks always end a sentence. */
  sentences: Sentence[];
  /** Tokens in text order (whitespace is not a token). */
  tokens: Token[];
}
