import { describe, expect, it } from 'vitest';
import {
  DiplomaticEventsError,
  extract,
  findCountryMentions,
  findDates,
  findEvents,
  findOrganisationMentions,
  findPeople,
  findPlaceMentions,
  groupCountries,
  InvalidArgumentError,
  MAX_TEXT_LENGTH,
  segment,
} from '../../src/index.js';

const ARTICLE = [
  'Japanese Prime Minister Fumio Kishida spoke by phone on Tuesday with South Korean President Yoon Suk Yeol.',
  'Kishida and Yoon agreed to meet in Tokyo next month, officials said.',
].join(' ');

describe('extract: arguments', () => {
  it.each([[42], [null], [undefined], [{ text: 'x' }], [['a']]])('rejects a non-string text (%j), naming the argument', (bad) => {
    expect(() => extract(bad as unknown as string)).toThrow(InvalidArgumentError);
    try {
      extract(bad as unknown as string);
    } catch (error) {
      expect((error as InvalidArgumentError).argument).toBe('text');
      expect((error as Error).message).toMatch(/^text must be a string/);
    }
  });

  it.each([['2024-13-45'], ['yesterday'], ['2023-02-29'], [''], [new Date(Number.NaN)], [20240101]])(
    'rejects an invalid publishedAt (%j), naming options.publishedAt',
    (bad) => {
      try {
        extract('text', { publishedAt: bad as unknown as string });
        expect.unreachable('should have thrown');
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidArgumentError);
        expect((error as InvalidArgumentError).argument).toBe('options.publishedAt');
        expect((error as Error).message).toContain('options.publishedAt must be');
      }
    },
  );

  it('accepts a Date, an ISO day and an ISO timestamp as the publication date', () => {
    expect(extract('', { publishedAt: new Date(Date.UTC(2024, 11, 15)) }).publishedAt).toBe('2024-12-15');
    expect(extract('', { publishedAt: '2024-12-15' }).publishedAt).toBe('2024-12-15');
    expect(extract('', { publishedAt: '2024-12-15T08:30:00Z' }).publishedAt).toBe('2024-12-15');
    expect(extract('').publishedAt).toBeNull();
  });
});

describe('extract: results', () => {
  it('returns an empty result for empty or blank text', () => {
    for (const text of ['', '   \n\n  ']) {
      expect(extract(text, { publishedAt: '2024-01-01' })).toEqual({ publishedAt: '2024-01-01', people: [], countries: [], dates: [], events: [], warnings: [] });
    }
  });

  it('finds the call, its parties, date and the planned meeting', () => {
    const result = extract(ARTICLE, { publishedAt: '2023-03-08' });
    expect(result.people.map((p) => [p.name, p.country])).toEqual([
      ['Fumio Kishida', 'JPN'],
      ['Yoon Suk Yeol', 'KOR'],
    ]);
    const [call, meeting] = result.events;
    expect(call).toMatchObject({ type: 'phone_call', status: 'occurred', date: { start: '2023-03-07', end: '2023-03-07' }, cameo: '041' });
    expect(call?.participants.map((p) => p.name)).toEqual(['Fumio Kishida', 'Yoon Suk Yeol']);
    expect(meeting).toMatchObject({ type: 'meeting', status: 'planned', location: { name: 'Tokyo', country: 'JPN' }, cameo: '036' });
    expect(meeting?.date).toMatchObject({ start: '2023-04-01', end: '2023-04-30', precision: 'month' });
  });

  it('is deterministic: the same input gives a deep-equal result', () => {
    expect(extract(ARTICLE, { publishedAt: '2023-03-08' })).toEqual(extract(ARTICLE, { publishedAt: '2023-03-08' }));
  });

  it('without a publication date, leaves relative dates out and events undated', () => {
    const result = extract(ARTICLE);
    expect(result.dates).toEqual([]);
    expect(result.events[0]?.date).toBeNull();
    expect(result.events[0]?.type).toBe('phone_call');
  });

  it('keeps absolute dates without a publication date', () => {
    const result = extract('The two presidents met in Geneva on 16 June 2021.');
    expect(result.dates.map((d) => [d.start, d.end])).toEqual([['2021-06-16', '2021-06-16']]);
  });

  it('gives confidence in [0, 1] and evidence sentences that contain the trigger', () => {
    for (const e of extract(ARTICLE, { publishedAt: '2023-03-08' }).events) {
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      expect(e.evidence.some((s) => s.start <= e.trigger.start && e.trigger.end <= s.end)).toBe(true);
    }
  });
});

describe('pipeline stages run on their own', () => {
  it('composing the exported stages gives what extract gives', () => {
    const publishedAt = '2023-03-08';
    const doc = segment(ARTICLE);
    expect(doc.sentences).toHaveLength(2);
    const countryMentions = findCountryMentions(ARTICLE);
    const organisationMentions = findOrganisationMentions(ARTICLE);
    const placeMentions = findPlaceMentions(ARTICLE);
    const people = findPeople({ doc, countryMentions, organisationMentions, placeMentions, publishedAt });
    const dates = findDates(ARTICLE, { publishedAt, sentences: doc.sentences });
    const events = findEvents({ doc, people, countryMentions, organisationMentions, placeMentions, dates });
    expect({ publishedAt, people, countries: groupCountries(countryMentions), dates, events, warnings: [] }).toEqual(extract(ARTICLE, { publishedAt }));
  });

  it('segment keeps exact offsets and ends a sentence at every line break', () => {
    const text = 'Erdoğan met Moon Jae-in.\nHEADLINE WITHOUT STOP\nThe U.S. envoy left.';
    const doc = segment(text);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Erdoğan met Moon Jae-in.', 'HEADLINE WITHOUT STOP', 'The U.S. envoy left.']);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toContain('Erdoğan');
    expect(doc.tokens.map((t) => t.text)).toContain('Jae-in');
  });
});

describe('extract: arguments (options and the calendar range)', () => {
  it.each([[42], ['2024-01-01'], [null], [true], [() => ({})]])('rejects options that are not an object (%j), naming options', (bad) => {
    try {
      extract('text', bad as unknown as object);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error).toBeInstanceOf(DiplomaticEventsError);
      expect((error as InvalidArgumentError).argument).toBe('options');
      expect((error as Error).message).toMatch(/^options must be an object; received /);
    }
  });

  it.each([['0000-01-01'], [new Date(Date.UTC(10_000, 0, 1))], [new Date(Date.UTC(-1, 0, 1))], ['2024-01-01T' + '1'.repeat(1000) + 'x']])(
    'rejects a publication date outside the years 0001–9999 or malformed (%#), naming options.publishedAt',
    (bad) => {
      expect(() => extract('text', { publishedAt: bad })).toThrow(expect.objectContaining({ name: 'InvalidArgumentError', argument: 'options.publishedAt' }));
    },
  );

  it('rejects a text longer than MAX_TEXT_LENGTH (10 MiB), naming text and giving its length', () => {
    expect(MAX_TEXT_LENGTH).toBe(10 * 1024 * 1024);
    const long = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    expect(() => extract(long)).toThrow(expect.objectContaining({ name: 'InvalidArgumentError', argument: 'text' }));
    expect(() => extract(long)).toThrow(/^text must be a string of at most 10485760 characters \(10 MiB\); received "x{40}…" \(10485761 characters\)$/);
  });

  it('accepts the first and last days of the calendar, and years before 100', () => {
    expect(extract('', { publishedAt: '0001-01-01' }).publishedAt).toBe('0001-01-01');
    expect(extract('', { publishedAt: '0099-12-31' }).publishedAt).toBe('0099-12-31');
    expect(extract('', { publishedAt: new Date(Date.UTC(9999, 11, 31)) }).publishedAt).toBe('9999-12-31');
  });

  it('leaves out a relative date that would fall outside the calendar instead of throwing', () => {
    expect(extract('They met last week.', { publishedAt: '0001-01-03' }).dates).toEqual([]);
    expect(extract('They will meet next month.', { publishedAt: '9999-12-15' }).dates).toEqual([]);
    expect(extract('They met last week.', { publishedAt: '0001-01-20' }).dates.map((d) => [d.start, d.end])).toEqual([['0001-01-08', '0001-01-14']]);
  });

  it('the error message names the argument, what was expected and what was received', () => {
    expect(() => extract(42 as unknown as string)).toThrow('text must be a string; received number 42');
    expect(() => extract('x', { publishedAt: 'yesterday' })).toThrow(/^options\.publishedAt must be a valid calendar date .*; received "yesterday"$/);
    expect(() => extract('x', { publishedAt: new Date(Number.NaN) })).toThrow(/received an invalid Date$/);
  });
});

describe('extract: the publication date, under either name, and warnings', () => {
  const TEXT = 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday. They will meet again next week.';

  it('takes options.published as well as options.publishedAt', () => {
    const a = extract(TEXT, { publishedAt: '2023-06-07' });
    const b = extract(TEXT, { published: '2023-06-07' });
    expect(b).toEqual(a);
    expect(b.events[0]?.date?.start).toBe('2023-06-05');
    expect(extract(TEXT, { published: '2023-06-07', publishedAt: '2023-06-07T10:00:00Z' }).publishedAt).toBe('2023-06-07');
  });

  it('rejects two different days, naming both options', () => {
    expect(() => extract(TEXT, { published: '2023-06-07', publishedAt: '2023-06-08' })).toThrow(
      'options.published must be the same day as options.publishedAt (2023-06-08), or absent; received "2023-06-07"',
    );
    expect(() => extract(TEXT, { published: 'soon' })).toThrow(/^options\.published must be a valid calendar date/);
  });

  it('warns, with a code and the words left unresolved, when relative dates meet no publication date', () => {
    const r = extract(TEXT);
    expect(r.publishedAt).toBeNull();
    expect(r.warnings).toEqual([
      {
        code: 'unresolved-relative-dates',
        message: 'no publication date: 2 relative dates ("on Monday", "next week") left unresolved; give publishedAt (YYYY-MM-DD)',
      },
    ]);
    // dates that carry their year need no publication date
    expect(extract('Olaf Scholz met Emmanuel Macron on 5 June 2023.').warnings).toEqual([]);
    expect(extract(TEXT, { publishedAt: '2023-06-07' }).warnings).toEqual([]);
  });

  // A relative date between the verb and its partner must not hide the partner when no day resolves it:
  // the publication date only dates events, it does not decide whether they are found.
  it.each([
    ['Chancellor Olaf Scholz gave a warm welcome on Thursday to Kenyan President William Ruto.', 'meeting', ['Olaf Scholz', 'William Ruto']],
    ['Indian Prime Minister Narendra Modi spoke last week by phone with Japanese Prime Minister Fumio Kishida.', 'phone_call', ['Narendra Modi', 'Fumio Kishida']],
    ['Brazilian President Lula will pay next month a state visit to Chinese President Xi Jinping.', 'meeting', ['Luiz Inácio Lula da Silva', 'Xi Jinping']],
  ])('finds the same event with or without a publication date: %s', (text, type, names) => {
    for (const r of [extract(text), extract(text, { publishedAt: '2024-05-01' })]) {
      expect(r.events.map((e) => e.type)).toEqual([type]);
      expect(r.events[0]?.participants.map((p) => p.name)).toEqual(names);
    }
    // undated, the relative date is left unknown rather than resolved against an arbitrary day
    const undated = extract(text).events[0];
    expect(undated?.date).toBeNull();
    expect(undated?.certainty.date).toBeNull();
    expect(extract(text, { publishedAt: '2024-05-01' }).events[0]?.date).not.toBeNull();
  });
});
