import type pg from 'pg';
import type { SlotClaim, SlotClaimResult } from '../StateStore';

/**
 * Digest slots in `econ_digest_slots`, one row per channel and slot (the primary key makes the claim
 * unique). A claim carries a lease measured on the database's clock, so instances' clocks need not
 * agree: a claim neither posted nor released before its lease ends (its instance died) is taken over.
 */
export class PgSlotLedger {
  constructor(
    private readonly db: () => Promise<pg.Pool>,
    private readonly owner: string,
    private readonly leaseMs: number,
  ) {}

  /** See StateStore.claimSlot. */
  async claimSlot(channel: string, slot: Date): Promise<SlotClaimResult> {
    const db = await this.db();
    // Twice at most: the row may be released between the INSERT and the SELECT.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const inserted = await db.query<{ taken_over: boolean }>(
        `INSERT INTO econ_digest_slots AS s (channel, slot, state, owner, lease_until)
         VALUES ($1, $2, 'claimed', $3, now() + $4 * interval '1 millisecond')
         ON CONFLICT (channel, slot) DO UPDATE
           SET owner = EXCLUDED.owner, claimed_at = now(), lease_until = EXCLUDED.lease_until
           WHERE s.state = 'claimed' AND s.lease_until <= now()
         RETURNING (xmax <> 0) AS taken_over`,
        [channel, slot, this.owner, this.leaseMs],
      );
      const row = inserted.rows[0];
      if (row !== undefined) return { status: 'claimed', claim: this.#claim(channel, slot), takenOver: row.taken_over };
      const existing = await db.query<{ state: string; lease_until: Date; owner: string; settled_at: Date | null }>(
        'SELECT state, lease_until, owner, settled_at FROM econ_digest_slots WHERE channel = $1 AND slot = $2',
        [channel, slot],
      );
      const current = existing.rows[0];
      if (current === undefined) continue;
      if (current.state === 'posted') return { status: 'posted' };
      if (current.state === 'unknown') return { status: 'unknown', detail: `recorded as unknown at ${current.settled_at?.toISOString() ?? '?'}` };
      return { status: 'claimed-elsewhere', until: current.lease_until };
    }
    return { status: 'claimed-elsewhere', until: new Date(Date.now() + this.leaseMs) };
  }

  #claim(channel: string, slot: Date): SlotClaim {
    const mine = [channel, slot, this.owner];
    const settle = async (sql: string, params: unknown[]) => void (await (await this.db()).query(sql, params));
    return {
      // Posted wins whoever holds the row now: the digest is out.
      markPosted: () =>
        settle(
          `INSERT INTO econ_digest_slots AS s (channel, slot, state, owner, lease_until, settled_at) VALUES ($1, $2, 'posted', $3, now(), now())
           ON CONFLICT (channel, slot) DO UPDATE SET state = 'posted', settled_at = now() WHERE s.state <> 'posted'`,
          mine,
        ),
      markUnknown: () => settle(`UPDATE econ_digest_slots SET state = 'unknown', settled_at = now() WHERE channel = $1 AND slot = $2 AND owner = $3 AND state = 'claimed'`, mine),
      release: () => settle(`DELETE FROM econ_digest_slots WHERE channel = $1 AND slot = $2 AND owner = $3 AND state = 'claimed'`, mine),
    };
  }
}
