import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/index.js';

const PIECES = [
  'The ministers met on Monday in Geneva and agreed to hold another round in autumn.',
  'A 15-minute break followed; talks lasted for two hours and may resume within two weeks.',
  'On 5 March 2019 the accord was signed, and since 2012 the envoys have met in May, June and July.',
  'Mr. Smith said at 8:24 a.m. Thursday that the leaders would meet later this month, in mid-December or early next year',
  '2019-03-05 – 18-21 January – from March 3 to March 5 – between 2003 and 2005 – 30/10/17 – 2+2 – March March March',
  'May may May may the the the 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31',
];

describe('large input', () => {
  it('handles about 2 MB of text', () => {
    const parts: string[] = [];
    let size = 0;
    for (let k = 0; size < 2_000_000; k++) {
      const piece = PIECES[k % PIECES.length] ?? '';
      const sep = k % 7 === 0 ? '\n' : ' ';
      parts.push(piece, sep);
      size += piece.length + 1;
    }
    // A long stretch without any sentence end, and a long run of digits and dashes.
    parts.push('word '.repeat(20_000), '1-'.repeat(20_000), 'May '.repeat(10_000));
    const text = parts.join('');
    const found = findDates(text, { publishedAt: '2024-06-12' });
    expect(Array.isArray(found)).toBe(true);
    expect(Array.isArray(findDates(text, { publishedAt: null }))).toBe(true);
  });
});
