/**
 * `diplomatic-events/queue`: the work queue on Redis and BullMQ (an optional peer dependency:
 * `npm install bullmq`). Add articles as JSON Lines, run workers on any number of machines, read
 * the results in the order added; see the README's "Scaling out".
 */
export { addArticles } from './add-articles.js';
export { createWorker } from './worker.js';
export { readResults, queueStatus } from './read-results.js';
export { jobIdOf } from './job-id.js';
export type * from './types.js';
export { InvalidArgumentError, MissingDependencyError, DiplomaticEventsError } from '../errors.js';
