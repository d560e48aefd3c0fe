import type { Logger } from '@slack/bolt';

/**
 * Logs refused requests without letting unauthenticated traffic flood the log: the first refusal
 * after a quiet spell is logged at once, later ones are counted and summed up in one line per
 * window (a minute), by reason.
 */
export class RejectionLog {
  #counts = new Map<string, number>();
  #timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly logger: Pick<Logger, 'warn'>,
    private readonly what: string,
    private readonly windowMs = 60_000,
  ) {}

  /** Notes one refusal. */
  record(reason: string): void {
    if (this.#timer === null) {
      this.logger.warn({ reason }, `${this.what}: ${reason} (further ones are counted and logged once a minute)`);
      this.#startWindow();
      return;
    }
    this.#counts.set(reason, (this.#counts.get(reason) ?? 0) + 1);
  }

  /** Logs what was counted so far, if anything, and stops the timer (at shutdown). */
  close(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#flush();
  }

  #startWindow(): void {
    this.#timer = setTimeout(() => {
      this.#timer = null;
      // A flood keeps the window going; after a quiet window the next refusal is logged at once.
      if (this.#flush()) this.#startWindow();
    }, this.windowMs);
    this.#timer.unref();
  }

  /** Writes the summary line; false if there was nothing to write. */
  #flush(): boolean {
    if (this.#counts.size === 0) return false;
    const byReason = Object.fromEntries(this.#counts);
    const total = [...this.#counts.values()].reduce((a, b) => a + b, 0);
    this.#counts = new Map();
    const parts = Object.entries(byReason).map(([reason, n]) => `${reason} ${n}`).join(', ');
    this.logger.warn({ count: total, byReason }, `${this.what}: ${total} more within ${Math.round(this.windowMs / 1000)} s (${parts})`);
    return true;
  }
}
