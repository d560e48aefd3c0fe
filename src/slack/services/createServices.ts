import type { AppConfig } from '../../config/loadConfig';
import { DEFAULT_DELIVERY, type DeliveryPolicies } from '../delivery/RetryPolicy';
import { MemorySeenKeys, type SeenKeys } from '../http/SeenKeys';
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
  /** Retry policies; the defaults keep a shutdown within 10 s for Web API calls. */
  delivery?: Partial<DeliveryPolicies>;
  /** Replay protection; in memory unless a shared state store is given (needed with several instances). */
  seenKeys?: SeenKeys;
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
    delivery: { ...DEFAULT_DELIVERY, ...options.delivery },
    seenKeys: options.seenKeys ?? new MemorySeenKeys(),
  };
}
