import { answerQuestion } from './answer/answerQuestion';
import { ConfigError } from './config/ConfigError';
import { describeConfig } from './config/describeConfig';
import { loadConfig } from './config/loadConfig';
import { loadKnowledge } from './knowledge/loadKnowledge';
import { LOCAL_USER, runTerminalSession } from './local/runTerminalSession';
import { createLogger } from './logging/createLogger';
import { createServices } from './slack/services/createServices';
import { startSlackBot } from './slack/startSlackBot';

/**
 * `npm start`: Slack over Socket Mode (SLACK_APP_TOKEN) or HTTP (SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET);
 * with no Slack variables, a local terminal session that answers the same `/econ` commands.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const local = config.connection.mode === 'local';
  // Logs go to stderr as JSON lines (ECON_LOG_FORMAT=pretty for people); stdout is for terminal answers.
  const logger = createLogger({ level: local ? 'warn' : config.logLevel, format: config.logFormat });
  logger.info(`econ-bot starting: ${describeConfig(config)}`);
  const services = await createServices({
    config,
    core: { loadKnowledge, answerQuestion },
    logger,
    ...(local ? { localAdmin: LOCAL_USER } : {}),
  });

  if (config.connection.mode === 'local') {
    await runTerminalSession(services, { input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
    await services.state.close();
    return;
  }
  const bot = await startSlackBot({ ...config, connection: config.connection }, services);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void bot
        .stop()
        .then(() => services.state.close())
        .finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  // ConfigError and CorpusError messages already name the variable or the file and line.
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
