import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.js';

// Of several people who share a family name, a bare family name with no title means the one who
// leads a state ("Milei" beside "Karina Milei"), not the relative named last before it.
describe('a bare family name shared by relatives', () => {
  it.each([
    ['Argentine President Javier Milei flew to Rome with Presidential Secretary Karina Milei. Milei met Italian Prime Minister Giorgia Meloni on Monday.', 'Javier Milei', 'Karina Milei'],
    ['Philippine President Ferdinand Marcos Jr. arrived in Tokyo. Senator Imee Marcos joined the delegation. Marcos then met Japanese Prime Minister Fumio Kishida.', 'Ferdinand Marcos Jr', 'Imee Marcos'],
    ['US President Donald Trump met Japanese Prime Minister Shinzo Abe at Mar-a-Lago. Eric Trump was also at the resort. Trump and Abe later played golf.', 'Donald Trump', 'Eric Trump'],
  ])('%s', (text, leader, relative) => {
    const people = extract(text, { publishedAt: '2024-02-05' }).people;
    const mentions = (name: string): string[] => people.find((p) => p.name.replace(/\.$/, '') === name)?.mentions.map((m) => m.text) ?? [];
    expect(mentions(leader)).toHaveLength(2);
    expect(mentions(relative)).toEqual([relative]);
  });
});
