import { Cron } from 'croner';
import type { LastSentMarker } from './LastSentMarker';

/** What happened to one scheduled slot. */
export type SlotOutcome = 'posted' | 'already-posted' | 'failed';

/** Log sink; Bolt's logger and `console` both fit. */
export interface SchedulerLogger {
  info(...messages: unknown[]): void;
  warn(...messages: unknown[]): void;
  error(...messages: unknown[]): void;
}

export interface DigestSchedulerOptions {
  /** Cron pattern, e.g. `0 9 * * 1` (Monday 09:00). */
  cron: string;
  /** IANA time zone the pattern is read in. */
  timezone: string;
  /** Channel the digest goes to (recorded in the marker). */
  channel: string;
  marker: LastSentMarker;
  /**
   * Posts the digest for a slot. Throws when the post failed, so the slot is not marked as sent.
   * `late` is true when the slot is being caught up after the bot was down. `signal` aborts when the
   * scheduler is stopped (shutdown): a post not yet sent should give up and release any claim on the slot.
   */
  post(slot: Date, late: boolean, signal: AbortSignal): Promise<void>;
  logger: SchedulerLogger;
  /** The clock; tests move it. */
  now?: () => Date;
}

/** How long a missed slot may still be caught up: until its week is over. */
const CATCH_UP_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Posts the weekly digest on a cron schedule, exactly once per slot.
 *
 * The slot (the scheduled instant) is persisted after a successful post, so a restart does not post it
 * again; on start, a slot missed while the bot was down is posted once if its week is not over yet.
 * Slot runs are serialised, so a catch-up and a cron tick can never both post the same slot.
 */
export class DigestScheduler {
  readonly #options: DigestSchedulerOptions;
  readonly #now: () => Date;
  /** A paused job used only as a calendar: previous/next slot times in the right time zone. */
  readonly #calendar: Cron;
  #job: Cron | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #stopped = new AbortController();

  constructor(options: DigestSchedulerOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => new Date());
    this.#calendar = new Cron(options.cron, { timezone: options.timezone, paused: true });
  }

  /** Catches up a missed slot (if still within its week), then starts the cron job. */
  async start(): Promise<SlotOutcome | null> {
    const caughtUp = await this.catchUp();
    this.#job = new Cron(
      this.#options.cron,
      {
        timezone: this.#options.timezone,
        protect: true,
        catch: (error) => this.#options.logger.error('digest: scheduled run failed', error),
      },
      async () => {
        const slot = this.latestSlot();
        if (slot !== null) await this.runSlot(slot, false);
      },
    );
    const next = this.#job.nextRun();
    this.#options.logger.info(`digest: scheduled "${this.#options.cron}" (${this.#options.timezone}); next ${next?.toISOString() ?? 'never'}`);
    return caughtUp;
  }

  /**
   * Stops the cron job and aborts the signal given to `post`, so a post in progress is abandoned if it
   * can be; resolves when the slot being run (if any) has ended. Nothing is posted after this.
   */
  async stop(): Promise<void> {
    this.#job?.stop();
    this.#job = null;
    this.#stopped.abort();
    await this.#queue;
  }

  /** The most recent scheduled instant at or before now, or null if the pattern has none. */
  latestSlot(): Date | null {
    return this.#calendar.previousRuns(1, this.#now())[0] ?? null;
  }

  /** Posts the latest slot if it was missed and its week is not over; otherwise does nothing. */
  async catchUp(): Promise<SlotOutcome | null> {
    const slot = this.latestSlot();
    if (slot === null || this.#now().getTime() - slot.getTime() >= CATCH_UP_WINDOW_MS) return null;
    return this.runSlot(slot, true);
  }

  /** Posts the digest for `slot` unless the marker says it was already posted. Never throws. */
  runSlot(slot: Date, late: boolean): Promise<SlotOutcome> {
    const run = this.#queue.then(() => this.#runSlotNow(slot, late));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #runSlotNow(slot: Date, late: boolean): Promise<SlotOutcome> {
    const { marker, logger, channel } = this.#options;
    const signal = this.#stopped.signal;
    try {
      if (signal.aborted) return 'failed';
      const last = await marker.read();
      if (last !== null && Date.parse(last.slot) >= slot.getTime()) return 'already-posted';
      await this.#options.post(slot, late, signal);
      await marker.write({ slot: slot.toISOString(), sentAt: this.#now().toISOString(), channel });
      logger.info(`digest: posted slot ${slot.toISOString()} to ${channel}${late ? ' (caught up)' : ''}`);
      return 'posted';
    } catch (error) {
      if (signal.aborted) logger.info(`digest: slot ${slot.toISOString()} abandoned (shutting down; the next start catches it up while its week lasts)`);
      else logger.error(`digest: slot ${slot.toISOString()} not posted`, error);
      return 'failed';
    }
  }
}
