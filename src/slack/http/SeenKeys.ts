/**
 * Remembers keys for a while so something is done once only. econ-bot claims each accepted Slack
 * request signature here, so a replayed request is refused. The in-memory version holds within one
 * process; a shared state store with the same `claimOnce` makes it hold across instances.
 */
export interface SeenKeys {
  /** True the first time `key` is claimed within `ttlMs`; false if it was already claimed and has not expired. */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
}

/** `SeenKeys` in a Map, for one process. Expired keys are dropped as new ones arrive. */
export class MemorySeenKeys implements SeenKeys {
  readonly #expiries = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    this.#sweep(now);
    const expiry = this.#expiries.get(key);
    if (expiry !== undefined && expiry > now) return false;
    // Re-inserted so the Map stays roughly in expiry order for the sweep.
    this.#expiries.delete(key);
    this.#expiries.set(key, now + ttlMs);
    return true;
  }

  /** How many keys are remembered (expired ones included until the next claim). */
  get size(): number {
    return this.#expiries.size;
  }

  /** Drops expired keys from the front; callers use one TTL, so insertion order is expiry order. */
  #sweep(now: number): void {
    for (const [key, expiry] of this.#expiries) {
      if (expiry > now) break;
      this.#expiries.delete(key);
    }
  }
}
