import { StateUnavailableError } from './StateStore';

/** The part of a logger the outage log writes to. */
export interface OutageLogger {
  info(...messages: unknown[]): void;
  warn(...messages: unknown[]): void;
}

/** Options for OutageLog; tests pass a clock. */
export interface OutageLogOptions {
  what: string;
  logger: OutageLogger;
  /** At most one line per this many ms while the outage lasts (default one minute). */
  intervalMs?: number;
  now?: () => number;
}

/**
 * Turns a stream of failures into one log line per minute while an outage lasts, and one line when it
 * ends: a database that is down for an hour writes 60 lines, not one per question.
 * Lines carry the error's message only (no stack trace): an unreachable server is expected.
 */
export class OutageLog {
  readonly #options: Required<OutageLogOptions>;
  #since: number | null = null;
  #lastLine = Number.NEGATIVE_INFINITY;
  #failures = 0;

  constructor(options: OutageLogOptions) {
    this.#options = { intervalMs: 60_000, now: Date.now, ...options };
  }

  /** True while failures are being reported and no success has followed. */
  get down(): boolean {
    return this.#since !== null;
  }

  /** Reports a failure; logs at most once per interval. `waiting` describes what is held back. */
  failed(failure: unknown, waiting: string): void {
    const error = failure instanceof StateUnavailableError ? failure.cause : failure;
    const now = this.#options.now();
    this.#failures += 1;
    if (this.#since === null) this.#since = now;
    // Also across short recoveries: a flapping server still writes one failure line per interval.
    if (now - this.#lastLine < this.#options.intervalMs) return;
    this.#lastLine = now;
    const minutes = Math.floor((now - this.#since) / 60_000);
    const lasting = minutes > 0 ? ` for ${minutes} min (${this.#failures} failed attempts)` : '';
    this.#options.logger.warn(`${this.#options.what} unreachable${lasting}: ${describeError(error)}; questions are still answered, ${waiting}`);
  }

  /** Reports a success; logs once when it ends an outage. */
  succeeded(): void {
    if (this.#since === null) return;
    const seconds = Math.round((this.#options.now() - this.#since) / 1000);
    this.#options.logger.info(`${this.#options.what} reachable again after ${seconds} s (${this.#failures} failed attempts)`);
    this.#since = null;
    this.#failures = 0;
  }
}

/** An error's message and code, without its stack. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const message = error.message !== '' ? error.message : error.name;
  // AggregateError (connect to several addresses) keeps the useful text in its parts.
  const parts = error instanceof AggregateError && error.message === '' ? error.errors.map(describeError).join('; ') : message;
  return typeof code === 'string' && !parts.includes(code) ? `${parts} (${code})` : parts;
}
