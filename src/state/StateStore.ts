import type { JsonValue, QuestionRecord, UsageRecords, VoteRecord } from './records';

/** How long a digest slot claim holds when its instance neither posts nor releases it (it died). */
export const SLOT_LEASE_MS = 10 * 60 * 1000;

/** A claim on one digest slot, held while its digest is being posted. */
export interface SlotClaim {
  /** Records that the digest reached Slack; the slot is never posted again. */
  markPosted(): Promise<void>;
  /** Records that nobody knows whether the post reached Slack (timeout); the slot is not posted again. */
  markUnknown(): Promise<void>;
  /** Gives the slot back (the post failed or was abandoned) so a later try, here or elsewhere, posts it. */
  release(): Promise<void>;
}

/** The answer to "may I post this slot?". */
export type SlotClaimResult =
  /** Yes: post, then settle the claim. `takenOver` says a dead instance's claim was taken over. */
  | { status: 'claimed'; claim: SlotClaim; takenOver: boolean }
  /** Already posted (by this instance or another). */
  | { status: 'posted' }
  /** An earlier attempt's outcome is unknown; it is not posted again. `detail` says why. */
  | { status: 'unknown'; detail: string }
  /** Another live instance holds the claim until `until`. */
  | { status: 'claimed-elsewhere'; until: Date };

/** Why a reload reached this instance. */
export interface ReloadNotice {
  /** The instance that ran `/econ reload`. */
  from: string;
}

/**
 * Everything econ-bot keeps between requests and restarts: digest slots, the question and feedback
 * logs behind `/econ stats`, short-lived "seen" keys (replay and duplicate-event rejection), thread
 * context, and the reload signal between instances.
 *
 * Two implementations: FileStateStore (files in ECON_STATE_DIR, one instance) and PgStateStore
 * (ECON_DATABASE_URL, any number of instances).
 */
export interface StateStore {
  /** `file` or `postgres`, for the start-up log line. */
  readonly kind: 'file' | 'postgres';
  /** This process's id in claims and reload notices. */
  readonly instanceId: string;

  /** Claims a digest slot before posting it: at most one instance holds a slot at a time. */
  claimSlot(channel: string, slot: Date): Promise<SlotClaimResult>;

  /** Records a question; may queue it while the store is unreachable (never loses the answer). */
  recordQuestion(record: QuestionRecord): Promise<void>;
  /** Records a 👍/👎 vote, queued like questions. */
  recordVote(record: VoteRecord): Promise<void>;
  /** Both usage logs, including records still waiting to be written. */
  readUsage(): Promise<UsageRecords>;

  /** True the first time `key` is claimed within `ttlMs`; false for a repeat while it lasts. */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;

  /** The context stored under `key`, or null when there is none or it expired. */
  getContext(key: string): Promise<JsonValue | null>;
  /** Stores context under `key` for `ttlMs`. */
  setContext(key: string, value: JsonValue, ttlMs: number): Promise<void>;

  /** Tells every other instance to reload its corpus (no-op where there is only one). */
  announceReload(): Promise<void>;
  /** Calls `listener` when another instance announced a reload; returns the unsubscribe function. */
  onReload(listener: (notice: ReloadNotice) => void): () => void;

  /** Writes what is waiting (bounded wait) and closes connections and timers. */
  close(): Promise<void>;
}

/**
 * Thrown by a store whose backing service cannot be reached. The store has already logged it (once
 * per minute while it lasts), so callers retry quietly.
 */
export class StateUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`state store unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StateUnavailableError';
  }
}
