import { describe, expect, it } from 'vitest';
import { compilePattern, createMatchDoc, Matcher, PatternSyntaxError, type MatchDoc, type MatchLexicon, type Unit } from '../../src/match/index.js';
import { segment } from '../../src/text/segment.js';
import { fold } from '../../src/text/fold.js';

/** A document from a sentence we wrote, with PERSON spans for the names listed. */
function docOf(text: string, persons: string[] = []): MatchDoc {
  const { tokens } = segment(text);
  const spans = persons.map((name) => {
    const at = text.indexOf(name);
    const start = tokens.findIndex((t) => t.start === at);
    const end = tokens.findIndex((t) => t.end === at + name.length) + 1;
    return { start, end };
  });
  return createMatchDoc(
    { words: tokens.map((t) => fold(t.text)), lemmas: tokens.map((t) => t.lemma), pos: tokens.map((t) => t.pos), texts: tokens.map((t) => t.text) },
    { PERSON: spans },
  );
}

/** A toy unit: one or more person spans joined by "and" or commas. */
const PEOPLE: Unit<string[]> = (doc, i, limit) => {
  const names: string[] = [];
  let j = i;
  while (j < limit && doc.spanStart('PERSON', j)) {
    const end = doc.spanEnd('PERSON', j);
    names.push(doc.texts.slice(j, end).join(' '));
    j = end;
    if ((doc.words[j] === 'and' || doc.words[j] === ',') && doc.spanStart('PERSON', j + 1)) j++;
    else break;
  }
  return names.length ? { end: j, value: names } : null;
};

const LEXICON: MatchLexicon = {
  sets: { medium: new Set(['phone', 'telephone']) },
  units: { PEOPLE },
  macros: { aux: '(AUX|ADV|PART)*' },
};

function find(pattern: string, text: string, persons: string[] = []) {
  const doc = docOf(text, persons);
  return { doc, match: new Matcher(doc).all(compilePattern(pattern, LEXICON), 0, doc.length)[0] ?? null };
}

describe('pattern notation', () => {
  it('matches words, lemmas and parts of speech', () => {
    const { match, doc } = find('{meet} with DET? NOUN', 'The envoy met with the delegation on Friday.');
    expect(match && doc.texts.slice(match.start, match.end).join(' ')).toBe('met with the delegation');
  });

  it('matches every inflection through the lemma', () => {
    for (const text of ['She hosts the talks.', 'She hosted the talks.', 'She is hosting the talks.', 'She will host the talks.']) {
      expect(find('{host} DET {talk}', text).match, text).not.toBeNull();
    }
  });

  it('reads word sets by word or lemma, and negation', () => {
    expect(find('by @medium', 'They spoke by telephone.').match).not.toBeNull();
    expect(find('spoke !by', 'They spoke by telephone.').match).toBeNull();
    expect(find('spoke !with', 'They spoke by telephone.').match).not.toBeNull();
  });

  it('captures units and reads alternatives of several words', () => {
    const { match } = find('[a:PEOPLE] $aux {speak} (by phone|over the phone) (with|to) [b:PEOPLE]', 'Ruto and Scholz will spoke over the phone with Lula.', ['Ruto', 'Scholz', 'Lula']);
    expect(match?.captures.a?.value).toEqual(['Ruto', 'Scholz']);
    expect(match?.captures.b?.value).toEqual(['Lula']);
  });

  it('reads typed spans whole', () => {
    const { match } = find('#PERSON {call} #PERSON', 'Justin Trudeau called Claudia Sheinbaum.', ['Justin Trudeau', 'Claudia Sheinbaum']);
    expect(match).toEqual({ start: 0, end: 5, captures: {} });
  });

  it('counts repetitions', () => {
    expect(find('very{2} good', 'It was very very good.').match).not.toBeNull();
    expect(find('very{3,} good', 'It was very very good.').match).toBeNull();
  });

  it('reports a bad pattern with a typed error naming it', () => {
    expect(() => compilePattern('(with|to', LEXICON)).toThrow(PatternSyntaxError);
    expect(() => compilePattern('@nosuchset', LEXICON)).toThrow(/nosuchset/);
    expect(() => compilePattern('[a:NOSUCHUNIT]', LEXICON)).toThrow(/NOSUCHUNIT/);
    expect(() => compilePattern('$nosuchmacro', LEXICON)).toThrow(/nosuchmacro/);
  });
});

describe('matching around an anchor', () => {
  const pattern = compilePattern('[a:PEOPLE] $aux <T> (with|to)? [b:PEOPLE]', LEXICON);

  it('reads the parties on both sides of the trigger', () => {
    const doc = docOf('On Monday Ramaphosa has also met with Modi in Delhi.', ['Ramaphosa', 'Modi']);
    const t = doc.words.indexOf('met');
    const m = new Matcher(doc).around(pattern, { start: t, end: t + 1 }, { limit: doc.length });
    expect(m?.captures.a?.value).toEqual(['Ramaphosa']);
    expect(m?.captures.b?.value).toEqual(['Modi']);
    expect(m?.captures.T).toEqual({ start: t, end: t + 1 });
  });

  it('fails when the anchor is elsewhere', () => {
    const doc = docOf('Ramaphosa met Modi and later called Lula.', ['Ramaphosa', 'Modi', 'Lula']);
    const t = doc.words.indexOf('called');
    expect(new Matcher(doc).around(pattern, { start: t, end: t + 1 }, { limit: doc.length, maxLeft: 2 })).toBeNull();
  });
});
