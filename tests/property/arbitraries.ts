/**
 * Generators and invariant checks shared by the property tests. Every word list here is our own:
 * titles, well-known leaders, countries, trigger phrases and dates, put together into news-like
 * sentences, plus hostile text (control characters, lone surrogates, emoji, HTML, other scripts).
 */
import { allSpans } from '../helpers/spans.js';
import fc from 'fast-check';
import type { ExtractionResult, Span } from '../../src/types.js';

export const TITLES = ['President', 'Prime Minister', 'Chancellor', 'Foreign Minister', 'King', 'Emir', 'Premier', 'Secretary of State', 'Mr.', 'Ms.'];
export const LEADERS = [
  'Emmanuel Macron', 'Olaf Scholz', 'Xi Jinping', 'Vladimir Putin', 'Narendra Modi', 'Fumio Kishida', 'Yoon Suk Yeol',
  'Recep Tayyip Erdoğan', 'Luiz Inácio Lula da Silva', 'Giorgia Meloni', 'Volodymyr Zelensky', 'Joe Biden', 'Donald Trump',
  'Antony Blinken', 'Wang Yi', 'Sergei Lavrov', 'Mohammed bin Salman', 'Ebrahim Raisi', 'Kim Jong Un', 'Moon Jae-in',
];
export const SURNAMES = ['Macron', 'Scholz', 'Xi', 'Putin', 'Modi', 'Kishida', 'Yoon', 'Erdoğan', 'Lula', 'Meloni', 'Zelensky', 'Biden', 'Trump'];
export const COUNTRIES = [
  'France', 'Germany', 'China', 'Russia', 'India', 'Japan', 'South Korea', 'Turkey', 'Brazil', 'Italy', 'Ukraine', 'the United States',
  'the U.S.', 'Britain', 'Saudi Arabia', 'Iran', 'North Korea', 'Kenya', 'Chile', 'Norway', 'Côte d’Ivoire', 'the EU', 'NATO',
];
export const DEMONYMS = ['French', 'German', 'Chinese', 'Russian', 'Indian', 'Japanese', 'South Korean', 'Turkish', 'Brazilian', 'American', 'Saudi', 'Iranian'];
export const PLACES = ['Paris', 'Berlin', 'Beijing', 'Moscow', 'New Delhi', 'Tokyo', 'Seoul', 'Ankara', 'Brasília', 'Rome', 'Kyiv', 'Washington', 'the Kremlin', 'the White House', 'Geneva'];
export const TRIGGERS = [
  'met', 'met with', 'spoke by phone with', 'spoke with', 'talked to', 'held talks with', 'hosted', 'received', 'called', 'visited',
  'will meet', 'is set to meet', 'agreed to meet', 'could meet', 'cancelled a visit to', 'refused to take a call from', 'had a phone call with',
  'attended a summit with', 'will travel to meet',
];
export const NOUN_TRIGGERS = ['the call', 'the meeting', 'the summit', 'their talks', 'a phone conversation', 'the G20 summit', 'a bilateral meeting', 'the visit'];
export const DATES = [
  'on Monday', 'on Friday', 'last week', 'next month', 'in March', 'on 16 June 2021', 'on October 17', 'yesterday', 'today', 'in 2019',
  'within two weeks', 'in the coming days', 'early December', 'from January 18 to 21', 'two days ago', 'on Tuesday, May 22', 'in autumn',
  '2023-04-14', 'this weekend', 'on 31 February 2020',
];
export const FILLERS = [
  'officials said.', 'according to a statement.', 'to discuss trade and security.', ', the ministry said.', 'amid tensions over tariffs.',
  'Markets closed higher.', 'He said the talks were useful.', 'They agreed to stay in touch.', 'The statement gave no details.',
];

/** A person as news names one: a bare name, a titled name, a demonym and title, or a surname. */
export const personArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...LEADERS),
  fc.tuple(fc.constantFrom(...TITLES), fc.constantFrom(...LEADERS)).map(([t, n]) => `${t} ${n}`),
  fc.tuple(fc.constantFrom(...DEMONYMS), fc.constantFrom(...TITLES), fc.constantFrom(...LEADERS)).map(([d, t, n]) => `${d} ${t} ${n}`),
  fc.constantFrom(...SURNAMES),
  fc.constantFrom('he', 'she', 'the two leaders', 'his Chinese counterpart', 'the Russian leader', 'Putin’s', 'Macron\'s'),
);

/** A party: a person or a country. */
const partyArb: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: personArb }, { weight: 1, arbitrary: fc.constantFrom(...COUNTRIES) });

/** One news-like sentence about a (possible) diplomatic contact, or a filler sentence. */
export const newsSentenceArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc
    .tuple(partyArb, fc.constantFrom(...TRIGGERS), partyArb, fc.option(fc.constantFrom(...DATES)), fc.option(fc.constantFrom(...PLACES)), fc.constantFrom(...FILLERS))
    .map(([a, verb, b, date, place, tail]) => [a, verb, b, place ? `in ${place}` : '', date ?? '', tail].filter(Boolean).join(' ')) },
  { weight: 2, arbitrary: fc
    .tuple(fc.constantFrom(...NOUN_TRIGGERS), fc.constantFrom('between', 'with', 'of'), partyArb, partyArb, fc.option(fc.constantFrom(...DATES)))
    .map(([noun, prep, a, b, date]) => `${noun[0]?.toUpperCase()}${noun.slice(1)} ${prep} ${a} and ${b} ${date ?? ''} was described as constructive.`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...COUNTRIES), fc.constantFrom(...DATES)).map(([c, d]) => `${c.toUpperCase()} — Leaders gathered ${d}.`) },
  { weight: 1, arbitrary: fc.constantFrom(...FILLERS) },
);

/** Characters and short strings that break naive text handling. */
const HOSTILE_PIECES = [
  '\u0000', '\u0007', '\u001b[31m', '\r', '\r\n', '\n', '\t', '\u000b', '\f', '\u00a0', '\u200b', '\u200d', '\u2028', '\u2029', '\ufeff',
  '\ud800', '\udfff', '\udc00\ud800', '😀', '👍🏽', '👨‍👩‍👧', '🇺🇦', '\u{1d400}', 'e\u0301', '\u0301', 'ﬁ', 'İ', 'ß', 'ǅ',
  '<p>', '</p>', '<a href="x">', '&amp;', '&nbsp;', '<script>alert(1)</script>', '<!-- -->',
  'Путин', 'Си Цзиньпин', '習近平', '会談', 'محمد بن سلمان', 'שלום', 'नरेंद्र मोदी', 'Ελλάδα',
  '...', '!!!', '???', '—', '–', '-', '--', '“', '”', '"', "'", '’', '(', ')', '[', ']', '{', '}', ':', ';', ',', '.', '$', '%', '#', '@', '/', '\\',
  'U.S.', 'a.m.', 'Sept.', "'s", '’s', '2+2', '1,000', '3.5', '2024-02-30', '31/12/2023', '9999', '0000', 'May', 'may', 'March', 'summit', 'call',
];

/** Text made of hostile pieces, arbitrary code units (lone surrogates included) and full code points. */
export const hostileTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  // any UTF-16 code unit, so lone and reversed surrogates appear
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 80 }).map((xs) => xs.join('')),
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 60 }).map((xs) => xs.join(' ')),
  // only punctuation and white space
  fc.string({ unit: fc.constantFrom(...'.,;:!?-—–()[]"\'“”’…/\\*&^%$#@ \n\t'), maxLength: 300 }),
  // very long tokens
  fc.tuple(fc.constantFrom('a', 'Z', '9', '.', '-', "'", 'é', '😀', 'Putin'), fc.integer({ min: 100, max: 5000 })).map(([c, n]) => c.repeat(n)),
  fc.tuple(fc.constantFrom('Jae-in', 'U.S.', "O'Brien", 'al-', 'x.'), fc.integer({ min: 50, max: 800 })).map(([c, n]) => c.repeat(n)),
);

/** Text of news-like sentences with hostile pieces between them, joined by spaces or line breaks. */
export const mixedTextArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: newsSentenceArb }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), fc.constantFrom(' ', ' ', '\n', '\n\n', '', '<br>', ' \u00a0')), { maxLength: 12 })
  .map((parts) => parts.map(([s, sep]) => s + sep).join(''));

/** Any text the properties run on. */
export const anyTextArb: fc.Arbitrary<string> = fc.oneof(hostileTextArb, mixedTextArb, fc.array(newsSentenceArb, { maxLength: 10 }).map((xs) => xs.join(' ')));

/** A valid publication date: absent, a `Date`, an ISO day or an ISO timestamp, years 0001–9999. */
export const publishedAtArb: fc.Arbitrary<string | Date | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()),
);


const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `s` is an ISO day `YYYY-MM-DD` naming a real calendar day. */
export function isIsoDay(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(2000, mo - 1, d));
  probe.setUTCFullYear(y);
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/**
 * Everything that must hold of any result for the text it came from; returns the violations
 * (empty when the result is sound), so that a failing property prints what broke.
 */
export function violations(text: string, result: ExtractionResult): string[] {
  const out: string[] = [];
  for (const [where, s] of allSpans(result)) {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;
    if (!ok || text.slice(s.start, s.end) !== s.text) out.push(`${where}: ${JSON.stringify(s)} is not text.slice(start, end)`);
  }
  const ids = new Set(result.people.map((p) => p.id));
  if (ids.size !== result.people.length) out.push('person ids are not unique');
  if (new Set(result.events.map((e) => e.id)).size !== result.events.length) out.push('event ids are not unique');
  for (const e of result.events) {
    for (const p of e.participants) if (p.personId !== undefined && !ids.has(p.personId)) out.push(`event ${e.id}: participant ${p.personId} is no returned person`);
    if (!(e.confidence >= 0 && e.confidence <= 1)) out.push(`event ${e.id}: confidence ${e.confidence} outside [0, 1]`);
  }
  const dates = [...result.dates, ...result.events.flatMap((e) => (e.date ? [e.date] : []))];
  for (const d of dates) {
    if (!isIsoDay(d.start) || !isIsoDay(d.end)) out.push(`date ${JSON.stringify(d.text)}: ${d.start}..${d.end} is not a pair of ISO days`);
    else if (d.start > d.end) out.push(`date ${JSON.stringify(d.text)}: start ${d.start} after end ${d.end}`);
    if (d.text !== d.span.text) out.push(`date ${JSON.stringify(d.text)}: text differs from span.text`);
  }
  if (result.publishedAt !== null && !isIsoDay(result.publishedAt)) out.push(`publishedAt ${result.publishedAt} is not an ISO day`);
  return out;
}

export { allSpans };
