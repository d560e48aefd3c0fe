import type { AppConfig } from '../../config/loadConfig';
import { DEFAULT_DELIVERY, type DeliveryPolicies } from '../delivery/RetryPolicy';
import type { SeenKeys } from '../http/SeenKeys';
import { InFlight } from '../../runtime/InFlight';
import type { BotServices } from './BotServices';
import type { CoreApi } from './coreApi';
import { openStateStore } from '../../state/openStateStore';
import type { StateStore } from '../../state/StateStore';
import { KnowledgeStore } from './KnowledgeStore';

export interface CreateServicesOptions {
  config: Pick<AppConfig, 'corpusDir' | 'stateDir' | 'databaseUrl' | 'adminUserIds' | 'digest'> & Partial<Pick<AppConfig, 'threadFollowups'>>;
  core: CoreApi;
  logger: BotServices['logger'];
  /** An extra user treated as admin: the person at the terminal in local mode. */
  localAdmin?: string;
  now?: () => Date;
  /** A state store opened by the caller (tests); by default the one the configuration names. */
  state?: StateStore;
  /** Retry policies; the defaults keep a shutdown within 10 s for Web API calls. */
  delivery?: Partial<DeliveryPolicies>;
  /** Replay protection; in memory unless a shared state store is given (needed with several instances). */
  seenKeys?: SeenKeys;
}

/**
 * Loads the corpus, opens the state store and assembles what the handlers need; a reload announced
 * by another instance reloads this one. Throws (CorpusError) if the corpus is bad. The caller closes
 * `state` when it stops.
 */
export async function createServices(options: CreateServicesOptions): Promise<BotServices> {
  const { config, core, logger, localAdmin } = options;
  // The store first: a reload another instance announces while the corpus loads is then still heard.
  const state = options.state ?? (await openStateStore(config, logger));
  const knowledge = await KnowledgeStore.open(config.corpusDir, (dir, previous) => core.loadKnowledge(dir, previous)).catch(async (error: unknown) => {
    await state.close();
    throw error;
  });
  state.onReload((notice) => void followReload(knowledge, notice.from, logger));
  return {
    knowledge,
    core,
    state,
    isAdmin: (userId) => userId === localAdmin || config.adminUserIds.has(userId),
    timezone: config.digest.timezone,
    now: options.now ?? (() => new Date()),
    logger,
    delivery: { ...DEFAULT_DELIVERY, ...options.delivery },
    // Replayed signatures are refused across every instance that shares the store.
    seenKeys: options.seenKeys ?? state,
    inFlight: new InFlight(),
    // The state store claims event ids and keeps thread context (files, or PostgreSQL across instances).
    conversations: state,
    dedupe: state,
    threadFollowups: config.threadFollowups ?? 'mentions',
  };
}

/** Reloads because another instance ran `/econ reload`, and says how it went in one line. */
async function followReload(knowledge: KnowledgeStore, from: string, logger: BotServices['logger']): Promise<void> {
  // The announcing instance already checked the new corpus for lost reports (or its admin forced it).
  const outcome = await knowledge.reload({ force: true });
  if (outcome.ok) logger.info(`corpus reloaded (announced by instance ${from}) in ${outcome.durationMs} ms`);
  else if (!('refused' in outcome)) logger.warn(`corpus reload announced by instance ${from} failed here; still serving the previous corpus: ${outcome.problem.message}`);
}

