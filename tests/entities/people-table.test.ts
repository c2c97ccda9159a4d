import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.js';
import { peopleDifferences } from '../helpers/expected-people.js';
import { testRows } from '../helpers/table-rows.js';
import { PEOPLE_EXAMPLES } from './examples/people-examples.js';

describe('people and the country they act for, in the people table', () => {
  testRows(PEOPLE_EXAMPLES, (row) => {
    const found = extract(row.text, { publishedAt: row.published }).people;
    expect(peopleDifferences(found, row.people), row.text).toEqual([]);
  });

  it('has at least 150 rows across titles, context, name traditions and what is not a person', () => {
    const kinds = new Set(PEOPLE_EXAMPLES.map((r) => r.topic.split(':')[0]));
    expect(PEOPLE_EXAMPLES.length).toBeGreaterThanOrEqual(150);
    expect([...kinds].sort()).toEqual(['context', 'name', 'not-person', 'title']);
  });
});
