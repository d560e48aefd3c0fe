/**
 * Work the bot has accepted and not yet finished: HTTP requests that reached it, and each Slack
 * request's listener from before its ack until its reply is sent. Shutdown closes it (the HTTP gate
 * then refuses new requests) and waits for what is left, so nothing acknowledged is dropped.
 */
export class InFlight {
  readonly #pending = new Map<number, { label: string; done: Promise<unknown> }>();
  #nextId = 0;
  #accepting = true;

  /** False once shutdown has begun: new requests are refused from then on. */
  get accepting(): boolean {
    return this.#accepting;
  }

  /** Number of pieces of work not finished yet. */
  get size(): number {
    return this.#pending.size;
  }

  /** Labels of the work not finished yet, oldest first. */
  labels(): string[] {
    return [...this.#pending.values()].map((p) => p.label);
  }

  /** Stops accepting new requests (work already accepted may still register and run). */
  close(): void {
    this.#accepting = false;
  }

  /**
   * Runs `work`, counting it as in flight under `label` (shown in the log if shutdown has to give up
   * on it) until it settles. Returns what `work` returns.
   */
  track<T>(label: string, work: () => Promise<T>): Promise<T> {
    const id = this.#nextId++;
    let done: Promise<T>;
    try {
      done = work();
    } catch (error) {
      done = Promise.reject(error);
    }
    const entry = { label, done };
    this.#pending.set(id, entry);
    const forget = () => this.#pending.delete(id);
    done.then(forget, forget);
    return done;
  }

  /**
   * Waits until nothing is in flight, including work registered while waiting, or until `timeoutMs`
   * has passed. Returns the labels of what is still unfinished (empty when everything finished).
   */
  async settle(timeoutMs: number): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.#pending.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) break;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, left)));
      await Promise.race([Promise.allSettled([...this.#pending.values()].map((p) => p.done)), timeout]);
      clearTimeout(timer);
    }
    return this.labels();
  }
}
