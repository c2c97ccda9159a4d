import { describe, expect, it } from 'vitest';
import { agencyCountry } from '../../src/entities/countries/news-agencies.js';
import { extract } from '../../src/pipeline/extract.js';

describe('the national agency a dateline credits', () => {
  it.each([
    ['KUWAIT, Nov 8 (KUNA) -- The Amir received the visiting minister.', 'KWT'],
    ['BOGOR, Aug 9 (Bernama) -- Prime Minister Anwar Ibrahim arrived here.', 'MYS'],
    ['WASHINGTON, May 3. /TASS/. The president hailed the call.', 'RUS'],
    ['BEIJING, March 3 (Xinhua) -- Chinese Premier Li Qiang met the guest.', 'CHN'],
  ])('%s', (text, code) => expect(agencyCountry(text)).toBe(code));

  it('is none for an international wire or no credit', () => {
    expect(agencyCountry('NAIROBI, March 3 (Reuters) - Kenya said on Monday …')).toBeUndefined();
    expect(agencyCountry('LIMA, June 2 (EFE) - Peru said on Monday …')).toBeUndefined();
    expect(agencyCountry('KYIV, June 2 (dpa) - The talks went on …')).toBeUndefined();
    expect(agencyCountry('President William Ruto (left) met the envoy (centre) on Monday.')).toBeUndefined();
  });

  // the credit may instead close the story, after a dash
  it.each([
    ['ANKARA, Dec 20 — Foreign Minister Datuk Seri Hamzah Osman met his Turkish counterpart here today.\n\nThe minister returns home on Friday. — Bernama', 'MYS'],
    ['ALGIERS - The minister received his Malian counterpart on Monday. --APS', 'DZA'],
    ['The two ministers met in Addis Ababa on Thursday. /ENA/', 'ETH'],
  ])('signed off: %s', (text, code) => expect(agencyCountry(text)).toBe(code));

  it('reads no sign-off in a closing dash that names no agency', () => {
    expect(agencyCountry('The two met on Monday. — Reuters')).toBeUndefined();
    expect(agencyCountry('The talks ended at noon - with no deal')).toBeUndefined();
  });

  it("gives the story's country to its officials named with no demonym", () => {
    const people = extract('BOGOR, Aug 9 (Bernama) -- Prime Minister Datuk Seri Hamzah Osman and Indonesian President Prabowo Subianto held talks at the palace here today.', { publishedAt: '2025-08-09' }).people;
    expect(people.find((p) => p.name === 'Hamzah Osman')?.country).toBe('MYS');
    expect(people.find((p) => p.name === 'Prabowo Subianto')?.country).toBe('IDN');
  });
});
