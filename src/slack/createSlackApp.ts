import { App, HTTPReceiver, LogLevel, type Logger } from '@slack/bolt';
import type { AppConfig, Connection } from '../config/loadConfig';
import { webClientOptions } from './delivery/webClientOptions';
import { guardSlackRequests } from './http/guardSlackRequests';
import { answerHealthCheck, HEALTH_PATH } from './http/healthServer';
import { registerListeners } from './registerListeners';
import type { BotServices } from './services/BotServices';

/** Path Slack posts commands and interactions to in HTTP mode (the manifest's request URLs). */
export const EVENTS_PATH = '/slack/events';

/** The Slack connection settings createSlackApp needs (a subset of AppConfig). */
export interface SlackAppSettings {
  connection: Exclude<Connection, { mode: 'local' }>;
  slackApiUrl: AppConfig['slackApiUrl'];
}

/**
 * Builds the Bolt app for Socket Mode or HTTP (`/slack/events`, plus `GET /healthz`) with every
 * listener registered. Bolt and its Web API client log through `services.logger`; Web API calls follow
 * `services.delivery.webApi`. In HTTP mode econ-bot checks signatures itself (see guardSlackRequests).
 */
export function createSlackApp(settings: SlackAppSettings, services: BotServices): App {
  const { connection } = settings;
  const logger = asBoltLogger(services.logger);
  const common = {
    token: connection.botToken,
    // startSlackBot checks the token (auth.test) itself, so a bad token or an unreachable Slack is one
    // clear error at start-up instead of an unhandled rejection after the port is open.
    deferInitialization: true,
    logger,
    // Bolt sets the logger to this level; passing the logger's own keeps ECON_LOG_LEVEL in force.
    logLevel: logger.getLevel(),
    clientOptions: {
      ...webClientOptions(services.delivery.webApi, logger),
      ...(settings.slackApiUrl !== null ? { slackApiUrl: settings.slackApiUrl } : {}),
    },
  };
  let app: App;
  if (connection.mode === 'socket') {
    // The Socket Mode connection keeps Slack's own long reconnect retries: with the bounded policy a
    // reconnect during a Slack outage of more than a few seconds would give up for good.
    const socketClientOptions = { ...(settings.slackApiUrl !== null ? { slackApiUrl: settings.slackApiUrl } : {}) };
    app = new App({ ...common, appToken: connection.appToken, socketMode: true, installerOptions: { clientOptions: socketClientOptions } });
  } else {
    const receiver = new HTTPReceiver({
      signingSecret: connection.signingSecret,
      signatureVerification: false,
      endpoints: EVENTS_PATH,
      logger,
      logLevel: logger.getLevel(),
      customRoutes: [{ path: HEALTH_PATH, method: ['GET'], handler: answerHealthCheck }],
    });
    receiver.requestListener = guardSlackRequests(receiver.requestListener, {
      signingSecret: connection.signingSecret,
      path: EVENTS_PATH,
      seenKeys: services.seenKeys,
      logger,
    });
    app = new App({ ...common, receiver });
  }
  registerListeners(app, services);
  app.error(async (error) => {
    services.logger.error('unhandled Slack listener error', error);
  });
  return app;
}

/** Bolt wants the whole Logger interface; a plain `{debug, info, warn, error}` gets fixed level methods. */
function asBoltLogger(logger: BotServices['logger']): Logger {
  if ('setLevel' in logger && 'getLevel' in logger && 'setName' in logger) return logger as Logger;
  return { ...logger, setLevel: () => undefined, getLevel: () => LogLevel.DEBUG, setName: () => undefined };
}
