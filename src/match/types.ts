/**
 * Types of the token pattern matcher: patterns written as data in a compromise-like notation,
 * compiled to token predicates, matched over any document that exposes its tokens' words,
 * lemmas, parts of speech and typed spans.
 */

/** What the matcher needs to know about each token of a document. */
export interface MatchDoc {
  /** Number of tokens. */
  readonly length: number;
  /** Folded word of each token (lower-case, no diacritics). */
  readonly words: readonly string[];
  /** Lemma of each token, lower-case ("met" → "meet", "talks" → "talk"). */
  readonly lemmas: readonly string[];
  /** Universal part-of-speech tag of each token ("VERB", "NOUN", …). */
  readonly pos: readonly string[];
  /** The token as written, for case tests. */
  readonly texts: readonly string[];
  /** Whether token `i` lies inside a span of the given type from an earlier stage (PERSON, COUNTRY, …). */
  inSpan(type: string, i: number): boolean;
  /** Index one past the last token of the span of that type that covers token `i` (the span's end). */
  spanEnd(type: string, i: number): number;
  /** Whether token `i` is the first token of a span of that type. */
  spanStart(type: string, i: number): boolean;
}

/**
 * A unit: a named reader of a larger constituent ("PARTY", "PLACE") that the pattern notation
 * calls like one element. It reads forward from token `i`, never past `limit`, and returns where it
 * stops and what it read, or null when no such constituent starts at `i`.
 */
export type Unit<V = unknown, D extends MatchDoc = MatchDoc> = (doc: D, i: number, limit: number) => UnitResult<V> | null;

/** What a unit read. */
export interface UnitResult<V = unknown> {
  /** Index one past the last token read (greater than the start). */
  end: number;
  /** The value read, kept in the match's captures. */
  value: V;
}

/** Named vocabularies a pattern may refer to as `@name`: a token matches by its word or its lemma. */
export type WordSets = Readonly<Record<string, ReadonlySet<string>>>;

/** Everything a pattern is compiled against; `D` is the document type its units read. */
export interface MatchLexicon<D extends MatchDoc = MatchDoc> {
  /** Word sets for `@name`. */
  sets: WordSets;
  /** Units for `[capture:NAME]` or `[NAME]`. */
  units: Readonly<Record<string, Unit<unknown, D>>>;
  /** Named sub-patterns for `$name`, expanded when compiling. */
  macros?: Readonly<Record<string, string>>;
}

/** One captured stretch of a match. */
export interface Capture<V = unknown> {
  /** First token. */
  start: number;
  /** One past the last token. */
  end: number;
  /** What the unit read, for unit captures. */
  value?: V;
}

/** A successful match. */
export interface Match {
  /** First token matched. */
  start: number;
  /** One past the last token matched. */
  end: number;
  /** Captures by name; a repeated capture keeps its last stretch. */
  captures: Readonly<Record<string, Capture>>;
}

/** Syntax tree of a pattern, as parsed from its notation. */
export type PatternNode =
  | { kind: 'word'; words: readonly string[]; negated?: boolean }
  | { kind: 'lemma'; lemmas: readonly string[]; negated?: boolean }
  | { kind: 'pos'; tags: readonly string[]; negated?: boolean }
  | { kind: 'set'; name: string; negated?: boolean }
  | { kind: 'span'; type: string; negated?: boolean }
  | { kind: 'any' }
  | { kind: 'unit'; name: string }
  | { kind: 'anchor'; name: string }
  | { kind: 'group'; alternatives: PatternNode[][]; negated?: boolean }
  | { kind: 'capture'; name: string; body: PatternNode[] }
  | { kind: 'repeat'; body: PatternNode; min: number; max: number };
