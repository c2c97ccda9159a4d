import { describe, expect, it } from 'vitest';
import { segment } from '../../src/index.js';

/** The part of speech the segmenter gives the first token spelt `word` in `text`. */
function posOf(text: string, word: string): string | undefined {
  return segment(text).tokens.find((t) => t.text === word)?.pos;
}

describe('corrections of the tagger around contact words', () => {
  it.each([
    ['The foreign minister had a flurry of calls with Gulf ministers.', 'calls'],
    ['The king has made several visits to the region this year.', 'visits'],
    ['The envoy held a string of meetings in Doha.', 'meetings'],
  ])('a plural after "of", an article or a quantity is a noun: %s', (text, word) => {
    expect(posOf(text, word)).toBe('NOUN');
  });

  it.each([
    ['Modi will first visit Kuwait on Monday.', 'visit'],
    ['Russian President Vladimir Putin visits Brazil.', 'visits'],
    ['The two ministers last spoke by telephone.', 'spoke'],
  ])('a contact verb the tagger took for a noun is a verb: %s', (text, word) => {
    expect(posOf(text, word)).toBe('VERB');
  });
});
