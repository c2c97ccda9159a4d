/**
 * Merging across articles: one record per real-world event from the results of many articles.
 *
 * @packageDocumentation
 */
export { mergeAcross } from './merge-across.js';
export type { ArticleResult, EventSource, MergedEvent } from './types.js';
