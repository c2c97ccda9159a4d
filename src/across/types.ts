import type { DiplomaticEvent, ExtractionResult } from '../types.js';

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

/**
 * One real-world event, merged from the reports of several articles. `type` is theirs;
 * `participants` are the persons of every report, then each state no person stands for; `date` is
 * the narrowest the reports of the final status give; `location` the most specific (a city over a
 * country); `status` the latest report's (by publication date, then input order).
 */
export interface MergedEvent extends Pick<DiplomaticEvent, 'type' | 'participants' | 'date' | 'location' | 'status'> {
  /** Stable id within one merge ("m1", "m2", … in order of first report). */
  id: string;
  /** Every report, in the order they were published (then input order): the status history. */
  sources: EventSource[];
  /** 1 − Π(1 − confidence) over independent articles: grows with each article that reports it. */
  confidence: number;
}
