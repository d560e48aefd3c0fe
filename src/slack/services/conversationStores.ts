/**
 * The two pieces of shared state conversations need, named as the state store names them
 * (`claimOnce`, `getContext`, `setContext`) so the store itself can stand in for both. Until it is
 * wired in, createServices uses the in-memory versions below (one instance only).
 */

/** A JSON value, as thread context holds it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

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

/** Entries kept at most; the oldest go first, so a flood of keys cannot exhaust memory. */
const MAX_ENTRIES = 50_000;

/** In-memory EventDedupe and ThreadContextStore for a single instance (and the terminal). */
export class MemoryConversationStore implements EventDedupe, ThreadContextStore {
  readonly #claims = new Map<string, number>();
  readonly #contexts = new Map<string, { value: JsonValue; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    const until = this.#claims.get(key);
    if (until !== undefined && until > this.now()) return false;
    remember(this.#claims, key, this.now() + ttlMs);
    return true;
  }

  async getContext(key: string): Promise<JsonValue | null> {
    const entry = this.#contexts.get(key);
    if (entry === undefined) return null;
    if (entry.until <= this.now()) {
      this.#contexts.delete(key);
      return null;
    }
    return structuredClone(entry.value);
  }

  async setContext(key: string, value: JsonValue, ttlMs: number): Promise<void> {
    remember(this.#contexts, key, { value: structuredClone(value), until: this.now() + ttlMs });
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
}
