import type { JsonValue } from './records';

/** One stored value and when it stops counting (epoch ms). */
export interface TtlEntry {
  value: JsonValue;
  expiresAt: number;
}

/**
 * An in-memory map whose entries expire: the file store's seen keys and thread context, and the
 * database store's fallback for seen keys while the database is unreachable. Expired entries are
 * dropped as they are met and by a sweep every 1000 writes, so it holds little more than what is live.
 */
export class TtlMap {
  readonly #entries = new Map<string, TtlEntry>();
  #writes = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** The live value under `key`, or undefined. */
  get(key: string): JsonValue | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Stores `value` for `ttlMs`. */
  set(key: string, value: JsonValue, ttlMs: number): void {
    this.#entries.set(key, { value, expiresAt: this.now() + ttlMs });
    if (++this.#writes % 1000 === 0) this.sweep();
  }

  /** Stores `key` unless it is live already; true when it was stored. */
  claim(key: string, ttlMs: number): boolean {
    if (this.get(key) !== undefined) return false;
    this.set(key, true, ttlMs);
    return true;
  }

  /** Drops expired entries. */
  sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(key);
  }

  /** The live entries, for saving. */
  entries(): Array<[string, TtlEntry]> {
    this.sweep();
    return [...this.#entries];
  }

  /** Puts back saved entries (expired ones are skipped). */
  restore(entries: Iterable<[string, TtlEntry]>): void {
    const now = this.now();
    for (const [key, entry] of entries) if (entry.expiresAt > now) this.#entries.set(key, entry);
  }
}
