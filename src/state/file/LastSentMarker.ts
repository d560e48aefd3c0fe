import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { safeJson } from './JsonlUsageLog';

/** What the marker file holds: the last slot whose digest was posted (or whose outcome is unknown). */
export const LastSent = z.object({
  /** The scheduled instant of the slot (ISO, UTC). */
  slot: z.iso.datetime(),
  /** When it was posted, or found to be of unknown outcome. */
  sentAt: z.iso.datetime(),
  channel: z.string(),
  /** `unknown`: a post that may or may not have reached Slack, deliberately not repeated. */
  outcome: z.enum(['posted', 'unknown']).default('posted'),
});
export type LastSent = z.infer<typeof LastSent>;

/**
 * The persisted "last digest posted" marker (`digest-last-sent.json`). Written atomically (temporary
 * file in the same folder, then rename), so a crash mid-write leaves the old marker or the new one.
 */
export class LastSentMarker {
  constructor(readonly file: string) {}

  /** The marker, or null when there is none yet. An unreadable marker is reported, not ignored. */
  async read(): Promise<LastSent | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const parsed = LastSent.safeParse(safeJson(text));
    if (!parsed.success) throw new Error(`다이제스트 발송 기록 파일을 읽을 수 없습니다 (unreadable marker): ${this.file}`);
    return parsed.data;
  }

  /** Replaces the marker atomically. */
  async write(marker: z.input<typeof LastSent>): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(tmp, `${JSON.stringify(LastSent.parse(marker), null, 2)}\n`, { encoding: 'utf8', flush: true });
      await rename(tmp, this.file);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }
}
