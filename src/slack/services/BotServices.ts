import type { Logger } from '@slack/bolt';
import type { InFlight } from '../../runtime/InFlight';
import type { CoreApi } from './coreApi';
import type { KnowledgeStore } from './KnowledgeStore';
import type { UsageLog } from './UsageLog';

/**
 * What command and action handlers need, in one object so Slack and the terminal session share the
 * same behaviour and tests can build it around a temporary corpus and state folder.
 */
export interface BotServices {
  knowledge: KnowledgeStore;
  core: CoreApi;
  usage: UsageLog;
  /** Whether a user may reload the corpus and see usage statistics. */
  isAdmin(userId: string): boolean;
  /** Time zone for "today" in digests. */
  timezone: string;
  /** The clock (real time in production). */
  now(): Date;
  logger: Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;
  /** Requests accepted and not yet answered; shutdown waits for them. */
  inFlight: InFlight;
}
