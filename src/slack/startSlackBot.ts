import type { Server } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { AppConfig, Connection } from '../config/loadConfig';
import { DigestScheduler } from '../digest/DigestScheduler';
import { LastSentMarker } from '../digest/LastSentMarker';
import { gateRequests } from '../runtime/gateRequests';
import { createSlackApp } from './createSlackApp';
import { digestPoster } from './postDigest';
import type { BotServices } from './services/BotServices';

/** A running Slack bot: the Bolt app, its digest scheduler, where it listens, and how to stop it. */
export interface RunningBot {
  app: App;
  scheduler: DigestScheduler | null;
  /** HTTP port actually bound (useful with port 0); null in Socket Mode. */
  port: number | null;
  /** The HTTP server (gated by `services.inFlight`); null in Socket Mode. */
  server: Server | null;
  stop(): Promise<void>;
}

/** Marker file name inside ECON_STATE_DIR. */
export const DIGEST_MARKER_FILE = 'digest-last-sent.json';

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
  let server: Server | null = null;
  if (config.connection.mode === 'http') {
    server = (await app.start({ port: config.connection.port, ...(listen.host ? { host: listen.host } : {}) })) as Server;
    gateRequests(server, services.inFlight);
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
      marker: new LastSentMarker(path.join(config.stateDir, DIGEST_MARKER_FILE)),
      post: digestPoster(app, services, config.digest.channel),
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
    server,
    async stop() {
      await scheduler?.stop();
      const stopped = app.stop();
      server?.closeAllConnections(); // idle keep-alive connections would hold the close open
      await stopped;
    },
  };
}
