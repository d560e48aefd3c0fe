import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { JsonValue, QuestionRecord, UsageRecords, VoteRecord } from '../records';
import { SLOT_LEASE_MS, type ReloadNotice, type SlotClaimResult, type StateStore } from '../StateStore';
import { TtlMap } from '../TtlMap';
import { FileSlotLedger } from './FileSlotLedger';
import { JsonlUsageLog, safeJson } from './JsonlUsageLog';

/** Seen keys and thread context saved on close, read on the next start (expired entries dropped). */
export const EPHEMERAL_FILE = 'ephemeral-state.json';

const Saved = z.object({
  seen: z.array(z.tuple([z.string(), z.object({ value: z.any(), expiresAt: z.number() })])),
  context: z.array(z.tuple([z.string(), z.object({ value: z.any(), expiresAt: z.number() })])),
});

/** Options for FileStateStore. */
export interface FileStateStoreOptions {
  stateDir: string;
  /** How long a claim by a process on another host counts as alive (default SLOT_LEASE_MS). */
  leaseMs?: number;
}

/**
 * The embedded state store: files in ECON_STATE_DIR, no server. For ONE instance: the JSONL logs and
 * digest claims are safe for two processes sharing the folder (appends, exclusive claim files), but
 * seen keys and thread context live in this process's memory (saved on a clean stop), and reloads
 * reach only this instance. Run several instances with ECON_DATABASE_URL instead.
 */
export class FileStateStore implements StateStore {
  readonly kind = 'file';
  readonly instanceId = randomUUID();
  readonly #usage: JsonlUsageLog;
  readonly #slots: FileSlotLedger;
  readonly #seen = new TtlMap();
  readonly #context = new TtlMap();
  readonly #ephemeralFile: string;

  private constructor(readonly stateDir: string, leaseMs: number) {
    this.#usage = new JsonlUsageLog(stateDir);
    this.#slots = new FileSlotLedger(stateDir, this.instanceId, leaseMs);
    this.#ephemeralFile = path.join(stateDir, EPHEMERAL_FILE);
  }

  /** Opens the store, restoring seen keys and context saved by the previous clean stop. */
  static async open(options: FileStateStoreOptions): Promise<FileStateStore> {
    const store = new FileStateStore(options.stateDir, options.leaseMs ?? SLOT_LEASE_MS);
    const saved = Saved.safeParse(safeJson(await readFile(store.#ephemeralFile, 'utf8').catch(() => '')));
    if (saved.success) {
      store.#seen.restore(saved.data.seen);
      store.#context.restore(saved.data.context);
    }
    return store;
  }

  claimSlot(channel: string, slot: Date): Promise<SlotClaimResult> {
    return this.#slots.claimSlot(channel, slot);
  }

  recordQuestion(record: QuestionRecord): Promise<void> {
    return this.#usage.recordQuestion(record);
  }

  recordVote(record: VoteRecord): Promise<void> {
    return this.#usage.recordVote(record);
  }

  readUsage(): Promise<UsageRecords> {
    return this.#usage.read();
  }

  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    return this.#seen.claim(key, ttlMs);
  }

  async getContext(key: string): Promise<JsonValue | null> {
    return this.#context.get(key) ?? null;
  }

  async setContext(key: string, value: JsonValue, ttlMs: number): Promise<void> {
    this.#context.set(key, value, ttlMs);
  }

  /** One instance: there is nobody else to tell. */
  async announceReload(): Promise<void> {}

  onReload(_listener: (notice: ReloadNotice) => void): () => void {
    return () => undefined;
  }

  /** Saves seen keys and context so a restart within their lifetime still knows them. */
  async close(): Promise<void> {
    const seen = this.#seen.entries();
    const context = this.#context.entries();
    if (seen.length === 0 && context.length === 0) return;
    await mkdir(this.stateDir, { recursive: true });
    const tmp = `${this.#ephemeralFile}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify({ seen, context }), 'utf8');
    await rename(tmp, this.#ephemeralFile);
  }
}
