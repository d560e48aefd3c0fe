import type { Logger } from '@slack/bolt';
import type { AppConfig } from '../../config/loadConfig';
import { InFlight } from '../../runtime/InFlight';
import type { BotServices } from './BotServices';
import type { CoreApi } from './coreApi';
import { KnowledgeStore } from './KnowledgeStore';
import { UsageLog } from './UsageLog';

export interface CreateServicesOptions {
  config: Pick<AppConfig, 'corpusDir' | 'stateDir' | 'adminUserIds' | 'digest'>;
  core: CoreApi;
  logger: BotServices['logger'];
  /** An extra user treated as admin: the person at the terminal in local mode. */
  localAdmin?: string;
  now?: () => Date;
}

/** Loads the corpus and assembles what the handlers need. Throws (CorpusError) if the corpus is bad. */
export async function createServices(options: CreateServicesOptions): Promise<BotServices> {
  const { config, core, logger, localAdmin } = options;
  const knowledge = await KnowledgeStore.open(config.corpusDir, (dir) => core.loadKnowledge(dir));
  return {
    knowledge,
    core,
    usage: new UsageLog(config.stateDir),
    isAdmin: (userId) => userId === localAdmin || config.adminUserIds.has(userId),
    timezone: config.digest.timezone,
    now: options.now ?? (() => new Date()),
    logger,
    inFlight: new InFlight(),
  };
}

/**
 * A logger with Bolt's method names writing to stderr (stdout stays for answers in the terminal
 * session and the CLI), showing messages at `level` and above.
 */
export function consoleLogger(level: AppConfig['logLevel'] = 'info'): Pick<Logger, 'debug' | 'info' | 'warn' | 'error'> {
  const rank = { debug: 0, info: 1, warn: 2, error: 3 } as const;
  const at = (l: keyof typeof rank) => (rank[l] >= rank[level] ? (...m: unknown[]) => console.error(...m) : () => undefined);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
