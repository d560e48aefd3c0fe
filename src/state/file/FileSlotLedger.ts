import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { SlotClaim, SlotClaimResult } from '../StateStore';
import { safeJson } from './JsonlUsageLog';
import { LastSentMarker } from './LastSentMarker';
import { mayBeAlive, ProcessIdentity, thisProcess } from './processIdentity';

/** Marker file name inside ECON_STATE_DIR. */
export const DIGEST_MARKER_FILE = 'digest-last-sent.json';
/** Folder of in-progress claims inside ECON_STATE_DIR. */
export const DIGEST_CLAIMS_DIR = 'digest-claims';

/** How often a claim is tried when the competing claim keeps vanishing before it can be read. */
const CLAIM_ATTEMPTS = 5;

const ClaimFile = ProcessIdentity.extend({ claimedAt: z.iso.datetime() });
type ClaimFile = z.infer<typeof ClaimFile>;

/**
 * Digest slots in files: the last posted slot in `digest-last-sent.json`, and a claim file per slot
 * being posted, created exclusively (so two processes sharing the folder never both post a slot)
 * before the post and removed once the outcome is recorded.
 *
 * A claim file whose process is gone means that process stopped between claiming and recording the
 * outcome: the post may or may not have reached Slack, so the slot is recorded as `unknown` and not
 * posted again. Across hosts (a shared volume) liveness cannot be checked; such a claim counts as
 * alive for `leaseMs`. Several instances need the database store.
 */
export class FileSlotLedger {
  readonly #marker: LastSentMarker;
  readonly #claims: string;
  readonly #me: ProcessIdentity;

  constructor(stateDir: string, instance: string, private readonly leaseMs: number) {
    this.#marker = new LastSentMarker(path.join(stateDir, DIGEST_MARKER_FILE));
    this.#claims = path.join(stateDir, DIGEST_CLAIMS_DIR);
    this.#me = thisProcess(instance);
  }

  /** See StateStore.claimSlot. */
  async claimSlot(channel: string, slot: Date): Promise<SlotClaimResult> {
    const file = path.join(this.#claims, `${channel.replace(/[^\w.-]/g, '_')}-${slot.getTime()}.json`);
    // A claim that vanishes between our failed create and our read was settled (or released) by its
    // holder just then: look again rather than mistake it for a crashed holder.
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const result = await this.#tryClaim(file, channel, slot);
      if (result !== 'vanished') return result;
    }
    // Claims keep appearing and vanishing: someone is at it; a later tick looks again.
    return { status: 'claimed-elsewhere', until: new Date(Date.now() + this.leaseMs) };
  }

  async #tryClaim(file: string, channel: string, slot: Date): Promise<SlotClaimResult | 'vanished'> {
    const settled = await this.#settled(slot);
    if (settled) return settled;
    const claimedAt = new Date();
    if (await this.#createExclusive(file, { ...this.#me, claimedAt: claimedAt.toISOString() })) {
      // Another process may have settled the slot (marker written, then its claim removed) between
      // our first read and our claim: read the marker again now that we hold the claim.
      const settledMeanwhile = await this.#settled(slot);
      if (!settledMeanwhile) return { status: 'claimed', claim: this.#claim(file, channel, slot), takenOver: false };
      await rm(file, { force: true });
      return settledMeanwhile;
    }
    // Gone: settled or released meanwhile. Unreadable for another reason (EACCES, EMFILE): not a
    // sign that its holder crashed, so the error goes up rather than the claim being taken over.
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (text === null) return 'vanished';
    const holder = ClaimFile.safeParse(safeJson(text));
    if (holder.success) {
      const until = new Date(Date.parse(holder.data.claimedAt) + this.leaseMs);
      if (holder.data.instance === this.#me.instance || mayBeAlive(holder.data, until.getTime() > Date.now())) {
        return { status: 'claimed-elsewhere', until };
      }
    }
    await this.#settle(file, channel, slot, 'unknown');
    const who = holder.success ? `process ${holder.data.pid} on ${holder.data.host} at ${holder.data.claimedAt}` : 'a process (claim file unreadable)';
    return { status: 'unknown', detail: `claimed by ${who}, which stopped before recording whether Slack received it` };
  }

  /** The slot's recorded outcome, or null when it has not been settled. */
  async #settled(slot: Date): Promise<SlotClaimResult | null> {
    const last = await this.#marker.read();
    if (last === null || Date.parse(last.slot) < slot.getTime()) return null;
    return last.outcome === 'posted' || Date.parse(last.slot) > slot.getTime()
      ? { status: 'posted' }
      : { status: 'unknown', detail: `recorded as unknown at ${last.sentAt}` };
  }

  #claim(file: string, channel: string, slot: Date): SlotClaim {
    return {
      markPosted: () => this.#settle(file, channel, slot, 'posted'),
      markUnknown: () => this.#settle(file, channel, slot, 'unknown'),
      release: () => rm(file, { force: true }),
    };
  }

  /** Records the outcome, then drops this claim and any left for older slots. */
  async #settle(file: string, channel: string, slot: Date, outcome: 'posted' | 'unknown'): Promise<void> {
    await this.#marker.write({ slot: slot.toISOString(), sentAt: new Date().toISOString(), channel, outcome });
    await rm(file, { force: true });
    for (const name of await readdir(this.#claims).catch(() => [])) {
      const claimed = Number(/-(\d+)\.json$/.exec(name)?.[1]);
      if (claimed < slot.getTime()) await rm(path.join(this.#claims, name), { force: true });
    }
  }

  /** Writes the claim to a temporary file and links it into place: the link fails if the claim exists. */
  async #createExclusive(file: string, claim: ClaimFile): Promise<boolean> {
    await mkdir(this.#claims, { recursive: true });
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(tmp, JSON.stringify(claim), { encoding: 'utf8', flush: true });
    try {
      await link(tmp, file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    } finally {
      await rm(tmp, { force: true });
    }
  }
}
