import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { AppConfig, Connection } from '../config/loadConfig';
import { DigestScheduler } from '../digest/DigestScheduler';
import { createSlackApp } from './createSlackApp';
import { digestClient } from './digestClient';
import { digestPoster } from './postDigest';
import type { BotServices } from './services/BotServices';

/** A running Slack bot: the Bolt app, its digest scheduler, where it listens, and how to stop it. */
export interface RunningBot {
  app: App;
  scheduler: DigestScheduler | null;
  /** HTTP port actually bound (useful with port 0); null in Socket Mode. */
  port: number | null;
  stop(): Promise<void>;
}

/** How long shutdown waits for answers already being worked on. */
export const DRAIN_TIMEOUT_MS = 10_000;

export { DIGEST_MARKER_FILE } from '../state/file/FileSlotLedger';

/**
 * Starts econ-bot on Slack: Bolt over Socket Mode or HTTP, then the weekly digest if a channel is
 * configured (posting a missed slot once, if still within its week).
 */
export async function startSlackBot(
  config: Omit<AppConfig, 'connection'> & { connection: Exclude<Connection, { mode: 'local' }> },
  services: BotServices,
  listen: { host?: string } = {},
): Promise<RunningBot> {
  const app = createSlackApp(config, services);
  let port: number | null = null;
  if (config.connection.mode === 'http') {
    const server = await app.start({ port: config.connection.port, ...(listen.host ? { host: listen.host } : {}) });
    port = (server.address() as AddressInfo).port;
    services.logger.info(`econ-bot listening on port ${port} (/slack/events)`);
  } else {
    await app.start();
    services.logger.info('econ-bot connected via Socket Mode');
  }

  let scheduler: DigestScheduler | null = null;
  if (config.digest.channel !== null) {
    scheduler = new DigestScheduler({
      cron: config.digest.cron,
      timezone: config.digest.timezone,
      channel: config.digest.channel,
      slots: services.state,
      post: digestPoster(digestClient(config.connection.botToken, config.slackApiUrl), services, config.digest.channel),
      logger: services.logger,
      now: services.now,
    });
    await scheduler.start();
  } else {
    services.logger.info('weekly digest off (set ECON_DIGEST_CHANNEL to post it)');
  }

  return {
    app,
    scheduler,
    port,
    async stop() {
      await scheduler?.stop();
      await app.stop();
      // Events are acked before they are answered: finish the answers already under way.
      if (!(await services.inFlight.drain(DRAIN_TIMEOUT_MS))) {
        services.logger.warn(`shutdown: ${services.inFlight.size} answer(s) still running after ${DRAIN_TIMEOUT_MS} ms; stopping anyway`);
      }
    },
  };
}
