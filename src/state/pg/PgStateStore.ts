import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { OutageLog, type OutageLogger } from '../OutageLog';
import { QuestionRecord, VoteRecord, type JsonValue, type UsageRecords } from '../records';
import { SLOT_LEASE_MS, StateUnavailableError, type ReloadNotice, type SlotClaimResult, type StateStore } from '../StateStore';
import { PgEphemeral } from './PgEphemeral';
import { PgReadiness } from './PgReadiness';
import { PgSlotLedger } from './PgSlotLedger';
import { ReloadChannel } from './ReloadChannel';
import { UsageQueue } from './UsageQueue';
import { insertUsage, selectUsage } from './usageRows';

/** Options for PgStateStore. */
export interface PgStateStoreOptions {
  /** `postgres://user:password@host:port/database` (ECON_DATABASE_URL). */
  url: string;
  /** Folder whose JSONL logs and digest marker the first start on a database imports. */
  importFrom: string | null;
  logger: OutageLogger & { error(...messages: unknown[]): void };
  leaseMs?: number;
  /** Wait between retries while the database is unreachable (default 5 s). */
  retryMs?: number;
  /** Outage lines at most once per this (default one minute); tests shorten it with a clock. */
  outage?: { intervalMs?: number; now?: () => number };
}

const SWEEP_MS = 10 * 60 * 1000;
const CLOSE_FLUSH_MS = 3000;

/**
 * The state store in PostgreSQL (ECON_DATABASE_URL), for any number of instances: slots are claimed
 * in the database, logs and seen keys are shared, and reloads reach every instance (ReloadChannel).
 *
 * A database that is down never stops questions being answered: records queue and are retried, seen
 * keys and context fall back to this instance's memory, digests wait, and the outage is logged once
 * per minute. If the database is unreachable at start, the bot starts anyway and migrates when it can.
 */
export class PgStateStore implements StateStore {
  readonly kind = 'postgres';
  readonly instanceId = randomUUID();
  readonly outage: OutageLog;
  readonly #pool: pg.Pool;
  readonly #readiness: PgReadiness;
  readonly #slots: PgSlotLedger;
  readonly #usage: UsageQueue;
  readonly #reload: ReloadChannel;
  readonly #ephemeral: PgEphemeral;
  readonly #sweep: NodeJS.Timeout;
  #announcePending: NodeJS.Timeout | null = null;

  private constructor(private readonly options: PgStateStoreOptions) {
    const retryMs = options.retryMs ?? 5000;
    this.outage = new OutageLog({ what: 'state database', logger: options.logger, ...options.outage });
    const connection = { connectionString: options.url, connectionTimeoutMillis: 5000, keepAlive: true, application_name: 'econ-bot' };
    this.#pool = new pg.Pool({ ...connection, max: 5, idleTimeoutMillis: 30_000, query_timeout: 15_000 });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    this.#pool.on('error', (error) => this.outage.failed(error, 'it reconnects on the next query'));
    this.#readiness = new PgReadiness({ pool: this.#pool, importFrom: options.importFrom, outage: this.outage, logger: options.logger, retryMs });
    this.#slots = new PgSlotLedger(() => this.#db(), this.instanceId, options.leaseMs ?? SLOT_LEASE_MS);
    this.#usage = new UsageQueue({ write: async (batch) => insertUsage(await this.#db(), batch), outage: this.outage, retryMs });
    this.#reload = new ReloadChannel({ client: connection, instanceId: this.instanceId, ready: () => this.#readiness.ready, outage: this.outage, reconnectMs: retryMs });
    this.#ephemeral = new PgEphemeral(() => this.#db(), this.outage);
    this.#sweep = setInterval(() => void this.#ephemeral.sweep(), SWEEP_MS).unref();
  }

  /** Connects and migrates (under an advisory lock); if the database is down, keeps trying in the background. */
  static async open(options: PgStateStoreOptions): Promise<PgStateStore> {
    const store = new PgStateStore(options);
    await store.#readiness.firstAttempt();
    await store.#reload.start(store.#readiness.migrated ? store.#pool : null);
    return store;
  }

  /** Resolves once the schema is in place (tests wait for it). */
  get ready(): Promise<void> {
    return this.#readiness.ready;
  }

  /** The pool, once the schema exists; otherwise why not, as StateUnavailableError. */
  async #db(): Promise<pg.Pool> {
    if (!this.#readiness.migrated) throw new StateUnavailableError(this.#readiness.lastError ?? new Error('not migrated yet'));
    return this.#pool;
  }

  /** Runs `work`; a failure is logged as an outage (once a minute) and rethrown as StateUnavailableError. */
  async #guard<T>(work: () => Promise<T>, waiting: string): Promise<T> {
    try {
      const result = await work();
      this.outage.succeeded();
      return result;
    } catch (error) {
      this.outage.failed(error, waiting);
      throw error instanceof StateUnavailableError ? error : new StateUnavailableError(error);
    }
  }

  claimSlot(channel: string, slot: Date): Promise<SlotClaimResult> {
    return this.#guard(async () => {
      const result = await this.#slots.claimSlot(channel, slot);
      if (result.status !== 'claimed') return result;
      const { claim } = result;
      const settle = (step: () => Promise<void>) => () => this.#guard(step, 'the digest outcome waits to be recorded');
      return { ...result, claim: { markPosted: settle(claim.markPosted), markUnknown: settle(claim.markUnknown), release: settle(claim.release) } };
    }, 'the digest waits');
  }

  async recordQuestion(record: QuestionRecord): Promise<void> {
    this.#usage.add({ kind: 'question', record: QuestionRecord.parse(record) });
  }

  async recordVote(record: VoteRecord): Promise<void> {
    this.#usage.add({ kind: 'vote', record: VoteRecord.parse(record) });
  }

  /** Writes what is queued, then reads both logs; records still queued (database down) are included. */
  async readUsage(): Promise<UsageRecords> {
    await this.#usage.flush();
    const stored = await this.#guard(async () => selectUsage(await this.#db()), 'statistics wait');
    const queued = this.#usage.unwritten();
    return { ...stored, questions: [...stored.questions, ...queued.questions], votes: [...stored.votes, ...queued.votes] };
  }

  /** Records waiting to be written to the database. */
  get pendingRecords(): number {
    return this.#usage.pending;
  }

  claimOnce(key: string, ttlMs: number): Promise<boolean> {
    return this.#ephemeral.claimOnce(key, ttlMs);
  }

  getContext(key: string): Promise<JsonValue | null> {
    return this.#ephemeral.getContext(key);
  }

  setContext(key: string, value: JsonValue, ttlMs: number): Promise<void> {
    return this.#ephemeral.setContext(key, value, ttlMs);
  }

  /** Notifies every instance; while the database is down, keeps trying in the background. */
  async announceReload(): Promise<void> {
    if (this.#announcePending !== null) clearTimeout(this.#announcePending);
    this.#announcePending = null;
    try {
      await this.#guard(async () => this.#reload.announce(await this.#db()), 'the reload notice to other instances waits');
    } catch {
      this.#announcePending = setTimeout(() => void this.announceReload(), this.options.retryMs ?? 5000).unref();
    }
  }

  onReload(listener: (notice: ReloadNotice) => void): () => void {
    return this.#reload.subscribe(listener);
  }

  /** Writes queued records (one attempt), then closes the listener and the pool. */
  async close(): Promise<void> {
    clearInterval(this.#sweep);
    if (this.#announcePending !== null) clearTimeout(this.#announcePending);
    this.#readiness.close();
    // One bounded attempt: a database that is down must not hold up the shutdown.
    await Promise.race([this.#usage.flush(), new Promise((resolve) => setTimeout(resolve, CLOSE_FLUSH_MS).unref())]);
    const left = this.#usage.close();
    if (left > 0) this.options.logger.error(`state database: ${left} question/feedback records could not be written before stopping`);
    await this.#reload.close();
    await this.#pool.end();
  }
}
