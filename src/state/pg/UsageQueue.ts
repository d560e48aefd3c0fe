import { randomUUID } from 'node:crypto';
import type { OutageLog } from '../OutageLog';
import type { UsageRecords } from '../records';
import type { KeyedRecord } from './usageRows';

/** Options for UsageQueue. */
export interface UsageQueueOptions {
  /** Writes a batch; throws when the database cannot be reached. */
  write(batch: readonly KeyedRecord[]): Promise<void>;
  outage: OutageLog;
  /** Wait before writing again after a failure (default 5 s). */
  retryMs?: number;
  /** Records kept while the database is down; the oldest beyond it are dropped and counted (default 50 000). */
  maxPending?: number;
}

const BATCH = 500;

/**
 * Question and feedback records on their way to the database. Recording never waits for the database
 * (an answer is never held up or lost because the log is down): records queue in memory, are written
 * in batches, and while the database is unreachable they wait and are retried. Each record has an id,
 * so a batch written twice (the reply to a commit was lost) is stored once.
 */
export class UsageQueue {
  readonly #options: Required<UsageQueueOptions>;
  #pending: KeyedRecord[] = [];
  #dropped = 0;
  #flushing: Promise<void> | null = null;
  #retry: NodeJS.Timeout | null = null;
  #closed = false;

  constructor(options: UsageQueueOptions) {
    this.#options = { retryMs: 5000, maxPending: 50_000, ...options };
  }

  /** Records waiting to be written. */
  get pending(): number {
    return this.#pending.length;
  }

  /** Queues a record and starts writing. */
  add(record: Omit<KeyedRecord, 'id'>): void {
    this.#pending.push({ ...record, id: randomUUID() } as KeyedRecord);
    if (this.#pending.length > this.#options.maxPending) {
      this.#dropped += this.#pending.length - this.#options.maxPending;
      this.#pending.splice(0, this.#pending.length - this.#options.maxPending);
    }
    this.#kick();
  }

  /** The queued records, for statistics read while some are not written yet. */
  unwritten(): Pick<UsageRecords, 'questions' | 'votes'> {
    const questions = this.#pending.flatMap((r) => (r.kind === 'question' ? [r.record] : []));
    const votes = this.#pending.flatMap((r) => (r.kind === 'vote' ? [r.record] : []));
    return { questions, votes };
  }

  /** Writes what is queued now; resolves when the queue is empty or one attempt failed. */
  async flush(): Promise<void> {
    if (this.#retry !== null) {
      clearTimeout(this.#retry);
      this.#retry = null;
    }
    this.#kick();
    await this.#flushing;
  }

  /** Stops retrying; what is still queued is counted in the returned number. */
  close(): number {
    this.#closed = true;
    if (this.#retry !== null) clearTimeout(this.#retry);
    return this.#pending.length;
  }

  #kick(): void {
    if (this.#flushing !== null || this.#retry !== null || this.#closed) return;
    this.#flushing = this.#drain().finally(() => {
      this.#flushing = null;
    });
  }

  async #drain(): Promise<void> {
    while (this.#pending.length > 0) {
      const batch = this.#pending.slice(0, BATCH);
      try {
        await this.#options.write(batch);
      } catch (error) {
        const dropped = this.#dropped > 0 ? ` (${this.#dropped} oldest dropped)` : '';
        this.#options.outage.failed(error, `${this.#pending.length} question/feedback records wait to be written${dropped}`);
        if (!this.#closed) this.#retry = setTimeout(() => ((this.#retry = null), this.#kick()), this.#options.retryMs).unref();
        return;
      }
      const written = new Set(batch);
      this.#pending = this.#pending.filter((record) => !written.has(record));
      this.#options.outage.succeeded();
    }
  }
}
