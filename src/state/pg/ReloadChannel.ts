import pg from 'pg';
import { z } from 'zod';
import type { OutageLog } from '../OutageLog';
import type { ReloadNotice } from '../StateStore';
import { safeJson } from '../file/JsonlUsageLog';

/** The NOTIFY channel reloads are announced on. */
export const RELOAD_CHANNEL = 'econ_reload';

const Notice = z.object({ version: z.coerce.number(), from: z.string() });

/** Options for ReloadChannel. */
export interface ReloadChannelOptions {
  /** Settings for the dedicated listening connection. */
  client: pg.ClientConfig;
  instanceId: string;
  /** Resolves once the schema exists. */
  ready: () => Promise<unknown>;
  outage: OutageLog;
  /** Wait before reconnecting a lost listening connection (default 5 s). */
  reconnectMs?: number;
}

/**
 * `/econ reload` across instances: the instance that reloaded bumps `econ_corpus_version` and sends
 * NOTIFY in the same statement; every other instance LISTENs on its own connection and reloads.
 * A notice missed while the connection was down is not lost: on reconnecting, an instance compares
 * the version with the last one it saw and reloads if it moved.
 */
export class ReloadChannel {
  readonly #options: ReloadChannelOptions;
  readonly #listeners = new Set<(notice: ReloadNotice) => void>();
  #client: pg.Client | null = null;
  #seenVersion: number | null = null;
  #timer: NodeJS.Timeout | null = null;
  #closed = false;

  constructor(options: ReloadChannelOptions) {
    this.#options = options;
  }

  /**
   * Starts listening (in the background; failures are retried). The corpus version is read first
   * when the database is up, so a reload announced before the listener is connected is still heard.
   */
  async start(db: pg.Pool | null): Promise<void> {
    if (db !== null) {
      const { rows } = await db.query<{ version: string }>('SELECT version FROM econ_corpus_version WHERE id = 1').catch(() => ({ rows: [] }));
      if (rows[0] !== undefined) this.#seenVersion = Number(rows[0].version);
    }
    void this.#connect();
  }

  /** Registers a listener; returns the function that removes it. */
  subscribe(listener: (notice: ReloadNotice) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Bumps the corpus version and notifies every instance (this one ignores its own notice). */
  async announce(db: pg.Pool): Promise<void> {
    const { rows } = await db.query<{ version: string }>(
      `WITH bumped AS (
         UPDATE econ_corpus_version SET version = version + 1, reloaded_by = $1, reloaded_at = now() WHERE id = 1 RETURNING version)
       SELECT version, pg_notify($2, json_build_object('version', version, 'from', $1::text)::text) FROM bumped`,
      [this.#options.instanceId, RELOAD_CHANNEL],
    );
    const version = Number(rows[0]?.version);
    if (this.#seenVersion === null || version > this.#seenVersion) this.#seenVersion = version;
  }

  /** Closes the listening connection and stops reconnecting. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    await this.#client?.end().catch(() => undefined);
  }

  async #connect(): Promise<void> {
    if (this.#closed) return;
    const client = new pg.Client(this.#options.client);
    client.on('error', () => undefined);
    try {
      await this.#options.ready();
      await client.connect();
      client.on('notification', (message) => this.#onNotification(message.payload));
      client.on('end', () => this.#lost(null));
      await client.query(`LISTEN ${RELOAD_CHANNEL}`);
      const { rows } = await client.query<{ version: string; reloaded_by: string | null }>('SELECT version, reloaded_by FROM econ_corpus_version WHERE id = 1');
      this.#client = client;
      if (this.#closed) return void (await client.end());
      this.#catchUp(Number(rows[0]?.version ?? 0), rows[0]?.reloaded_by ?? 'unknown');
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      this.#lost(error);
    }
  }

  /** First connection: remember the version. Reconnection: reload if it moved meanwhile. */
  #catchUp(version: number, by: string): void {
    const previous = this.#seenVersion;
    this.#seenVersion = previous === null ? version : Math.max(previous, version);
    if (previous !== null && version > previous && by !== this.#options.instanceId) this.#emit({ from: by });
  }

  #onNotification(payload: string | undefined): void {
    const notice = Notice.safeParse(safeJson(payload ?? ''));
    if (!notice.success) return;
    const { version, from } = notice.data;
    if (this.#seenVersion !== null && version <= this.#seenVersion) return;
    this.#seenVersion = version;
    if (from !== this.#options.instanceId) this.#emit({ from });
  }

  #emit(notice: ReloadNotice): void {
    for (const listener of this.#listeners) listener(notice);
  }

  #lost(error: unknown): void {
    if (this.#closed || this.#timer !== null) return;
    this.#client = null;
    this.#options.outage.failed(error ?? new Error('reload listener connection closed'), 'reload notices wait');
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#connect();
    }, this.#options.reconnectMs ?? 5000).unref();
  }
}
