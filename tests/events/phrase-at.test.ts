import { describe, expect, it } from 'vitest';
import { phraseAt } from '../../src/events/phrase-at.js';

describe('phraseAt', () => {
  const folded = ['talks', 'were', 'called', 'off', 'on', 'monday'];
  it('matches the words in order from the index', () => {
    expect(phraseAt(folded, 2, ['called', 'off'])).toBe(true);
    expect(phraseAt(folded, 2, ['called'])).toBe(true);
  });
  it('does not match other words, another order or past the end', () => {
    expect(phraseAt(folded, 1, ['called', 'off'])).toBe(false);
    expect(phraseAt(folded, 2, ['off', 'called'])).toBe(false);
    expect(phraseAt(folded, 5, ['monday', 'night'])).toBe(false);
  });
});
