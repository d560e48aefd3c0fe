import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DigestScheduler } from '../../src/digest/DigestScheduler';
import { FileStateStore } from '../../src/state/file/FileStateStore';
import { LastSentMarker } from '../../src/state/file/LastSentMarker';

let dir: string;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'econ-digest-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A scheduler for Monday 09:00 Seoul whose clock the test controls, recording what it posts. */
async function scheduler(now: () => Date, posts: Array<{ slot: string; late: boolean }>, post?: () => Promise<void>) {
  return new DigestScheduler({
    cron: '0 9 * * 1',
    timezone: 'Asia/Seoul',
    channel: 'C0DIGEST',
    slots: await FileStateStore.open({ stateDir: dir }),
    post: async (slot, late) => {
      await post?.();
      posts.push({ slot: slot.toISOString(), late });
    },
    logger: silent,
    now,
  });
}

// Monday 31 October 2022, 09:00 in Seoul.
const SLOT = new Date('2022-10-31T00:00:00Z');

describe('DigestScheduler', () => {
  it('computes slots in the configured time zone', async () => {
    const s = await scheduler(() => new Date('2022-10-31T05:00:00Z'), []);
    expect(s.latestSlot()?.toISOString()).toBe(SLOT.toISOString());
    // Monday 08:59 in Seoul: the latest slot is the previous Monday.
    const early = await scheduler(() => new Date('2022-10-30T23:59:00Z'), []);
    expect(early.latestSlot()?.toISOString()).toBe('2022-10-24T00:00:00.000Z');
  });

  it('posts a slot exactly once, also when asked twice at the same time', async () => {
    const posts: Array<{ slot: string; late: boolean }> = [];
    const s = await scheduler(() => new Date('2022-10-31T00:00:01Z'), posts);
    const outcomes = await Promise.all([s.runSlot(SLOT, false), s.runSlot(SLOT, false)]);
    expect(outcomes.sort()).toEqual(['already-posted', 'posted']);
    expect(posts).toEqual([{ slot: SLOT.toISOString(), late: false }]);
  });

  it('does not post again after a restart (the marker survives)', async () => {
    const posts: Array<{ slot: string; late: boolean }> = [];
    const now = () => new Date('2022-10-31T02:00:00Z');
    const first = await scheduler(now, posts);
    expect(await first.catchUp()).toBe('posted');
    await first.stop();
    const second = await scheduler(now, posts);
    expect(await second.catchUp()).toBe('already-posted');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.late).toBe(true);
  });

  it('catches up a missed slot while its week lasts', async () => {
    const posts: Array<{ slot: string; late: boolean }> = [];
    // Sunday evening, six and a half days after the slot: still its week.
    expect(await (await scheduler(() => new Date('2022-11-06T12:00:00Z'), posts)).catchUp()).toBe('posted');
    expect(posts).toEqual([{ slot: SLOT.toISOString(), late: true }]);
  });

  it('does not catch up a slot whose week is over', async () => {
    const posts: Array<{ slot: string; late: boolean }> = [];
    // With a weekly pattern the latest slot is always within its week; a yearly one shows the rule.
    const yearly = new DigestScheduler({
      cron: '0 9 1 1 *',
      timezone: 'Asia/Seoul',
      channel: 'C0DIGEST',
      slots: await FileStateStore.open({ stateDir: path.join(dir, 'yearly') }),
      post: async (slot, late) => void posts.push({ slot: slot.toISOString(), late }),
      logger: silent,
      now: () => new Date('2022-03-01T00:00:00Z'),
    });
    expect(await yearly.catchUp()).toBeNull();
    expect(posts).toEqual([]);
  });

  it('leaves the slot unmarked when posting fails, so it is tried again', async () => {
    const posts: Array<{ slot: string; late: boolean }> = [];
    let fail = true;
    const s = await scheduler(() => new Date('2022-10-31T00:00:01Z'), posts, async () => {
      if (fail) throw new Error('slack down');
    });
    expect(await s.runSlot(SLOT, false)).toBe('failed');
    fail = false;
    expect(await s.runSlot(SLOT, false)).toBe('posted');
    expect(posts).toHaveLength(1);
  });

  it('fires on its cron schedule (croner, real timers)', async () => {
    const posts: Array<{ slot: string; late: boolean }> = [];
    const everySecond = new DigestScheduler({
      cron: '* * * * * *',
      timezone: 'Asia/Seoul',
      channel: 'C0DIGEST',
      slots: await FileStateStore.open({ stateDir: path.join(dir, 'tick') }),
      post: async (slot, late) => void posts.push({ slot: slot.toISOString(), late }),
      logger: silent,
    });
    await everySecond.start();
    await new Promise((r) => setTimeout(r, 2300));
    await everySecond.stop();
    const scheduled = posts.filter((p) => !p.late);
    expect(scheduled.length).toBeGreaterThanOrEqual(1);
    // One post per slot, never two for the same second.
    expect(new Set(posts.map((p) => p.slot)).size).toBe(posts.length);
  });
});

describe('LastSentMarker', () => {
  it('writes atomically: the file is complete and no temporary file is left', async () => {
    const marker = new LastSentMarker(path.join(dir, 'state', 'marker.json'));
    await marker.write({ slot: SLOT.toISOString(), sentAt: SLOT.toISOString(), channel: 'C1' });
    await marker.write({ slot: '2022-11-07T00:00:00.000Z', sentAt: '2022-11-07T00:00:01.000Z', channel: 'C1' });
    expect(await marker.read()).toEqual({ slot: '2022-11-07T00:00:00.000Z', sentAt: '2022-11-07T00:00:01.000Z', channel: 'C1', outcome: 'posted' });
    expect(await readdir(path.join(dir, 'state'))).toEqual(['marker.json']);
    expect(JSON.parse(await readFile(path.join(dir, 'state', 'marker.json'), 'utf8')).channel).toBe('C1');
  });

  it('reads a missing marker as none, and refuses a corrupt one rather than re-posting', async () => {
    const marker = new LastSentMarker(path.join(dir, 'digest-last-sent.json'));
    expect(await marker.read()).toBeNull();
    await writeFile(marker.file, '{"slot": "yesterday"');
    await expect(marker.read()).rejects.toThrow(/읽을 수 없습니다/);
    const posts: Array<{ slot: string; late: boolean }> = [];
    const s = new DigestScheduler({ cron: '0 9 * * 1', timezone: 'Asia/Seoul', channel: 'C', slots: await FileStateStore.open({ stateDir: dir }), post: async (slot, late) => void posts.push({ slot: slot.toISOString(), late }), logger: silent, now: () => new Date('2022-10-31T01:00:00Z') });
    expect(await s.catchUp()).toBe('failed');
    expect(posts).toEqual([]);
  });
});
