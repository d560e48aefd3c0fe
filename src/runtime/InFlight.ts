/**
 * Work the bot has acknowledged to Slack and not finished yet (answers to events being posted).
 * Shutdown waits for it, so an acked question is not lost to a SIGTERM.
 */
export class InFlight {
  readonly #pending = new Map<number, { label: string; done: Promise<unknown> }>();
  #nextId = 0;

  /** Number of pieces of work not finished yet. */
  get size(): number {
    return this.#pending.size;
  }

  /** Runs `work`, counting it as in flight under `label` until it settles; returns its result. */
  track<T>(label: string, work: () => Promise<T>): Promise<T> {
    const id = this.#nextId++;
    const done = work();
    this.#pending.set(id, { label, done });
    const forget = () => this.#pending.delete(id);
    done.then(forget, forget);
    return done;
  }

  /** Waits until nothing is in flight or `timeoutMs` passed; returns the labels still unfinished. */
  async settle(timeoutMs: number): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.#pending.size > 0 && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, deadline - Date.now())));
      await Promise.race([Promise.allSettled([...this.#pending.values()].map((p) => p.done)), timeout]);
      clearTimeout(timer);
    }
    return [...this.#pending.values()].map((p) => p.label);
  }
}
