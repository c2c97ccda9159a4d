import { describe, expect, it } from 'vitest';
import { extract, extractMany, InvalidArgumentError, type ExtractManyItem } from '../../src/index.js';
import { fixtureArticles } from './articles.js';

const TEXT = 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday.';

describe('extractMany', () => {
  it('is lazy: it reads one item per result asked for, and none before the first', () => {
    const pulled: number[] = [];
    function* items(): Generator<ExtractManyItem> {
      for (let i = 0; ; i++) {
        pulled.push(i);
        yield { id: i, text: TEXT, published: '2023-06-07' };
      }
    }
    const results = extractMany(items());
    expect(pulled).toEqual([]);
    const first = results.next();
    expect(pulled).toEqual([0]);
    expect(first.value).toMatchObject({ id: 0, events: [{ type: 'meeting', date: { start: '2023-06-05' } }] });
    // An endless source goes through item by item: take three and stop.
    let n = 0;
    for (const r of results) {
      expect(r.id).toBe(++n);
      if (n === 3) break;
    }
    expect(pulled).toEqual([0, 1, 2, 3]);
  });

  it('gives one result per item, in input order, equal to extract() on each', () => {
    const fixtures = fixtureArticles();
    const items = fixtures.map((f) => ({ id: f.name, text: f.text, published: f.published }));
    const results = [...extractMany(items)];
    expect(results.map((r) => r.id)).toEqual(fixtures.map((f) => f.name));
    results.forEach((r, i) => {
      const f = fixtures[i]!;
      expect(r).toEqual({ id: f.name, ...extract(f.text, f.published ? { publishedAt: f.published } : {}) });
    });
  });

  it('turns a bad item into an { id, error } result and goes on with the rest', () => {
    const items = [
      { id: 'a', text: TEXT, published: '2023-06-07' },
      null,
      { id: 'no-text', body: TEXT },
      { id: 'bad-date', text: TEXT, published: 'soon' },
      'just a string',
      { text: TEXT },
      { id: 7, text: 42 },
      { id: 'z', text: TEXT, published: new Date('2023-06-07T12:00:00Z') },
    ] as unknown as ExtractManyItem[];
    const results = [...extractMany(items)];
    expect(results).toHaveLength(items.length);
    expect(results.map((r) => r.id)).toEqual(['a', null, 'no-text', 'bad-date', null, null, 7, 'z']);
    expect(results.map((r) => ('error' in r ? 'error' : 'ok'))).toEqual(['ok', 'error', 'error', 'error', 'error', 'ok', 'error', 'ok']);
    expect(results[1]).toEqual({ id: null, error: 'an item must be an object' });
    expect(results[2]).toEqual({ id: 'no-text', error: 'the item has no "text" string' });
    expect(results[3]).toMatchObject({ id: 'bad-date', error: expect.stringMatching(/^the "published" field of the item must be a valid calendar date .* or a valid Date; received "soon"$/) });
    expect(results[5]).toMatchObject({ publishedAt: null });
    expect(results[7]).toMatchObject({ id: 'z', publishedAt: '2023-06-07', events: [{ date: { start: '2023-06-05' } }] });
  });

  it('uses options.publishedAt for items without their own date', () => {
    const [own, fallback] = [...extractMany([{ text: TEXT, published: '2023-06-14' }, { id: 'f', text: TEXT }], { publishedAt: '2023-06-07' })];
    expect(own).toMatchObject({ id: null, publishedAt: '2023-06-14', events: [{ date: { start: '2023-06-12' } }] });
    expect(fallback).toMatchObject({ id: 'f', publishedAt: '2023-06-07', events: [{ date: { start: '2023-06-05' } }] });
  });

  it('rejects a non-iterable batch or a bad default date at once, before any next()', () => {
    for (const bad of [null, undefined, 42, { text: TEXT }]) {
      expect(() => extractMany(bad as unknown as ExtractManyItem[])).toThrow(InvalidArgumentError);
    }
    expect(() => extractMany([], { publishedAt: '2024-13-45' })).toThrow(/options\.publishedAt must be/);
    expect([...extractMany([])]).toEqual([]);
  });
});

describe('extractMany: the publication date under either name', () => {
  const TEXT = 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday.';

  it('reads an item\'s "published" or "publishedAt", and options.published or options.publishedAt', () => {
    const results = [...extractMany([{ id: 1, text: TEXT, published: '2023-06-07' }, { id: 2, text: TEXT, publishedAt: '2023-06-07' }, { id: 3, text: TEXT }], { published: '2023-06-14' })];
    expect(results.map((r) => ('error' in r ? r.error : r.publishedAt))).toEqual(['2023-06-07', '2023-06-07', '2023-06-14']);
  });

  it('names the field of the item at fault', () => {
    const [r] = [...extractMany([{ id: 'x', text: TEXT, publishedAt: '2023-02-30' }])];
    expect(r).toEqual({ id: 'x', error: 'the "publishedAt" field of the item must be a valid calendar date as "YYYY-MM-DD" (or an ISO timestamp) or a valid Date; received "2023-02-30"' });
  });
});
