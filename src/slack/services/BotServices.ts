import type { Logger } from '@slack/bolt';
import type { DeliveryPolicies } from '../delivery/RetryPolicy';
import type { SeenKeys } from '../http/SeenKeys';
import type { InFlight } from '../../runtime/InFlight';
import type { CoreApi } from './coreApi';
import type { EventDedupe, ThreadContextStore } from './conversationStores';
import type { KnowledgeStore } from './KnowledgeStore';
import type { StateStore } from '../../state/StateStore';

/**
 * What command and action handlers need, in one object so Slack and the terminal session share the
 * same behaviour and tests can build it around a temporary corpus and state folder.
 */
export interface BotServices {
  knowledge: KnowledgeStore;
  core: CoreApi;
  /** Digest slots, question and feedback logs, seen keys, thread context, reload notices. */
  state: StateStore;
  /** Whether a user may reload the corpus and see usage statistics. */
  isAdmin(userId: string): boolean;
  /** Time zone for "today" in digests. */
  timezone: string;
  /** The clock (real time in production). */
  now(): Date;
  logger: Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;
  /** How replies (response_url) and Web API calls are retried. */
  delivery: DeliveryPolicies;
  /** Where accepted request signatures are remembered, so a replay is refused (in memory, or a shared store). */
  seenKeys: SeenKeys;
  /** Requests accepted and not yet answered; shutdown waits for them. */
  inFlight: InFlight;
  /** Context per thread or DM, for follow-up questions. */
  conversations: ThreadContextStore;
  /** Claims each Slack event once, so a retried event is answered once. */
  dedupe: EventDedupe;
  /** `mentions`: answer in channels only when mentioned; `all`: every reply in a thread the bot answered in. */
  threadFollowups: 'mentions' | 'all';
}
