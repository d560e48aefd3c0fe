import type { BotServices } from './services/BotServices';
import type { RunningBot } from './startSlackBot';

/** How long shutdown waits, in all, for acknowledged requests to get their answers. */
export const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Shuts the bot down without dropping acknowledged work: refuses new requests (HTTP: `503`, also on
 * `/healthz`; Socket Mode: disconnects), stops the digest scheduler (a post in progress is aborted),
 * waits up to `timeoutMs` in all for every request in flight to be answered, logs one line per
 * request it gave up on, then closes the server. `starting` may still be starting up (a signal
 * during the start-up digest catch-up). Returns the requests given up on.
 */
export async function drainSlackBot(
  starting: RunningBot | Promise<RunningBot>,
  services: Pick<BotServices, 'inFlight' | 'logger'>,
  timeoutMs = DRAIN_TIMEOUT_MS,
): Promise<string[]> {
  const { inFlight, logger } = services;
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(0, deadline - Date.now());
  inFlight.close();
  logger.info(`draining: ${inFlight.size} request(s) in flight, waiting up to ${timeoutMs / 1000} s for their answers`);
  const bot = await within(Promise.resolve(starting), left());
  const schedulerStopped = bot?.scheduler?.stop() ?? Promise.resolve();
  // Socket Mode has no gate: disconnect first so Slack sends new requests to another connection.
  if (bot && bot.server === null) await within(bot.app.stop(), left());

  const unfinished = await inFlight.settle(left());
  for (const label of unfinished) logger.warn(`shutdown: gave up on ${label}: not answered within ${timeoutMs / 1000} s`);
  await within(schedulerStopped, left());
  if (bot?.server) {
    const closed = bot.app.stop();
    bot.server.closeAllConnections();
    await within(closed, 1000);
  }
  logger.info(unfinished.length === 0 ? 'drained: every request was answered' : `drained: ${unfinished.length} request(s) not answered`);
  return unfinished;
}

/** What `promise` resolves to, or undefined if it fails or takes longer than `ms` milliseconds. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([promise.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
