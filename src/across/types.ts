import type { DateRef, DiplomaticEvent, EventLocation, EventStatus, EventType, ExtractionResult, Participant } from '../types.js';

/** One article's extraction for {@link mergeAcross}: its id and what `extract` returned for it. */
export interface ArticleResult {
  /** The article's id, as the caller knows it (copied into each source). */
  id: unknown;
  /** The article's result, as `extract` (or a `--jsonl` line) gives it. */
  result: Pick<ExtractionResult, 'publishedAt' | 'events'>;
}

/** One report of a merged event: the article and its event. */
export interface EventSource {
  /** The article's id. */
  id: unknown;
  /** The article's publication date, or `null`. */
  publishedAt: string | null;
  /** The event as that article reports it. */
  event: DiplomaticEvent;
}

/** One real-world event, merged from the reports of several articles. */
export interface MergedEvent {
  /** Stable id within one merge ("m1", "m2", … in order of first report). */
  id: string;
  type: EventType;
  /** The parties, persons first: a person of any report, a country where no report names a person for it. */
  participants: Participant[];
  /** The narrowest date the reports agree on (that of the reports of the final status first), or `null`. */
  date: DateRef | null;
  /** The most specific place the reports give (a city over a country), or `null`. */
  location: EventLocation | null;
  /** The status of the latest report (by publication date, then input order): planned → occurred, planned → cancelled. */
  status: EventStatus;
  /** Every report, in the order they were published (then input order): the status history. */
  sources: EventSource[];
  /** 1 − Π(1 − confidence) over independent articles: grows with each article that reports it. */
  confidence: number;
}
