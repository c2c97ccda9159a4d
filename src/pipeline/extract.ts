import type { CountryMention, CountryRef, ExtractOptions, ExtractionResult } from '../types.js';
import { unresolvedDateWarnings } from './warnings.js';
import { readUndated, withoutUnresolvedDates } from './undated.js';
import { InvalidArgumentError } from '../errors.js';
import { publishedOf } from '../dates/published-at.js';
import { findDates } from '../dates/index.js';
import { datesOutsideNames } from '../dates/outside-names.js';
import { countryName, findGazetteerMentions } from '../entities/countries/index.js';
import { findPeople } from '../entities/people/find-people.js';
import { findEvents } from '../events/find-events.js';
import { segment } from '../text/segment.js';

/**
 * The longest text {@link extract} reads: 10 MiB of UTF-16 code units (10 485 760), far more than
 * any article. Time and memory grow linearly with the text (about 1.7 s of CPU and under 100 MB of
 * heap per MB of news text; up to about 250 MB of heap per MB for text that is one punctuation mark
 * after another), so the cap bounds what one call can take.
 */
export const MAX_TEXT_LENGTH = 10 * 1024 * 1024;

/**
 * Reads one news article and returns the people, countries, dates and diplomatic events in it.
 *
 * Synchronous and pure: the same input always gives the same output. The NLP models load on the
 * first call and are reused.
 *
 * @param text The article text. Offsets in the result are UTF-16 code units into this string.
 * @param options `publishedAt` (or `published`): the publication date, used to resolve relative dates.
 * @throws {InvalidArgumentError} when `text` is not a string or is longer than {@link MAX_TEXT_LENGTH},
 * `options` is not an object, or `options.publishedAt` (`options.published`) is not a valid date.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  if (typeof text !== 'string') throw new InvalidArgumentError('text', 'a string', text);
  if (text.length > MAX_TEXT_LENGTH) {
    throw new InvalidArgumentError('text', `a string of at most ${MAX_TEXT_LENGTH} characters (10 MiB)`, text);
  }
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError('options', 'an object', options);
  const publishedAt = publishedOf(options, 'options');
  const doc = segment(text);
  const { countries: countryMentions, organisations: organisationMentions, places: placeMentions } = findGazetteerMentions(text);
  const people = findPeople({ doc, countryMentions, organisationMentions, placeMentions, publishedAt });
  const found = findDates(text, { publishedAt, sentences: doc.sentences });
  const dates = datesOutsideNames(found, people);
  // no publication date: events are read with every date expression in place, and keep only the dates that resolve
  const undated = publishedAt === null ? readUndated(text, doc.sentences, found) : undefined;
  const readWith = undated ? datesOutsideNames(undated.expressions, people) : dates;
  const read = findEvents({ doc, people, countryMentions, organisationMentions, placeMentions, dates: readWith, publishedAt });
  const events = undated ? withoutUnresolvedDates(read, dates) : read;
  const warnings = undated ? unresolvedDateWarnings(undated.unresolved) : [];
  return { publishedAt, people, countries: groupCountries(countryMentions), dates, events, warnings };
}

/** Groups country mentions by country, in order of first mention. */
export function groupCountries(mentions: CountryMention[]): CountryRef[] {
  const byCode = new Map<string, CountryRef>();
  for (const m of mentions) {
    let ref = byCode.get(m.code);
    if (!ref) {
      ref = { code: m.code, name: countryName(m.code) ?? m.code, mentions: [] };
      byCode.set(m.code, ref);
    }
    ref.mentions.push(m);
  }
  return [...byCode.values()];
}
