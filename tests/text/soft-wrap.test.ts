import { describe, expect, it } from 'vitest';
import { isSoftWrap } from '../../src/text/soft-wrap.js';
import { segment } from '../../src/text/segment.js';
import { extract } from '../../src/index.js';

const sentences = (text: string): string[] => segment(text).sentences.map((s) => s.text.replace(/\n/g, ' '));

describe('soft wraps: line breaks inside a sentence of hard-wrapped text', () => {
  it('reads a break before a small letter, after a comma, a name initial or a preposition as a space', () => {
    expect(sentences('The envoy met the minister at the ministry\non Monday.')).toEqual(['The envoy met the minister at the ministry on Monday.']);
    expect(sentences('Zambia\'s envoy to Kenya, Grace M.\nBanda, paid a call on the speaker.')).toEqual(['Zambia\'s envoy to Kenya, Grace M. Banda, paid a call on the speaker.']);
    expect(sentences('They discussed trade, farming,\nEnergy policy and tourism.')).toEqual(['They discussed trade, farming, Energy policy and tourism.']);
    expect(sentences('The talks were held at the palace in\nMaseru on Friday.')).toEqual(['The talks were held at the palace in Maseru on Friday.']);
  });

  it('keeps headlines, bullets and paragraphs on lines of their own', () => {
    expect(sentences('Leaders meet in Lusaka\nLUSAKA — Two presidents met on Monday.')).toEqual(['Leaders meet in Lusaka', 'LUSAKA — Two presidents met on Monday.']);
    expect(sentences('They agreed on three points,\n- trade,\n- fisheries.')).toEqual(['They agreed on three points,', '- trade,', '- fisheries.']);
    expect(isSoftWrap('The first paragraph ends here,\n\nand another begins.', 30)).toBe(false);
  });

  it('finds a call whose sentence the wrap splits at a name initial', () => {
    const text = 'Ghana\'s ambassador to Togo, Kofi A.\nMensah, called on President Faure Gnassingbe at his office\nin Lome on Tuesday.';
    const [event] = extract(text, { publishedAt: '2024-05-10' }).events;
    expect(event?.participants.map((p) => p.name)).toEqual(['Kofi A. Mensah', 'Faure Gnassingbe']);
    expect(event?.location?.name).toBe('Lome');
    expect(event?.date?.start).toBe('2024-05-07');
  });
});
