import { describe, expect, it } from 'vitest';
import { NATIONAL_OFFICES } from '../../src/entities/people/national-offices.js';
import { extract } from '../../src/pipeline/extract.js';

describe('an office only one state has names that state', () => {
  it.each(NATIONAL_OFFICES.map((o) => [o.example, o.country]))('%s', (text, code) => {
    const people = extract(text, { publishedAt: '2024-05-01' }).people;
    expect(people.map((p) => p.country)).toContain(code);
  });

  it('gives way to a demonym the text states', () => {
    const people = extract('Indian Foreign Secretary Vikram Rao met Nepalese Home Secretary Gita Shah.', { publishedAt: '2024-05-01' }).people;
    expect(people.map((p) => [p.name, p.country])).toEqual([['Vikram Rao', 'IND'], ['Gita Shah', 'NPL']]);
  });

  it('reads the office set off from the name by a comma', () => {
    const people = extract('The ambassador presented his credentials to the Yang di-Pertuan Agong, Tuanku Ismail Nasir, at the palace.', { publishedAt: '2024-05-01' }).people;
    expect(people.map((p) => [p.name, p.country])).toEqual([['Ismail Nasir', 'MYS']]);
  });

  it('reads the office in an apposition', () => {
    const people = extract('Hiro Tanabe, the chief cabinet secretary, said the talks would go ahead.', { publishedAt: '2024-05-01' }).people;
    expect(people.find((p) => p.name === 'Hiro Tanabe')?.country).toBe('JPN');
  });

  it('leaves an office several states have alone', () => {
    const people = extract('Foreign Secretary Ann Miles said the talks would go ahead.', { publishedAt: '2024-05-01' }).people;
    expect(people.find((p) => p.name === 'Ann Miles')?.country).toBeUndefined();
  });
});
