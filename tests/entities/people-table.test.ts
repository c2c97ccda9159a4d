import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.js';
import { peopleDifferences } from '../helpers/expected-people.js';
import { PEOPLE_EXAMPLES } from './examples/people-examples.js';

describe('people and the country they act for, in the people table', () => {
  for (const row of PEOPLE_EXAMPLES) {
    const title = `${row.topic} | ${row.text}`;
    const check = (): void => {
      const found = extract(row.text, { publishedAt: row.published }).people;
      expect(peopleDifferences(found, row.people), row.text).toEqual([]);
    };
    // a known miss must go on failing: when it passes, its mark is due to be removed
    if (row.known) it.fails(`${title} (known: ${row.known})`, check);
    else it(title, check);
  }

  it('has at least 150 rows across titles, context and name traditions', () => {
    const kinds = new Set(PEOPLE_EXAMPLES.map((r) => r.topic.split(':')[0]));
    expect(PEOPLE_EXAMPLES.length).toBeGreaterThanOrEqual(150);
    expect([...kinds].sort()).toEqual(['context', 'name', 'title']);
  });
});
