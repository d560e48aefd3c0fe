/**
 * Work the bot has acknowledged to Slack and not finished yet (answers to events being posted).
 * Shutdown waits for it, so an acked question is not lost to a SIGTERM.
 */
export class InFlight {
  readonly #running = new Set<Promise<unknown>>();

  /** How many pieces of work are running. */
  get size(): number {
    return this.#running.size;
  }

  /** Runs `work` and keeps track of it until it settles; returns its result. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const promise = work();
    const tracked = promise.then(
      () => undefined,
      () => undefined,
    );
    this.#running.add(tracked);
    void tracked.finally(() => this.#running.delete(tracked));
    return promise;
  }

  /** Waits until everything running has settled, or `timeoutMs` passed; true when all finished. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      while (this.#running.size > 0) {
        const settled = await Promise.race([Promise.all([...this.#running]).then(() => true as const), timeout]);
        if (!settled) return false;
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }
}
