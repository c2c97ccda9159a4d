import { retagBareAfterModal, retagGerunds, retagNounsAfterDeterminers, retagPastAfterName, retagPastForms, retagPresentAfterName } from './retag.js';
import type { Sentence, TextDocument, Token } from './types.js';
import { wink } from './wink.js';
import { words } from './words.js';
import { fold } from './fold.js';
import { isSoftWrap } from './soft-wrap.js';

interface TaggedRange {
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

/**
 * Splits text into sentences and tokens with exact UTF-16 offsets (stage 1 of the pipeline).
 *
 * wink-nlp finds sentence boundaries and part-of-speech tags; a line break ends a sentence too,
 * because headlines, datelines and captions stand on lines of their own in news text, unless it
 * is a soft wrap inside a sentence ({@link isSoftWrap}).
 * Tokens are the {@link words} of each sentence (wink splits non-ASCII letters and hyphenated
 * names apart, which names such as "Erdoğan" or "Moon Jae-in" cannot afford); each token takes
 * the part of speech of the wink token that starts where it starts.
 */
export function segment(text: string): TextDocument {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  if (text.trim() === '') return { text, sentences, tokens };

  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    while (lineEnd >= 0 && isSoftWrap(text, lineEnd)) lineEnd = text.indexOf('\n', lineEnd + 1);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim() !== '') {
      for (const range of sentenceRanges(text, lineStart, lineEnd)) addSentence(range);
    }
    lineStart = lineEnd + 1;
  }
  return { text, sentences, tokens };

  function addSentence(range: { start: number; end: number; tags: TaggedRange[] }): void {
    const spans = words(text, range.start, range.end);
    const head = spans[0];
    const tail = spans[spans.length - 1];
    if (!head || !tail) return;
    const firstToken = tokens.length;
    let t = 0;
    for (const span of spans) {
      while (t < range.tags.length && (range.tags[t]?.end ?? 0) <= span.start) t++;
      const tag = range.tags[t];
      // an object literal, not `{ ...span, … }`: a spread object takes about four times the memory
      tokens.push({
        start: span.start,
        end: span.end,
        text: span.text,
        index: tokens.length,
        sentence: sentences.length,
        pos: tag && tag.start <= span.start ? tag.pos : 'X',
        lemma: lemmaOf(span, tag),
      });
    }
    retagPastForms(tokens, firstToken);
    retagGerunds(tokens, firstToken);
    retagPastAfterName(tokens, firstToken);
    retagPresentAfterName(tokens, firstToken);
    retagBareAfterModal(tokens, firstToken);
    retagNounsAfterDeterminers(tokens, firstToken);
    sentences.push({
      index: sentences.length,
      start: head.start,
      end: tail.end,
      text: text.slice(head.start, tail.end),
      firstToken,
      endToken: tokens.length,
    });
  }
}

/**
 * The lemma of one of our tokens: wink's lemma when wink's token is exactly this word, else the
 * folded word itself (our tokens keep hyphenated names and non-ASCII letters whole, where wink may
 * split them).
 */
function lemmaOf(word: { start: number; end: number; text: string }, tag: TaggedRange | undefined): string {
  if (tag && tag.start === word.start && tag.end === word.end && tag.lemma !== '') return fold(tag.lemma);
  return fold(word.text);
}

/** Sentence ranges (offsets into `text`) of one line, with wink's tagged tokens inside each. */
function sentenceRanges(
  text: string,
  lineStart: number,
  lineEnd: number,
): Array<{ start: number; end: number; tags: TaggedRange[] }> {
  const nlp = wink();
  const its = nlp.its;
  // the line breaks left inside a line are soft wraps: wink reads them as spaces
  const line = tameLongRuns(text.slice(lineStart, lineEnd).replace(/\n/g, ' '));
  const doc = nlp.readDoc(line);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // wink types its.lemma with a model add-on parameter that `out` does not declare; it takes it all the same
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.pos) as string[];
  const located: Array<TaggedRange | null> = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const at = value === '' ? -1 : locate(line, value, cursor);
    if (at < 0) {
      located.push(null);
      continue;
    }
    located.push({ start: lineStart + at, end: lineStart + at + value.length, pos: tags[i] ?? 'X', lemma: lemmas[i] ?? '' });
    cursor = at + value.length;
  }
  const out: Array<{ start: number; end: number; tags: TaggedRange[] }> = [];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  // startFrom[i]: start of the first located token at or after wink token i (computed once, so
  // that a line of many sentences stays linear).
  const startFrom = new Array<number | null>(located.length + 1).fill(null);
  for (let i = located.length - 1; i >= 0; i--) startFrom[i] = located[i]?.start ?? startFrom[i + 1] ?? null;
  let previousEnd = lineStart;
  spans.forEach(([first, last], k) => {
    const inside = located.slice(first, last + 1).filter((x): x is TaggedRange => x !== null);
    // Sentences tile the line: each runs to the start of the next, so no character is lost.
    const nextFirst = spans[k + 1]?.[0];
    const nextStart = nextFirst === undefined ? null : (startFrom[nextFirst] ?? null);
    const end = nextStart ?? lineEnd;
    out.push({ start: previousEnd, end, tags: inside });
    previousEnd = end;
  });
  if (out.length === 0) out.push({ start: lineStart, end: lineEnd, tags: [] });
  return joinAfterTitleAbbreviations(text, out);
}

/** Abbreviated forms of address that end in a full stop but never end a sentence ("Amb. X", "Hon. X", "Gen. X", "General (ret.) X"). */
const TITLE_ABBREVIATION_END = /(?:(?:^|[\s(])(?:Amb|Hon|Rt|Gen|Lt|Col|Capt|Maj|Brig|Adm|Sgt|Prof|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|H\.E|Engr)\.|\((?:[Rr]et|[Rr]etd|[Rr]td|RETD|RTD)\.\))\s*$/;

/** Joins a sentence that wink ended after a title abbreviation to the sentence that follows it. */
function joinAfterTitleAbbreviations(text: string, ranges: Array<{ start: number; end: number; tags: TaggedRange[] }>): Array<{ start: number; end: number; tags: TaggedRange[] }> {
  const out: typeof ranges = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last && TITLE_ABBREVIATION_END.test(text.slice(Math.max(last.start, last.end - 12), last.end)) && /^\s*\p{Lu}/u.test(text.slice(range.start, range.start + 3))) {
      out[out.length - 1] = { start: last.start, end: range.end, tags: [...last.tags, ...range.tags] };
    } else out.push(range);
  }
  return out;
}

/**
 * Runs of non-space characters longer than wink-nlp can tokenise in linear time. (Not `\S{65,}`:
 * V8 runs a bounded-below quantifier on the backtracking stack, which overflows on a run of a few
 * million characters; `\S*` is a simple greedy loop.)
 */
const LONG_RUN = /\S{65}\S*/g;

/**
 * wink-nlp's tokeniser tests each run of non-space characters with regular expressions that take
 * time quadratic in the run's length (an e-mail pattern, `[a-z].*\.$`): a 50 000-letter "word"
 * takes seconds, a megabyte one would take minutes. wink only gives sentence ends and
 * part-of-speech tags, so a long run is shown to it as placeholder words of the same length
 * ("xxx…x xxx…x"), keeping its last 8 characters (a full stop there still ends the sentence).
 * Offsets do not move: the line keeps its length, and tokens come from {@link words} on the
 * original text anyway.
 */
function tameLongRuns(line: string): string {
  return line.replace(LONG_RUN, (run) => {
    const filler = PLACEHOLDER.repeat(Math.ceil(run.length / PLACEHOLDER.length)).slice(0, run.length - 9);
    return `${filler} ${run.slice(-8)}`;
  });
}

const PLACEHOLDER = `${'x'.repeat(63)} `;

/** How far past the white space after the previous token a token is looked for. */
const LOOKAHEAD = 64;

/**
 * Offset of wink token `value` in `line` at or after `from`, or -1. Tokens come in text order
 * with only white space (or a few skipped characters) between them, so the search looks just past
 * the white space and within a short window: a token wink normalised (so not found verbatim) then
 * costs a constant, not a scan to the end of a long line.
 */
function locate(line: string, value: string, from: number): number {
  let p = from;
  while (p < line.length && /\s/.test(line[p] ?? '')) p++;
  if (line.startsWith(value, p)) return p;
  const at = line.slice(p, p + value.length + LOOKAHEAD).indexOf(value);
  return at < 0 ? -1 : p + at;
}
