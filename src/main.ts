import { answerQuestion } from './answer/answerQuestion';
import { ConfigError } from './config/ConfigError';
import { describeConfig } from './config/describeConfig';
import { loadConfig } from './config/loadConfig';
import { loadKnowledge } from './knowledge/loadKnowledge';
import { exitQuietlyOnClosedPipe } from './cli/closedPipe';
import { LOCAL_USER, runTerminalSession } from './local/runTerminalSession';
import { createLogger } from './logging/createLogger';
import { exitOnSignal } from './runtime/exitOnSignal';
import { drainSlackBot } from './slack/drainSlackBot';
import { createServices } from './slack/services/createServices';

/**
 * `npm start` / `node dist/main.js`: Slack over Socket Mode (SLACK_APP_TOKEN) or HTTP (SLACK_BOT_TOKEN +
 * SLACK_SIGNING_SECRET); with no Slack variables, a local terminal session that answers the same
 * `/econ` commands. SIGTERM or SIGINT finishes the answers in flight (drainSlackBot), closes the
 * state store and exits 0.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const { connection } = config;
  // Bolt is loaded only for Slack, while the corpus is read.
  const slack = connection.mode === 'local' ? null : import('./slack/startSlackBot');
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
  const { startSlackBot } = await (slack ?? import('./slack/startSlackBot'));
  const bot = startSlackBot({ ...config, connection }, services);
  exitOnSignal(async () => {
    await drainSlackBot(bot, services);
    await services.state.close();
  }, { logger });
  await bot;
}

main().catch((error: unknown) => {
  // ConfigError and CorpusError messages already name the variable or the file and line.
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
