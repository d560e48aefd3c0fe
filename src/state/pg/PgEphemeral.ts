import type pg from 'pg';
import type { OutageLog } from '../OutageLog';
import type { JsonValue } from '../records';
import { TtlMap } from '../TtlMap';

/**
 * Seen keys and thread context in the database, shared by every instance. While the database is
 * unreachable they fall back to this instance's memory (a request is never refused for it), and the
 * outage is logged once a minute.
 */
export class PgEphemeral {
  readonly #seen = new TtlMap();
  readonly #context = new TtlMap();

  constructor(
    private readonly db: () => Promise<pg.Pool>,
    private readonly outage: OutageLog,
  ) {}

  /** See StateStore.claimOnce. */
  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    try {
      const { rowCount } = await (await this.db()).query(
        `INSERT INTO econ_seen_keys AS k (key, expires_at) VALUES ($1, now() + $2 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE k.expires_at <= now()`,
        [key, ttlMs],
      );
      this.outage.succeeded();
      // Remembered here too, so a repeat during a later outage is still caught by this instance.
      if (rowCount === 1) this.#seen.set(key, true, ttlMs);
      return rowCount === 1;
    } catch (error) {
      this.#failed(error, 'repeated requests are caught in this instance only');
      return this.#seen.claim(key, ttlMs);
    }
  }

  /** See StateStore.getContext. */
  async getContext(key: string): Promise<JsonValue | null> {
    try {
      const { rows } = await (await this.db()).query<{ value: JsonValue }>(
        'SELECT value FROM econ_thread_context WHERE key = $1 AND expires_at > now()',
        [key],
      );
      return rows[0]?.value ?? this.#context.get(key) ?? null;
    } catch (error) {
      this.#failed(error, 'thread context is kept in this instance only');
      return this.#context.get(key) ?? null;
    }
  }

  /** See StateStore.setContext. */
  async setContext(key: string, value: JsonValue, ttlMs: number): Promise<void> {
    try {
      await (await this.db()).query(
        `INSERT INTO econ_thread_context (key, value, expires_at) VALUES ($1, $2::jsonb, now() + $3 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`,
        [key, JSON.stringify(value), ttlMs],
      );
    } catch (error) {
      this.#failed(error, 'thread context is kept in this instance only');
      this.#context.set(key, value, ttlMs);
    }
  }

  /** Drops expired entries here and in the database. */
  async sweep(): Promise<void> {
    this.#seen.sweep();
    this.#context.sweep();
    try {
      const db = await this.db();
      await db.query('DELETE FROM econ_seen_keys WHERE expires_at <= now()');
      await db.query('DELETE FROM econ_thread_context WHERE expires_at <= now()');
    } catch {
      // The next sweep tries again; outages are reported by the calls that need the database.
    }
  }

  #failed(error: unknown, waiting: string): void {
    this.outage.failed(error, waiting);
  }
}
