import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.js';
import { attributeDifferences } from '../helpers/expected-attributes.js';
import { testRows } from '../helpers/table-rows.js';
import { ATTRIBUTE_EXAMPLES } from './examples/attribute-examples.js';
import { GATHERING_SEATS } from '../../src/events/rules/gathering-seats.js';

describe('dates, places and statuses of the attribute table', () => {
  testRows(ATTRIBUTE_EXAMPLES, (row) => {
    const found = extract(row.text, { publishedAt: row.published }).events;
    expect(attributeDifferences(found, row.events), row.text).toEqual([]);
  });

  it('has at least 120 rows across dates, places and statuses', () => {
    const counts = { date: 0, place: 0, status: 0 };
    for (const row of ATTRIBUTE_EXAMPLES) {
      const kind = row.topic.split(':')[0] as keyof typeof counts;
      if (kind in counts) counts[kind]++;
    }
    expect(counts.date + counts.place + counts.status).toBeGreaterThanOrEqual(120);
    expect(Math.min(counts.date, counts.place, counts.status)).toBeGreaterThanOrEqual(25);
  });
});

describe('places of the gathering-seat table', () => {
  for (const seat of GATHERING_SEATS) {
    describe(seat.id, () => {
      it.each(seat.examples.map((e) => [e.text, e] as const))('%s', (_text, e) => {
        const found = extract(e.text, { publishedAt: e.published ?? '2024-06-14' }).events;
        expect(attributeDifferences(found, e.events), e.text).toEqual([]);
      });
    });
  }
});
