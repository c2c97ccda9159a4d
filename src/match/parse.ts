import type { PatternNode } from './types.js';
import { PatternSyntaxError } from './errors.js';

/**
 * Parses the pattern notation into a syntax tree. The notation, after compromise's match syntax:
 *
 * | notation | matches one token … |
 * | --- | --- |
 * | `with`, `'s`, `,` | whose folded word is that word |
 * | `{meet}`, `{meet\|see}` | whose lemma is one of these |
 * | `NOUN`, `ADJ` | whose part of speech is that tag (Universal Dependencies) |
 * | `@travel` | whose word, lemma or last hyphenated part ("8,849-metre") is in the named word set |
 * | `.` | any token |
 * | `!x` | that `x` (one of the above) does not match; `!#PERSON`: a token outside any PERSON span |
 *
 * and for longer stretches: `#PERSON` (a whole span of that type from an earlier stage),
 * `[PARTY]` (a unit, a reader of a larger constituent), `[a:PARTY]` or `[a: seq]` (a named
 * capture), `<T>` (the anchor: the trigger the pattern is read around), `(x y|z)` (alternatives),
 * `$name` (a macro), and the quantifiers `?`, `*`, `+` and `{n,m}` after any element.
 * `\` makes the next character literal (`\:` is a colon, `\.` a full stop).
 */
export function parsePattern(source: string, macros: Readonly<Record<string, string>> = {}): PatternNode[] {
  const parser = new Parser(lex(expandMacros(source, macros, 0)), source);
  const nodes = parser.sequence();
  if (!parser.done()) throw new PatternSyntaxError(source, `unexpected "${parser.peek()?.text}"`);
  return nodes;
}

const POS_TAGS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE']);
const SPECIAL = new Set(['(', ')', '[', ']', '<', '>', '{', '}', '|', '?', '*', '+', '!', '@', '#', '$', '.', ':']);

interface Lexeme {
  /** A special character, or a bare word. */
  kind: 'special' | 'bare';
  text: string;
}

function expandMacros(source: string, macros: Readonly<Record<string, string>>, depth: number): string {
  if (depth > 8) throw new PatternSyntaxError(source, 'macros nest too deep');
  return source.replace(/\$([A-Za-z][\w-]*)/g, (_all, name: string) => {
    const body = macros[name];
    if (body === undefined) throw new PatternSyntaxError(source, `unknown macro $${name}`);
    return `(${expandMacros(body, macros, depth + 1)})`;
  });
}

function lex(source: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (SPECIAL.has(c)) {
      out.push({ kind: 'special', text: c });
      i++;
      continue;
    }
    let text = '';
    while (i < source.length) {
      const d = source[i] ?? '';
      if (d === '\\' && i + 1 < source.length) {
        text += source[i + 1];
        i += 2;
        continue;
      }
      if (/\s/.test(d) || SPECIAL.has(d)) break;
      text += d;
      i++;
    }
    out.push({ kind: 'bare', text });
  }
  return out;
}

class Parser {
  private at = 0;
  constructor(
    private readonly items: Lexeme[],
    private readonly source: string,
  ) {}

  done(): boolean {
    return this.at >= this.items.length;
  }

  peek(): Lexeme | undefined {
    return this.items[this.at];
  }

  private isSpecial(text: string): boolean {
    const next = this.peek();
    return next?.kind === 'special' && next.text === text;
  }

  private expect(text: string): void {
    if (!this.isSpecial(text)) throw new PatternSyntaxError(this.source, `expected "${text}"`);
    this.at++;
  }

  private bare(what: string): string {
    const next = this.peek();
    if (next?.kind !== 'bare') throw new PatternSyntaxError(this.source, `expected ${what}`);
    this.at++;
    return next.text;
  }

  /** Elements up to a closing bracket or a "|". */
  sequence(): PatternNode[] {
    const out: PatternNode[] = [];
    while (!this.done() && !this.isSpecial(')') && !this.isSpecial('|') && !this.isSpecial(']')) out.push(this.quantified(this.atom()));
    return out;
  }

  private quantified(node: PatternNode): PatternNode {
    if (this.isSpecial('?')) return (this.at++, { kind: 'repeat', body: node, min: 0, max: 1 });
    if (this.isSpecial('*')) return (this.at++, { kind: 'repeat', body: node, min: 0, max: Infinity });
    if (this.isSpecial('+')) return (this.at++, { kind: 'repeat', body: node, min: 1, max: Infinity });
    if (this.isSpecial('{') && isRepeatCount(this.items[this.at + 1]?.text ?? '')) {
      this.at++;
      const [min, max] = (this.bare('a count') ?? '').split(',');
      this.expect('}');
      return { kind: 'repeat', body: node, min: Number(min), max: max === undefined ? Number(min) : max === '' ? Infinity : Number(max) };
    }
    return node;
  }

  private atom(): PatternNode {
    const next = this.peek();
    if (!next) throw new PatternSyntaxError(this.source, 'unexpected end');
    if (next.kind === 'bare') return (this.at++, bareNode(next.text, this.source));
    this.at++;
    switch (next.text) {
      case '(':
        return this.group();
      case '[':
        return this.capture();
      case '<': {
        const name = this.bare('an anchor name');
        this.expect('>');
        return { kind: 'anchor', name };
      }
      case '{':
        return { kind: 'lemma', lemmas: this.braced() };
      case '@':
        return { kind: 'set', name: this.bare('a word-set name') };
      case '#':
        return { kind: 'span', type: this.bare('a span type') };
      case '.':
        return { kind: 'any' };
      case '!':
        return negate(this.atom(), this.source);
      default:
        throw new PatternSyntaxError(this.source, `unexpected "${next.text}"`);
    }
  }

  private group(): PatternNode {
    const alternatives: PatternNode[][] = [this.sequence()];
    while (this.isSpecial('|')) {
      this.at++;
      alternatives.push(this.sequence());
    }
    this.expect(')');
    return simplifyGroup(alternatives);
  }

  private capture(): PatternNode {
    const first = this.bare('a unit or capture name');
    if (this.isSpecial(']')) {
      this.at++;
      return { kind: 'unit', name: first };
    }
    this.expect(':');
    const body = this.sequence();
    this.expect(']');
    return { kind: 'capture', name: first, body };
  }

  private braced(): string[] {
    const out = [this.bare('a lemma').toLowerCase()];
    while (this.isSpecial('|')) {
      this.at++;
      out.push(this.bare('a lemma').toLowerCase());
    }
    this.expect('}');
    return out;
  }
}

/** A bare word: a part-of-speech tag when it is one, a unit when it is another upper-case name, else a literal word. */
function bareNode(text: string, source: string): PatternNode {
  if (POS_TAGS.has(text)) return { kind: 'pos', tags: [text] };
  if (/^[A-Z][A-Z_]+$/.test(text)) return { kind: 'unit', name: text };
  if (text === '') throw new PatternSyntaxError(source, 'empty word');
  return { kind: 'word', words: [text.toLowerCase()] };
}

function negate(node: PatternNode, source: string): PatternNode {
  if (node.kind === 'word' || node.kind === 'lemma' || node.kind === 'pos' || node.kind === 'set' || node.kind === 'span') return { ...node, negated: true };
  // "!(, | VERB | @speech)": a token that is none of these
  if (node.kind === 'group' && node.alternatives.every((a) => a.length === 1 && isTokenTest(a[0]))) return { ...node, negated: true };
  throw new PatternSyntaxError(source, '"!" applies to one word, lemma, tag, word set or span type, or a group of these');
}

function isTokenTest(node: PatternNode | undefined): boolean {
  return !!node && (node.kind === 'word' || node.kind === 'lemma' || node.kind === 'pos' || node.kind === 'set' || node.kind === 'span') && !node.negated;
}

/** `(with|to)` is one word test, `(ADJ|ADV)` one tag test: faster than alternatives. */
function simplifyGroup(alternatives: PatternNode[][]): PatternNode {
  const singles = alternatives.every((a) => a.length === 1);
  if (singles) {
    const nodes = alternatives.map((a) => a[0] as PatternNode);
    if (nodes.every((n) => n.kind === 'word' && !n.negated)) return { kind: 'word', words: nodes.flatMap((n) => (n.kind === 'word' ? n.words : [])) };
    if (nodes.every((n) => n.kind === 'pos' && !n.negated && POS_TAGS.has(n.tags[0] ?? ''))) return { kind: 'pos', tags: nodes.flatMap((n) => (n.kind === 'pos' ? n.tags : [])) };
  }
  if (alternatives.length === 1 && alternatives[0]?.length === 1) return alternatives[0][0] as PatternNode;
  return { kind: 'group', alternatives };
}

/** `n` or `n,` or `n,m`: the inside of a `{n,m}` repeat. */
function isRepeatCount(text: string): boolean {
  const [low = '', high, ...rest] = text.split(',');
  const digits = (part: string) => part.length > 0 && [...part].every((ch) => ch >= '0' && ch <= '9');
  return rest.length === 0 && digits(low) && (high === undefined || high === '' || digits(high));
}
