import type pg from 'pg';
import type { OutageLog, OutageLogger } from '../OutageLog';
import { importFileState } from './importFileState';
import { migrate } from './migrations';

/** Options for PgReadiness. */
export interface PgReadinessOptions {
  pool: pg.Pool;
  /** ECON_STATE_DIR, whose files the first start on a database imports; null to import nothing. */
  importFrom: string | null;
  outage: OutageLog;
  logger: OutageLogger;
  retryMs: number;
}

/**
 * Brings the database schema up to date (and runs the one-time file import) before the store uses
 * it. If the database cannot be reached at start, the bot starts anyway and this keeps trying in the
 * background; until then the store reports itself unavailable and callers wait.
 */
export class PgReadiness {
  /** True once the schema is in place. */
  migrated = false;
  /** Why the last attempt failed. */
  lastError: unknown = null;
  /** Resolves once the schema is in place. */
  readonly ready: Promise<void>;
  readonly #resolve: () => void;
  #timer: NodeJS.Timeout | null = null;
  #closed = false;

  constructor(private readonly options: PgReadinessOptions) {
    let resolve: () => void = () => undefined;
    this.ready = new Promise<void>((r) => (resolve = r));
    this.#resolve = resolve;
  }

  /** Tries once now; on failure, retries every `retryMs` in the background. */
  async firstAttempt(): Promise<void> {
    await this.#attempt();
  }

  /** Stops retrying. */
  close(): void {
    this.#closed = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
  }

  async #attempt(): Promise<void> {
    const { pool, importFrom, outage, logger } = this.options;
    let client: pg.PoolClient | null = null;
    let broken = false;
    try {
      client = await pool.connect();
      const applied = await migrate(client, async (locked) => {
        if (importFrom === null) return;
        const imported = await importFileState(locked, importFrom);
        if (imported !== null && imported.questions + imported.votes + (imported.digestSlot ? 1 : 0) > 0) {
          const slot = imported.digestSlot !== null ? ` and digest slot ${imported.digestSlot}` : '';
          logger.info(`state database: imported ${imported.questions} questions, ${imported.votes} votes${slot} from ${importFrom} (first start on this database)`);
        }
      });
      this.migrated = true;
      this.#resolve();
      outage.succeeded();
      logger.info(`state database ready${applied.length > 0 ? ` (applied migrations ${applied.join(', ')})` : ''}`);
    } catch (error) {
      broken = true;
      this.lastError = error;
      outage.failed(error, 'the schema check waits; question logs and digests wait until it is done');
      if (!this.#closed) this.#timer = setTimeout(() => void this.#attempt(), this.options.retryMs).unref();
    } finally {
      client?.release(broken);
    }
  }
}
