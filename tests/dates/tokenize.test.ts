import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/dates/tokenize.js';

describe('tokenize', () => {
  it('keeps abbreviations and splits sentence periods and possessives', () => {
    const text = "On Sept. 25 at 8:24 a.m. Monday's talks ended. It won't rain; 3.5 hours.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'On', 'Sept.', '25', 'at', '8', ':', '24', 'a.m.', 'Monday', "'s", 'talks', 'ended', '.', 'It', "won't", 'rain', ';',
      '3.5', 'hours', '.',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[1]?.lower).toBe('sept');
    expect(tokens[2]?.value).toBe(25);
    expect(Number.isNaN(tokens[17]?.value)).toBe(true);
  });

  it('marks line breaks and handles astral characters', () => {
    const tokens = tokenize('A 🇨🇭\nB');
    expect(tokens.map((t) => t.newlineBefore)).toEqual([false, false, false, true]);
  });
});
