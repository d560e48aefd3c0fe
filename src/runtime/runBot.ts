import { answerQuestion } from '../answer/answerQuestion';
import { describeConfig } from '../config/describeConfig';
import { loadConfig } from '../config/loadConfig';
import { exitQuietlyOnClosedPipe } from '../cli/closedPipe';
import { LOCAL_USER, runTerminalSession } from '../local/runTerminalSession';
import { createLogger } from '../logging/createLogger';
import { drainSlackBot } from '../slack/drainSlackBot';
import type { CoreApi } from '../slack/services/coreApi';
import { createServices } from '../slack/services/createServices';
import { exitOnSignal } from './exitOnSignal';
import { setProcessTimeZone } from './processTimeZone';

/**
 * The bot: Slack over Socket Mode (SLACK_APP_TOKEN) or HTTP (SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET);
 * with no Slack variables, a local terminal session that answers the same `/econ` commands.
 * SIGTERM or SIGINT finishes the answers in flight (drainSlackBot), closes the state store and
 * exits 0. `loadKnowledge` reads the corpus (main.ts passes the plain one; the start-up snapshot one
 * that starts from the knowledge it was built with).
 *
 * @example
 * await runBot(loadKnowledge); // as `node dist/main.js` does
 */
export async function runBot(loadKnowledge: CoreApi['loadKnowledge']): Promise<void> {
  const config = loadConfig();
  const { connection } = config;
  // The bot's clock is ECON_TIMEZONE: reading it then needs no Intl formatter (see zonedParts).
  setProcessTimeZone(config.digest.timezone);
  // Bolt is loaded only for Slack, while the corpus is read.
  const slack = connection.mode === 'local' ? null : import('../slack/startSlackBot');
  // Logs go to stderr as JSON lines (ECON_LOG_FORMAT=pretty for people); stdout is for terminal answers.
  const logger = createLogger({ level: connection.mode === 'local' ? 'warn' : config.logLevel, format: config.logFormat });
  logger.info(`econ-bot starting: ${describeConfig(config)}`);
  const services = await createServices({
    config,
    core: { loadKnowledge, answerQuestion },
    logger,
    ...(connection.mode === 'local' ? { localAdmin: LOCAL_USER } : {}),
  });

  if (connection.mode === 'local') {
    // `… | head -1`: the reader leaving is the end of the session, not a crash.
    exitQuietlyOnClosedPipe();
    const stop = new AbortController();
    const session = runTerminalSession(services, { input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true, signal: stop.signal });
    // Both the signal handler and the end of the session close the store: once (a second close
    // would race the first writing the saved conversation).
    let closing: Promise<void> | undefined;
    const close = () => (closing ??= services.state.close());
    exitOnSignal(async () => {
      stop.abort();
      await session;
      await close();
    }, { logger });
    await session;
    await close();
    return;
  }
  const { startSlackBot } = await (slack ?? import('../slack/startSlackBot'));
  const bot = startSlackBot({ ...config, connection }, services);
  exitOnSignal(async () => {
    await drainSlackBot(bot, services);
    await services.state.close();
  }, { logger });
  await bot;
}

/** Ends the process for an error that stopped start-up, with its message only (config and corpus errors name the variable or file). */
export function exitOnStartError(error: unknown): never {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
