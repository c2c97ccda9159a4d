/**
 * mergeAcross on clusters of articles we wrote: the same call told from three angles on three
 * days, a plan, its postponement and the meeting, two distinct calls between the same pair,
 * namesakes and different officials of the same two states, who must not merge.
 */
import { describe, expect, it } from 'vitest';
import { extract, InvalidArgumentError, mergeAcross, type ArticleResult, type DiplomaticEvent } from '../../src/index.js';

const article = (id: string, publishedAt: string, text: string): ArticleResult => ({ id, result: extract(text, { publishedAt }) });

describe('mergeAcross', () => {
  it('merges one call told from three angles on three days into one record with three sources', () => {
    const merged = mergeAcross([
      article('a1', '2024-03-06', 'Kenyan President William Ruto spoke by phone with Tanzanian President Samia Suluhu Hassan on Tuesday about the border.'),
      article('a2', '2024-03-07', 'Tanzania said on Thursday that President Samia Suluhu Hassan and Kenya\'s William Ruto had discussed cross-border trade in a telephone call on Tuesday.'),
      article('a3', '2024-03-08', 'The phone call between Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan on March 5 eased tension over the lorries stuck at the border, officials said.'),
    ]);
    const calls = merged.filter((m) => m.type === 'phone_call');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ status: 'occurred', date: { start: '2024-03-05', end: '2024-03-05' } });
    expect(calls[0]?.sources.map((s) => s.id)).toEqual(['a1', 'a2', 'a3']);
    expect(calls[0]?.participants.map((p) => p.name)).toEqual(['William Ruto', 'Samia Suluhu Hassan']);
    // three independent reports: 1 − Π(1 − c)
    const doubt = (calls[0]?.sources ?? []).reduce((d, s) => d * (1 - s.event.confidence), 1);
    expect(calls[0]?.confidence).toBe(Math.round((1 - doubt) * 100) / 100);
    expect(calls[0]?.confidence).toBeGreaterThanOrEqual(Math.max(...(calls[0]?.sources.map((s) => s.event.confidence) ?? [])));
  });

  it('keeps a plan, its postponement and the meeting as one event whose status is the latest report\'s', () => {
    const merged = mergeAcross([
      article('p1', '2024-05-02', 'Ghanaian President Nana Akufo-Addo will meet Togolese President Faure Gnassingbe in Lome on May 10, his office said.'),
      article('p2', '2024-05-08', 'The meeting in Lome between Akufo-Addo and Gnassingbe has been postponed to May 20, officials said.'),
      article('p3', '2024-05-21', 'Ghanaian President Nana Akufo-Addo met Togolese President Faure Gnassingbe in Lome on Monday to discuss border security.'),
    ]);
    const meetings = merged.filter((m) => m.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ status: 'occurred', location: { name: 'Lome' }, date: { start: '2024-05-20', end: '2024-05-20' } });
    expect(meetings[0]?.sources.map((s) => [s.id, s.event.status])).toEqual([
      ['p1', 'planned'],
      ['p2', expect.stringMatching(/cancelled|planned/)],
      ['p3', 'occurred'],
    ]);
  });

  it('keeps two calls between the same pair a week apart as two events', () => {
    const merged = mergeAcross([
      article('c1', '2024-02-06', 'French President Emmanuel Macron spoke by phone with Ukrainian President Volodymyr Zelensky on Monday.'),
      article('c2', '2024-02-13', 'French President Emmanuel Macron spoke by phone with Ukrainian President Volodymyr Zelenskiy on Monday about air defence.'),
    ]);
    expect(merged.filter((m) => m.type === 'phone_call').map((m) => m.date?.start)).toEqual(['2024-02-05', '2024-02-12']);
  });

  it('does not merge different people of the same two states, nor namesakes of different states', () => {
    const merged = mergeAcross([
      article('n1', '2024-04-10', 'U.S. President Joe Biden spoke by phone with Chinese President Xi Jinping on Tuesday.'),
      article('n2', '2024-04-10', 'U.S. Secretary of State Antony Blinken spoke by phone with Chinese Foreign Minister Wang Yi on Tuesday.'),
      article('n3', '2024-04-10', 'South Korean President Lee Jae-myung met Singaporean Prime Minister Lawrence Wong in Seoul on Tuesday.'),
      article('n4', '2024-04-10', 'Singaporean Prime Minister Lee Hsien Loong met Malaysian Prime Minister Anwar Ibrahim in Singapore on Tuesday.'),
    ]);
    expect(merged.map((m) => m.participants.map((p) => p.name).join(' + '))).toEqual([
      'Joe Biden + Xi Jinping',
      'Antony Blinken + Wang Yi',
      'Lee Jae-myung + Lawrence Wong',
      'Lee Hsien Loong + Anwar Ibrahim',
    ]);
  });

  it('lets a country stand for its leader, and a call never merges with a meeting', () => {
    const merged = mergeAcross([
      article('k1', '2024-06-12', 'Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday.'),
      article('k2', '2024-06-12', 'Kenya and Ethiopia held talks in Nairobi on Tuesday on the dam.'),
      article('k3', '2024-06-12', 'Kenyan President William Ruto spoke by phone with Ethiopian Prime Minister Abiy Ahmed on Tuesday.'),
    ]);
    expect(merged.map((m) => [m.type, m.sources.length])).toEqual([
      ['meeting', 2],
      ['phone_call', 1],
    ]);
  });

  it('rejects what is not iterable with a typed error', () => {
    expect(() => mergeAcross(42 as unknown as ArticleResult[])).toThrow(InvalidArgumentError);
  });
});

describe('mergeAcross: confidence', () => {
  it('grows with each independent article: two reports at 0.6 give 0.84; two events of one article count once', () => {
    const event = (id: string, confidence: number): DiplomaticEvent => ({
      id,
      type: 'meeting' as const,
      participants: [{ name: 'William Ruto', country: 'KEN' }, { name: 'Abiy Ahmed', country: 'ETH' }],
      date: null,
      location: null,
      status: 'occurred' as const,
      trigger: { start: 0, end: 3, text: 'met' },
      evidence: [],
      cameo: '040' as DiplomaticEvent['cameo'],
      plover: { event: 'CONSULT' as const, mode: 'unspecified' as const },
      confidence,
      certainty: { date: 'stated' as const, location: 'stated' as const, status: 'stated' as const },
    });
    const two = mergeAcross([
      { id: 'x', result: { publishedAt: '2024-01-02', events: [event('e1', 0.6)] } },
      { id: 'y', result: { publishedAt: '2024-01-03', events: [event('e1', 0.6)] } },
    ]);
    expect(two.map((m) => m.confidence)).toEqual([0.84]);
    const one = mergeAcross([{ id: 'x', result: { publishedAt: '2024-01-02', events: [event('e1', 0.6), event('e2', 0.6)] } }]);
    expect(one.map((m) => [m.confidence, m.sources.length])).toEqual([[0.6, 2]]);
  });
});

describe('EventMerger: a feed in publication order, in bounded memory', () => {
  it('closes an event once the feed is past it, and a late report starts a new record', async () => {
    const { EventMerger } = await import('../../src/across/merger.js');
    const merger = new EventMerger(60);
    const call = 'Kenyan President William Ruto spoke by phone with Tanzanian President Samia Suluhu Hassan on Tuesday.';
    expect(merger.add(article('j1', '2024-01-10', call))).toEqual([]);
    expect(merger.add(article('j2', '2024-01-11', 'Ruto and Tanzanian President Samia Suluhu Hassan held a telephone call on Tuesday, Nairobi said.'))).toEqual([]);
    // three months on, January's call is closed and written
    const closed = merger.add(article('a1', '2024-04-12', 'French President Emmanuel Macron met Ghanaian President Nana Akufo-Addo in Paris on Thursday.'));
    expect(closed.map((m) => [m.id, m.type, m.sources.map((s) => s.id)])).toEqual([['m1', 'phone_call', ['j1', 'j2']]]);
    expect(merger.finish().map((m) => [m.id, m.type])).toEqual([['m2', 'meeting']]);
  });
});
