/**
 * Properties of `extract` over arbitrary input: it never throws on a string, every span points
 * into the input, every participant's personId names a returned person, dates are real ISO days
 * with start <= end, and the same input gives a deep-equal result.
 *
 * Seeded and bounded, so that a run is reproducible and short.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/cli/article-file.js';
import { extract } from '../../src/index.js';
import { anyTextArb, hostileTextArb, mixedTextArb, newsSentenceArb, publishedAtArb, violations } from './arbitraries.js';

const RUNS = { seed: 42, numRuns: 150 } as const;

/** Runs extract twice and returns what is wrong with the result (empty when all holds). */
function check(text: string, publishedAt: string | Date | undefined): string[] {
  const options = publishedAt === undefined ? {} : { publishedAt };
  const first = extract(text, options);
  const second = extract(text, options);
  const wrong = violations(text, first);
  try {
    expect(second).toEqual(first);
  } catch {
    wrong.push('a second run gave a different result');
  }
  return wrong;
}

describe('extract on arbitrary text', () => {
  it('hostile text (control characters, lone surrogates, emoji, HTML, other scripts, long tokens, only punctuation)', () => {
    fc.assert(
      fc.property(hostileTextArb, publishedAtArb, (text, publishedAt) => {
        expect(check(text, publishedAt)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('news-like sentences from our word lists, with hostile pieces between them', () => {
    fc.assert(
      fc.property(mixedTextArb, publishedAtArb, (text, publishedAt) => {
        expect(check(text, publishedAt)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('news-like articles find events whose participants and dates are sound', () => {
    let withEvents = 0;
    fc.assert(
      fc.property(fc.array(newsSentenceArb, { minLength: 1, maxLength: 10 }), fc.constantFrom('2019-06-30', '2023-03-08', '2024-12-15'), (sentences, publishedAt) => {
        const text = sentences.join(' ');
        const result = extract(text, { publishedAt });
        expect(violations(text, result)).toEqual([]);
        if (result.events.length > 0) withEvents++;
      }),
      RUNS,
    );
    // the generator is meant to exercise the event stage, not only the empty path
    expect(withEvents).toBeGreaterThan(RUNS.numRuns / 3);
  });

  it('any string with any valid publication date never throws', () => {
    fc.assert(
      fc.property(anyTextArb, publishedAtArb, (text, publishedAt) => {
        expect(() => extract(text, publishedAt === undefined ? undefined : { publishedAt })).not.toThrow();
      }),
      RUNS,
    );
  });
});

describe('extract on known edge cases', () => {
  it.each([
    ['empty', ''],
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate before a name', '\udc00Putin met Xi.'],
    ['a NUL inside a sentence', 'Putin\u0000 met Xi Jinping in Beijing on Monday.'],
    ['CR line ends', 'Macron met Scholz.\r\nThe call lasted an hour.\r'],
    ['HTML', '<p>President <b>Joe Biden</b> met <i>Xi Jinping</i> in Bali on Monday.</p>'],
    ['an astral letter run', '\u{1d400}'.repeat(500)],
    ['a 20 000-letter word', 'a'.repeat(20_000)],
    ['only punctuation', '.!?'.repeat(3000)],
    ['a headline line of capitals', 'PUTIN MEETS XI\nPresident Vladimir Putin met Xi Jinping on Monday.'],
  ])('%s', (_name, text) => {
    expect(check(text, '2024-05-15')).toEqual([]);
    expect(check(text, undefined)).toEqual([]);
  });

  it('publication dates at the ends of the calendar still give real ISO days', () => {
    const text = 'Macron met Scholz on Monday and will meet him again next month, in the coming days and next year.';
    for (const publishedAt of ['0001-01-01', '0001-01-03', '0099-12-31', '9999-12-31', '9999-12-27', new Date(Date.UTC(9999, 11, 31))]) {
      expect(check(text, publishedAt)).toEqual([]);
    }
  });
});

/** The fixture articles, their publication dates and the people the extractor names in each. */
const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const ARTICLES = readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const article = parseArticleFile(readFileSync(join(FIXTURES_DIR, f), 'utf8'));
    const published = article.published ?? '2024-01-01';
    const names = extract(article.text, { publishedAt: published }).people.map((p) => p.name);
    // our own sentence splitter: after . ! ? (and a closing quote), or at a line break
    const sentences = article.text.split(/(?<=[.!?]["”’]?)[ \t]+|\n+/).filter((x) => x.trim() !== '');
    return { name: f, published, names, sentences };
  });

/** Replaces every person named in an article with a person from another one (first names with first names, in order). */
function swapNames(text: string, from: string[], to: string[]): string {
  let out = text;
  from.forEach((name, k) => {
    const other = to[k % Math.max(1, to.length)];
    if (other && name.length > 2) out = out.split(name).join(other);
  });
  return out;
}

describe('extract on mutated fixture articles', () => {
  const mutationArb = fc
    .record({
      article: fc.nat({ max: ARTICLES.length - 1 }),
      donor: fc.nat({ max: ARTICLES.length - 1 }),
      swap: fc.boolean(),
      joiner: fc.constantFrom(' ', '\n', '\n\n'),
      shift: fc.integer({ min: -400, max: 400 }),
    })
    .chain((m) => {
      const sentences = ARTICLES[m.article]?.sentences ?? [];
      // shuffled, with sentences dropped
      return fc.shuffledSubarray(sentences, { minLength: 0, maxLength: sentences.length }).map((picked) => ({ ...m, picked }));
    });

  it('has fixtures to mutate', () => {
    expect(ARTICLES.length).toBeGreaterThanOrEqual(14);
    expect(ARTICLES.every((a) => a.sentences.length >= 2)).toBe(true);
  });

  it('sentences shuffled and dropped, names swapped between articles, publication date moved', () => {
    let withEvents = 0;
    fc.assert(
      fc.property(mutationArb, (m) => {
        const article = ARTICLES[m.article];
        const donor = ARTICLES[m.donor];
        if (!article || !donor) return;
        let text = m.picked.join(m.joiner);
        if (m.swap) text = swapNames(text, article.names, donor.names);
        const day = new Date(`${article.published}T00:00:00Z`);
        day.setUTCDate(day.getUTCDate() + m.shift);
        expect(check(text, day.toISOString().slice(0, 10))).toEqual([]);
        if (extract(text).events.length > 0) withEvents++;
      }),
      { seed: 42, numRuns: 120 },
    );
    expect(withEvents).toBeGreaterThan(20);
  });

  it('each whole article, once as written and once with the names of the next article', () => {
    ARTICLES.forEach((article, k) => {
      const text = article.sentences.join(' ');
      expect(check(text, article.published)).toEqual([]);
      const next = ARTICLES[(k + 1) % ARTICLES.length];
      expect(check(swapNames(text, article.names, next?.names ?? []), article.published)).toEqual([]);
    });
  });
});
