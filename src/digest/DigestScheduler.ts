import { Cron } from 'croner';
import { isProcessTimeZone } from '../runtime/processTimeZone';
import { SLOT_LEASE_MS, type StateStore } from '../state/StateStore';
import { runDigestSlot, type SchedulerLogger, type SlotOutcome } from './runDigestSlot';

export type { SchedulerLogger, SlotOutcome } from './runDigestSlot';

export interface DigestSchedulerOptions {
  /** Cron pattern, e.g. `0 9 * * 1` (Monday 09:00). */
  cron: string;
  /** IANA time zone the pattern is read in. */
  timezone: string;
  /** Channel the digest goes to (part of the slot's key). */
  channel: string;
  /** Where slots are claimed and recorded (the file or database state store). */
  slots: Pick<StateStore, 'claimSlot'>;
  /**
   * Posts the digest for a slot. Throws when the post failed (the slot is released and tried again),
   * or PostOutcomeUnknown when it cannot tell (the slot is not posted again). `late` is true when
   * the slot is being caught up after the bot was down; `signal` is aborted on shutdown.
   */
  post(slot: Date, late: boolean, signal: AbortSignal): Promise<void>;
  logger: SchedulerLogger;
  /** The clock; tests move it. */
  now?: () => Date;
  /** A post with no answer after this long counts as unknown outcome (default 2 minutes). */
  postTimeoutMs?: number;
  /** Wait before trying a failed slot again (default 1 minute). */
  retryMs?: number;
  /** The store's claim lease: a slot held elsewhere is looked at again after it (default 10 minutes). */
  leaseMs?: number;
}

/** How long a missed slot may still be caught up: until its week is over. */
const CATCH_UP_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Posts the weekly digest on a cron schedule, once per slot across restarts and instances.
 *
 * Each slot is claimed in the state store before it is posted (StateStore.claimSlot). On start, a
 * slot missed while the bot was down is posted if its week is not over. A failed post, or a store
 * that cannot be reached, is retried every `retryMs`; a slot another instance is posting is checked
 * again when its claim would run out, so an instance that died mid-post is taken over. Runs are
 * serialised, so a catch-up, a retry and a cron tick never overlap.
 */
export class DigestScheduler {
  readonly #options: DigestSchedulerOptions;
  readonly #now: () => Date;
  /** A paused job used only as a calendar: previous/next slot times in the right time zone. */
  readonly #calendar: Cron;
  readonly #abort = new AbortController();
  #job: Cron | null = null;
  #retry: NodeJS.Timeout | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: DigestSchedulerOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => new Date());
    this.#calendar = new Cron(options.cron, { ...this.#zone(), paused: true });
  }

  /** Catches up a missed slot (if still within its week), then starts the cron job. */
  async start(): Promise<SlotOutcome | null> {
    this.#job = new Cron(
      this.#options.cron,
      {
        ...this.#zone(),
        protect: true,
        catch: (error) => this.#options.logger.error('digest: scheduled run failed', error),
      },
      async () => {
        const slot = this.latestSlot();
        if (slot !== null) await this.#runAndRetry(slot, false);
      },
    );
    const next = this.#job.nextRun();
    this.#options.logger.info(`digest: scheduled "${this.#options.cron}" (${this.#options.timezone}); next ${next?.toISOString() ?? 'never'}`);
    const slot = this.#catchUpSlot();
    return slot === null ? null : this.#runAndRetry(slot, true);
  }

  /**
   * Stops the schedule. A post in progress gets `graceMs` to finish; after that it is abandoned and
   * its claim released, so another instance (or the next start) posts the slot.
   */
  async stop(options: { graceMs?: number } = {}): Promise<void> {
    this.#job?.stop();
    this.#job = null;
    if (this.#retry !== null) clearTimeout(this.#retry);
    this.#retry = null;
    const grace = new Promise<void>((resolve) => setTimeout(resolve, options.graceMs ?? 5000).unref());
    await Promise.race([this.#queue, grace]);
    this.#abort.abort();
    await this.#queue;
  }

  /** The most recent scheduled instant at or before now, or null if the pattern has none. */
  latestSlot(): Date | null {
    return this.#calendar.previousRuns(1, this.#now())[0] ?? null;
  }

  /** Posts the latest slot if it was missed and its week is not over; otherwise does nothing. */
  async catchUp(): Promise<SlotOutcome | null> {
    const slot = this.#catchUpSlot();
    return slot === null ? null : this.runSlot(slot, true);
  }

  /** Claims and posts the digest for `slot` unless it was posted (or is being posted). Never throws. */
  runSlot(slot: Date, late: boolean): Promise<SlotOutcome> {
    const { slots, channel, post, logger } = this.#options;
    const context = { slots, channel, post, logger, postTimeoutMs: this.#options.postTimeoutMs ?? 120_000, settleRetryMs: 5000, signal: this.#abort.signal };
    const run = this.#queue.then(() => runDigestSlot(context, slot, late));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Croner's time-zone option: none in the process's own zone, where croner reads local time without Intl (see zonedParts). */
  #zone(): { timezone?: string } {
    return isProcessTimeZone(this.#options.timezone) ? {} : { timezone: this.#options.timezone };
  }

  #catchUpSlot(): Date | null {
    const slot = this.latestSlot();
    return slot === null || this.#now().getTime() - slot.getTime() >= CATCH_UP_WINDOW_MS ? null : slot;
  }

  /** Runs a slot; while it failed or another instance holds it, tries again later (while it is the latest). */
  async #runAndRetry(slot: Date, late: boolean): Promise<SlotOutcome> {
    const outcome = await this.runSlot(slot, late);
    if ((outcome === 'failed' || outcome === 'claimed-elsewhere') && this.#job !== null && !this.#abort.signal.aborted) {
      // A claim held elsewhere is looked at again once it would have run out, in case its instance died.
      const wait = outcome === 'failed' ? (this.#options.retryMs ?? 60_000) : (this.#options.leaseMs ?? SLOT_LEASE_MS) + 1000;
      if (this.#retry !== null) clearTimeout(this.#retry);
      this.#retry = setTimeout(() => {
        this.#retry = null;
        const latest = this.#catchUpSlot();
        if (latest !== null && latest.getTime() === slot.getTime()) void this.#runAndRetry(slot, late);
      }, wait);
    }
    return outcome;
  }
}
