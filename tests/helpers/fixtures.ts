import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleFile } from '../../src/cli/article-file.js';
import type { ExtractionResult } from '../../src/types.js';

/** Where the fixture articles live. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** What a fixture expects, as written by hand in `NAME.expected.json`. */
export interface FixtureExpectation {
  published: string;
  people: Array<{ name: string; country: string | null }>;
  countries: string[];
  events: Array<{
    type: string;
    participants: string[];
    date: string | { start: string; end: string } | null;
    location: string | null;
    status: string;
  }>;
  notes?: string;
}

/** One fixture: its name, article text, publication date and expectation. */
export interface Fixture {
  name: string;
  text: string;
  published: string | undefined;
  expected: FixtureExpectation;
}

/** Every `NAME.txt` in fixtures/ that has a `NAME.expected.json` beside it. */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      const article = parseArticleFile(readFileSync(join(FIXTURES_DIR, f), 'utf8'));
      const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.expected.json`), 'utf8')) as FixtureExpectation;
      return { name, text: article.text, published: article.published, expected };
    });
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Two place names agree when one contains the other ("Oval Office" in "Oval Office, Washington"). */
function samePlace(a: string, b: string): boolean {
  const x = fold(a).replace(/^the /, '');
  const y = fold(b).replace(/^the /, '');
  return x.includes(y) || y.includes(x);
}

/**
 * Puts a result in the shape of an expectation, so that a failing test shows a readable diff:
 * names and codes sorted, dates as "start..end", a location written as the expectation writes
 * it when one contains the other.
 */
export function comparable(result: ExtractionResult, expected: FixtureExpectation): { actual: unknown; wanted: unknown } {
  const dateText = (d: FixtureExpectation['events'][number]['date']): string | null =>
    d === null ? null : typeof d === 'string' ? `${d}..${d}` : `${d.start}..${d.end}`;
  const wantedEvents = expected.events.map((e) => ({
    type: e.type,
    participants: [...e.participants].map((p) => (/^[A-Z]{3}$/.test(p) ? p : fold(p))).sort(),
    date: dateText(e.date),
    location: e.location,
    status: e.status,
  }));
  const actualEvents = result.events.map((e) => {
    const location = e.location?.name ?? null;
    const match =
      location &&
      expected.events
        .map((x) => x.location)
        .filter((x): x is string => !!x && samePlace(x, location))
        // the expected name equal to the actual one first, then the longest that one contains
        .sort((a, b) => Number(fold(b) === fold(location)) - Number(fold(a) === fold(location)) || b.length - a.length)[0];
    return {
      type: e.type,
      participants: e.participants.map((p) => (p.name ? fold(p.name) : (p.country ?? '?'))).sort(),
      date: e.date ? `${e.date.start}..${e.date.end}` : null,
      location: match ?? location,
      status: e.status,
    };
  });
  const byKey = <T>(list: T[]): T[] => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    actual: {
      people: byKey(result.people.map((p) => ({ name: fold(p.name), country: p.country ?? null }))),
      countries: result.countries.map((c) => c.code).sort(),
      events: byKey(actualEvents),
    },
    wanted: {
      people: byKey(expected.people.map((p) => ({ name: fold(p.name), country: p.country }))),
      countries: [...expected.countries].sort(),
      events: byKey(wantedEvents),
    },
  };
}
