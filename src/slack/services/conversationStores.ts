import type { JsonValue } from '../../state/records';

/**
 * The two pieces of shared state conversations need, as narrow views of the state store (which
 * provides both: in memory for the file store, in PostgreSQL across instances).
 */

/** Answers each Slack event once, even when Slack retries it or several instances receive it. */
export interface EventDedupe {
  /** True the first time `key` is claimed within `ttlMs`; false for a repeat while it lasts. */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
}

/** Per-conversation context (a thread, a DM), kept for a while after its last question. */
export interface ThreadContextStore {
  /** The value stored under `key`, or null when there is none or it expired. */
  getContext(key: string): Promise<JsonValue | null>;
  /** Stores `value` under `key` for `ttlMs`. */
  setContext(key: string, value: JsonValue, ttlMs: number): Promise<void>;
}
