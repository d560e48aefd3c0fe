import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DigestScheduler } from '../../src/digest/DigestScheduler';
import { LastSentMarker } from '../../src/digest/LastSentMarker';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'econ-digest-stop-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('DigestScheduler.stop (shutdown)', () => {
  it('aborts a post in progress, leaves the slot unmarked, and posts nothing afterwards', async () => {
    const logs: string[] = [];
    const log = (...m: unknown[]) => void logs.push(m.map(String).join(' '));
    let sawAbort = false;
    const scheduler = new DigestScheduler({
      cron: '0 9 * * 1',
      timezone: 'Asia/Seoul',
      channel: 'C0DIGEST',
      marker: new LastSentMarker(path.join(dir, 'digest-last-sent.json')),
      // A post that waits (as a slow Slack would) until it is told to give up.
      post: (_slot, _late, signal) =>
        new Promise<void>((_resolve, reject) =>
          signal.addEventListener('abort', () => {
            sawAbort = true;
            reject(signal.reason);
          }),
        ),
      logger: { info: log, warn: log, error: log },
      now: () => new Date('2022-10-31T00:00:01Z'),
    });
    const slot = new Date('2022-10-31T00:00:00Z');
    const outcome = scheduler.runSlot(slot, false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await scheduler.stop();
    expect(sawAbort).toBe(true);
    expect(await outcome).toBe('failed');
    expect(await scheduler.runSlot(slot, false)).toBe('failed');
    expect(await readdir(dir)).toEqual([]);
    expect(logs).toEqual([`digest: slot ${slot.toISOString()} abandoned (shutting down; the next start catches it up while its week lasts)`]);
  });
});
