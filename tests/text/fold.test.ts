import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.js';

describe('fold', () => {
  it.each([
    ['Orbán', 'orban'],
    ['ORBAN', 'orban'],
    ['Erdoğan', 'erdogan'],
    ['Macron', 'macron'],
    ['Xi’s', "xi's"],
    ['‘Tis', "'tis"],
    ['Xi`s', "xi's"],
    ['Zürich-based', 'zurich-based'],
    ['', ''],
    ['São Tomé', 'sao tome'],
    ['U.S.', 'u.s.'],
  ])('%s → %s', (word, folded) => {
    expect(fold(word)).toBe(folded);
  });

  it('gives the same answer on the ASCII fast path as on the full path', () => {
    // DEL (0x7f) and controls stay as they are on both paths.
    const ascii = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c)).join('');
    const full = ascii.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'");
    expect(fold(ascii)).toBe(full);
  });
});
