import { InvalidArgumentError, MissingDependencyError } from '../errors.js';
import type { QueueTarget } from './types.js';

/** The parts of BullMQ the queue uses; loaded on first use, as it is an optional peer dependency. */
export type BullMQ = typeof import('bullmq');

/** A BullMQ queue. */
export type BullQueue = InstanceType<BullMQ['Queue']>;

let loading: Promise<BullMQ> | undefined;

/** Loads `bullmq` once, or throws {@link MissingDependencyError} when it is not installed. */
export function loadBullmq(): Promise<BullMQ> {
  loading ??= import('bullmq').catch((error: unknown) => {
    loading = undefined;
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new MissingDependencyError('bullmq', 'the work queue');
    throw error;
  });
  return loading;
}

const QUEUE_NAME = /^[A-Za-z0-9._-]{1,100}$/;

/** Checks a {@link QueueTarget}, throwing {@link InvalidArgumentError} naming the bad field. */
export function checkTarget(target: QueueTarget, argument = 'options'): void {
  if (target === null || typeof target !== 'object') throw new InvalidArgumentError(argument, 'an object with "redis" and "queue"', target);
  if (typeof target.redis !== 'string' || !/^rediss?:\/\/[^\s]+$/.test(target.redis)) {
    throw new InvalidArgumentError(`${argument}.redis`, 'a Redis URL such as "redis://127.0.0.1:6379"', target.redis);
  }
  if (typeof target.queue !== 'string' || !QUEUE_NAME.test(target.queue)) {
    throw new InvalidArgumentError(`${argument}.queue`, 'a queue name of letters, digits, "-", "_" and "."', target.queue);
  }
}

/** BullMQ's connection options (passed on to ioredis). */
export interface ConnectionOptions {
  url: string;
  maxRetriesPerRequest: number | null;
  retryStrategy?: (times: number) => number | null;
}

/**
 * BullMQ's connection options for a target. A worker's commands wait for a lost connection to come
 * back (`maxRetriesPerRequest: null`, reconnecting without end), which is what lets workers ride
 * out a Redis restart; the short commands (add, results, status) give up after a few seconds of
 * failed reconnections, so that a wrong URL or a server that is down is an error, not a hang.
 */
export function connectionOf(target: QueueTarget, role: 'worker' | 'client' = 'client'): ConnectionOptions {
  if (role === 'worker') return { url: target.redis, maxRetriesPerRequest: null };
  return { url: target.redis, maxRetriesPerRequest: 3, retryStrategy: (times) => (times > CLIENT_RECONNECTS ? null : Math.min(times * 200, 1000)) };
}

/** Reconnection attempts of a short command before it fails (about three seconds in all). */
const CLIENT_RECONNECTS = 5;

/**
 * Opens the queue of a target for a short command; its errors reach the caller as rejected
 * promises, so its error events are only listened to (an unheard one would end the process).
 */
export async function openQueue(target: QueueTarget): Promise<BullQueue> {
  const { Queue } = await loadBullmq();
  const queue = new Queue(target.queue, { connection: connectionOf(target) });
  queue.on('error', () => undefined);
  return queue;
}
