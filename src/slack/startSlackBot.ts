import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { AppConfig, Connection } from '../config/loadConfig';
import { DigestScheduler } from '../digest/DigestScheduler';
import { gateRequests } from '../runtime/gateRequests';
import { createSlackApp } from './createSlackApp';
import { digestClient } from './digestClient';
import { startHealthServer, type HealthServer } from './http/healthServer';
import { digestPoster } from './postDigest';
import type { BotServices } from './services/BotServices';

/** A running Slack bot: the Bolt app, its digest scheduler, where it listens, and how to stop it. */
export interface RunningBot {
  app: App;
  scheduler: DigestScheduler | null;
  /** HTTP port actually bound (useful with port 0); null in Socket Mode. */
  port: number | null;
  /** Socket Mode with HEALTH_PORT: the health server's port; otherwise null. */
  healthPort: number | null;
  /** The HTTP server (gated by `services.inFlight`); null in Socket Mode. */
  server: Server | null;
  stop(): Promise<void>;
}

export { DIGEST_MARKER_FILE } from '../state/file/FileSlotLedger';

/**
 * Starts econ-bot on Slack: Bolt over Socket Mode or HTTP, then the weekly digest if a channel is
 * configured (posting a missed slot once, if still within its week). HTTP listens on HOST (or
 * `listen.host`); Socket Mode serves `/healthz` on HEALTH_PORT when set.
 */
export async function startSlackBot(
  config: Omit<AppConfig, 'connection'> & { connection: Exclude<Connection, { mode: 'local' }> },
  services: BotServices,
  listen: { host?: string } = {},
): Promise<RunningBot> {
  const app = createSlackApp(config, services);
  await initializeApp(app);
  const host = listen.host ?? config.host;
  let port: number | null = null;
  let health: HealthServer | null = null;
  let server: Server | null = null;
  if (config.connection.mode === 'http') {
    server = (await app.start({ port: config.connection.port, ...(host !== null ? { host } : {}) })) as Server;
    gateRequests(server, services.inFlight);
    port = (server.address() as AddressInfo).port;
    services.logger.info(`econ-bot listening on ${host ?? 'all interfaces'} port ${port} (/slack/events, /healthz)`);
    if (config.healthPort !== null) services.logger.warn('HEALTH_PORT is for Socket Mode only and is ignored: in HTTP mode /healthz is served on PORT');
  } else {
    await app.start();
    services.logger.info('econ-bot connected via Socket Mode');
    if (config.healthPort !== null) {
      health = await startHealthServer(config.healthPort, host);
      services.logger.info(`health check on ${host ?? 'all interfaces'} port ${health.port} (/healthz)`);
    }
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
    healthPort: health?.port ?? null,
    server,
    async stop() {
      await scheduler?.stop();
      const stopped = app.stop();
      server?.closeAllConnections(); // idle keep-alive connections would hold the close open
      await stopped;
      await health?.stop();
    },
  };
}

/** Checks the bot token with Slack (auth.test); a failure names what went wrong in one sentence. */
async function initializeApp(app: App): Promise<void> {
  try {
    await app.init();
  } catch (error) {
    const { code, data } = error as { code?: string; data?: { error?: string } };
    const reason = data?.error ?? code ?? (error instanceof Error ? error.message : String(error));
    throw new Error(`Slack 인증 실패: 봇 토큰을 확인할 수 없습니다 (auth.test: ${reason}). SLACK_BOT_TOKEN과 네트워크를 확인해 주세요.`);
  }
}
