import type pg from 'pg';
import path from 'node:path';
import { JsonlUsageLog } from '../file/JsonlUsageLog';
import { DIGEST_MARKER_FILE } from '../file/FileSlotLedger';
import { LastSentMarker } from '../file/LastSentMarker';
import { inTransaction } from './migrations';
import { insertUsage, type KeyedRecord } from './usageRows';

/** Name of the one-time import in econ_imports. */
export const FILE_IMPORT = 'file-state';

/** What the first start on a database brought in from ECON_STATE_DIR. */
export interface ImportSummary {
  questions: number;
  votes: number;
  unreadableLines: number;
  /** The digest slot marked posted from `digest-last-sent.json`, if any. */
  digestSlot: string | null;
}

/**
 * On the first start on a database (run under the migration lock), brings in the file store's
 * question and feedback logs and its last digest slot, so switching to the database loses no
 * statistics and does not post this week's digest again. Recorded in econ_imports, so it runs once
 * per database; returns null when it had already run.
 */
export async function importFileState(client: pg.ClientBase, stateDir: string): Promise<ImportSummary | null> {
  const usage = await new JsonlUsageLog(stateDir).read();
  const marker = await new LastSentMarker(path.join(stateDir, DIGEST_MARKER_FILE)).read().catch(() => null);
  return inTransaction(client, async () => {
    const claimed = await client.query(`INSERT INTO econ_imports (name, rows) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [
      FILE_IMPORT,
      usage.questions.length + usage.votes.length,
    ]);
    if (claimed.rowCount === 0) return null;
    const records: KeyedRecord[] = [
      ...usage.questions.map((record, i) => ({ id: `import:q:${i}`, kind: 'question' as const, record })),
      ...usage.votes.map((record, i) => ({ id: `import:v:${i}`, kind: 'vote' as const, record })),
    ];
    for (let i = 0; i < records.length; i += 5000) await insertUsage(client, records.slice(i, i + 5000));
    if (marker !== null) {
      await client.query(
        `INSERT INTO econ_digest_slots (channel, slot, state, owner, lease_until, settled_at)
         VALUES ($1, $2, $3, 'import', now(), $4) ON CONFLICT DO NOTHING`,
        [marker.channel, marker.slot, marker.outcome, marker.sentAt],
      );
    }
    return { questions: usage.questions.length, votes: usage.votes.length, unreadableLines: usage.unreadableLines, digestSlot: marker?.slot ?? null };
  });
}
