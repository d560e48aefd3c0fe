import { setTimeout as sleep } from 'node:timers/promises';
import { describeError } from '../state/OutageLog';
import { SLOT_LEASE_MS, StateUnavailableError, type SlotClaim, type StateStore } from '../state/StateStore';
import { PostOutcomeUnknown } from './PostOutcomeUnknown';

/** What happened to one scheduled slot. */
export type SlotOutcome = 'posted' | 'already-posted' | 'claimed-elsewhere' | 'unknown' | 'failed';

/** Log sink; Bolt's logger and `console` both fit. */
export interface SchedulerLogger {
  info(...messages: unknown[]): void;
  warn(...messages: unknown[]): void;
  error(...messages: unknown[]): void;
}

/** What one slot run needs. */
export interface SlotRunContext {
  slots: Pick<StateStore, 'claimSlot'>;
  channel: string;
  post(slot: Date, late: boolean, signal: AbortSignal): Promise<void>;
  logger: SchedulerLogger;
  /** A post with no answer after this long has an unknown outcome. */
  postTimeoutMs: number;
  /** Wait between tries to record an outcome while the store is down. */
  settleRetryMs: number;
  /** Aborted on shutdown: a post not finished by then is abandoned and its claim released. */
  signal: AbortSignal;
}

type Attempt = { kind: 'posted' } | { kind: 'failed' | 'unknown'; error: unknown } | { kind: 'abandoned' };

/**
 * Claims the slot in the state store, posts, and records the outcome: posted; failed (claim released,
 * so a later try posts it); unknown (timeout: recorded, never re-posted); abandoned on shutdown
 * (claim released). Never throws; says what happened in one log line.
 */
export async function runDigestSlot(ctx: SlotRunContext, slot: Date, late: boolean): Promise<SlotOutcome> {
  const { logger, channel } = ctx;
  const at = slot.toISOString();
  let claimed;
  try {
    claimed = await ctx.slots.claimSlot(channel, slot);
  } catch (error) {
    // The store logs its own outages (once a minute); anything else is logged here.
    if (!(error instanceof StateUnavailableError)) logger.error(`digest: slot ${at} not posted: ${describeError(error)}`);
    return 'failed';
  }
  if (claimed.status === 'posted') {
    logger.info(`digest: slot ${at} already posted to ${channel}`);
    return 'already-posted';
  }
  if (claimed.status === 'unknown') {
    logger.warn(`digest: slot ${at} is not posted again: ${claimed.detail}`);
    return 'unknown';
  }
  if (claimed.status === 'claimed-elsewhere') {
    logger.info(`digest: slot ${at} is being posted by another instance (claim held until ${claimed.until.toISOString()})`);
    return 'claimed-elsewhere';
  }
  if (claimed.takenOver) logger.warn(`digest: slot ${at} was claimed by an instance that stopped without posting or releasing it; taking it over`);
  const attempt = ctx.signal.aborted ? ({ kind: 'abandoned' } as const) : await attemptPost(ctx, slot, late);
  return settle(ctx, claimed.claim, at, late, attempt);
}

async function settle(ctx: SlotRunContext, claim: SlotClaim, at: string, late: boolean, attempt: Attempt): Promise<SlotOutcome> {
  const { logger, channel } = ctx;
  switch (attempt.kind) {
    case 'posted':
      await record(ctx, claim.markPosted, at, 'posted');
      logger.info(`digest: posted slot ${at} to ${channel}${late ? ' (caught up)' : ''}`);
      return 'posted';
    case 'unknown':
      await record(ctx, claim.markUnknown, at, 'of unknown outcome');
      logger.error(`digest: slot ${at}: no clear answer from Slack (${describeError(attempt.error)}); it may or may not be in ${channel}, and is not posted again`);
      return 'unknown';
    case 'failed':
      await claim.release().catch(() => undefined);
      logger.warn(`digest: slot ${at} not posted (${describeError(attempt.error)}); released for a later try`);
      return 'failed';
    case 'abandoned':
      await claim.release().catch(() => undefined);
      logger.warn(`digest: abandoned posting slot ${at} on shutdown; released it so another instance or the next start posts it`);
      return 'failed';
  }
}

/** Posts, racing the post against the timeout and the shutdown signal. */
function attemptPost(ctx: SlotRunContext, slot: Date, late: boolean): Promise<Attempt> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (attempt: Attempt) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      ctx.signal.removeEventListener('abort', onAbort);
      resolve(attempt);
    };
    const onAbort = () => finish({ kind: 'abandoned' });
    const timer = setTimeout(() => finish({ kind: 'unknown', error: new Error(`no answer within ${ctx.postTimeoutMs} ms`) }), ctx.postTimeoutMs);
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    ctx.post(slot, late, ctx.signal).then(
      () => finish({ kind: 'posted' }),
      (error: unknown) => finish({ kind: error instanceof PostOutcomeUnknown ? 'unknown' : 'failed', error }),
    );
  });
}

/**
 * Records an outcome, retrying while the store is down, for at most half a lease (after that another
 * instance could take the slot over anyway) or until shutdown.
 */
async function record(ctx: SlotRunContext, step: () => Promise<void>, at: string, what: string): Promise<void> {
  const deadline = Date.now() + SLOT_LEASE_MS / 2;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await step();
      return;
    } catch (error) {
      if (!(error instanceof StateUnavailableError) && attempt === 1) ctx.logger.error(`digest: could not record slot ${at} as ${what}: ${describeError(error)}; retrying`);
      if (ctx.signal.aborted || Date.now() >= deadline) {
        ctx.logger.error(`digest: slot ${at} was ${what} but the state store could not record it; another instance may post it again`);
        return;
      }
      await sleep(ctx.settleRetryMs, undefined, { signal: ctx.signal }).catch(() => undefined);
    }
  }
}
