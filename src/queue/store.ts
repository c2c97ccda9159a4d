import type { BullQueue } from './bullmq.js';
import type { QueueTarget } from './types.js';

/** What the queue's Redis client must do for the store (an ioredis client, as BullMQ hands out). */
export interface StoreClient {
  eval(script: string, keys: number, ...args: string[]): Promise<unknown>;
  hset(key: string, field: string, value: string): Promise<unknown>;
  hmget(key: string, ...fields: string[]): Promise<Array<string | null>>;
  hlen(key: string): Promise<number>;
  llen(key: string): Promise<number>;
  lrange(key: string, start: number, stop: number): Promise<string[]>;
  sismember(key: string, member: string): Promise<number>;
}

/**
 * The queue's own records beside BullMQ's jobs, under `diplomatic-events:<queue>:`:
 * - `added`, a set of the job ids ever added (so a line is added once, even after its job is gone);
 * - `order`, the job ids in the order they were added;
 * - `results`, a hash from job id to the output line. Writing a result is idempotent: a job run
 *   twice (its worker died after writing) writes the same line under the same key.
 */
export class ResultStore {
  private readonly keys: { added: string; order: string; results: string };

  constructor(
    private readonly client: StoreClient,
    target: QueueTarget,
  ) {
    const base = `diplomatic-events:${target.queue}`;
    this.keys = { added: `${base}:added`, order: `${base}:order`, results: `${base}:results` };
  }

  /** Whether a job id was ever added. */
  async isAdded(jobId: string): Promise<boolean> {
    return (await this.client.sismember(this.keys.added, jobId)) === 1;
  }

  /** Records a job id as added, at the end of the order; false if it already was. Atomic. */
  async recordAdded(jobId: string): Promise<boolean> {
    return (await this.client.eval(RECORD_ADDED, 2, this.keys.added, this.keys.order, jobId)) === 1;
  }

  async writeResult(jobId: string, json: string): Promise<void> {
    await this.client.hset(this.keys.results, jobId, json);
  }

  /** The job ids in the order added, from `start`, at most `count`. */
  async order(start: number, count: number): Promise<string[]> {
    return this.client.lrange(this.keys.order, start, start + count - 1);
  }

  /** The results of these job ids (`null` where there is none yet). */
  async results(jobIds: string[]): Promise<Array<string | null>> {
    return jobIds.length === 0 ? [] : this.client.hmget(this.keys.results, ...jobIds);
  }

  async countAdded(): Promise<number> {
    return this.client.llen(this.keys.order);
  }

  async countDone(): Promise<number> {
    return this.client.hlen(this.keys.results);
  }
}

/** The store of a target, on the Redis connection its BullMQ queue already holds. */
export async function storeOf(queue: BullQueue, target: QueueTarget): Promise<ResultStore> {
  return new ResultStore((await queue.client) as unknown as StoreClient, target);
}

/** SADD and RPUSH as one step: the order lists each job id once, whoever adds it. */
const RECORD_ADDED = `if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('RPUSH', KEYS[2], ARGV[1])
  return 1
end
return 0`;
