import { App, LogLevel } from '@slack/bolt';
import type { AppConfig, Connection } from '../config/loadConfig';
import { registerListeners } from './registerListeners';
import type { BotServices } from './services/BotServices';

/** Path Slack posts commands and interactions to in HTTP mode (the manifest's request URLs). */
export const EVENTS_PATH = '/slack/events';

const LOG_LEVELS = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

/** The Slack connection settings createSlackApp needs (a subset of AppConfig). */
export interface SlackAppSettings {
  connection: Exclude<Connection, { mode: 'local' }>;
  slackApiUrl: AppConfig['slackApiUrl'];
  logLevel: AppConfig['logLevel'];
}

/**
 * Builds the Bolt app for Socket Mode or HTTP (`/slack/events`, plus `GET /healthz`) with every
 * listener registered. `slackApiUrl` redirects the Web API client (the tests' fake Slack).
 */
export function createSlackApp(settings: SlackAppSettings, services: BotServices): App {
  const { connection } = settings;
  const common = {
    token: connection.botToken,
    logLevel: LOG_LEVELS[settings.logLevel],
    ...(settings.slackApiUrl !== null ? { clientOptions: { slackApiUrl: settings.slackApiUrl } } : {}),
  };
  const app =
    connection.mode === 'socket'
      ? new App({
          ...common,
          appToken: connection.appToken,
          socketMode: true,
          // The Socket Mode client opens its connection through the Web API (apps.connections.open).
          ...(settings.slackApiUrl !== null ? { installerOptions: { clientOptions: { slackApiUrl: settings.slackApiUrl } } } : {}),
        })
      : new App({
          ...common,
          signingSecret: connection.signingSecret,
          endpoints: EVENTS_PATH,
          customRoutes: [
            {
              path: '/healthz',
              method: ['GET'],
              handler: (_req, res) => {
                res.writeHead(200, { 'Content-Type': 'text/plain' });
                res.end('ok');
              },
            },
          ],
        });
  registerListeners(app, services);
  app.error(async (error) => {
    services.logger.error('unhandled Slack listener error', error);
  });
  return app;
}
