/**
 * diplomatic-events: people, countries, dates and diplomatic events (phone calls, meetings,
 * summits) from English news articles.
 *
 * `extract` runs the whole pipeline; each stage is exported too, so that it can be run, tested or
 * replaced on its own:
 *
 * 1. {@link segment}: text → sentences and tokens
 * 2. {@link findCountryMentions} / {@link findOrganisationMentions}: text → country and organisation mentions
 * 3. {@link findPeople}: tokens + country mentions → people
 * 4. {@link findDates}: text + publication date → resolved dates
 * 5. {@link findEvents}: everything above → diplomatic events
 */
export { extract, groupCountries, MAX_TEXT_LENGTH } from './pipeline/extract.js';
export { extractMany, type ExtractManyItem, type ExtractManyResult, type ExtractManyOptions } from './batch/extract-many.js';
export { mergeAcross, type ArticleResult, type EventSource, type MergedEvent } from './across/index.js';
export { segment } from './text/segment.js';
export { findCountryMentions, findOrganisationMentions, findPlaceMentions, findRegionMentions, countryName, type PlaceMention, type RegionMention, type OrganisationMention } from './entities/countries/index.js';
export { findPeople, type PeopleInput } from './entities/people/find-people.js';
export { findDates, type FindDatesOptions } from './dates/index.js';
export { findEvents, type EventsInput } from './events/find-events.js';
export { normalisePublishedAt } from './dates/published-at.js';
export { DiplomaticEventsError, InvalidArgumentError, MissingDependencyError } from './errors.js';
export { toHtml, toHtmlPage, type HtmlOptions } from './output/html.js';
export type * from './types.js';
export type { TextDocument, Sentence, Token } from './text/types.js';
