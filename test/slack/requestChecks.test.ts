import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemorySeenKeys } from '../../src/slack/http/SeenKeys';
import { RejectionLog } from '../../src/slack/http/RejectionLog';

describe('RejectionLog', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('logs the first refusal at once, then one count per window while they go on', () => {
    vi.useFakeTimers();
    const lines: Array<{ fields: Record<string, unknown>; msg: string }> = [];
    const log = new RejectionLog({ warn: (fields: Record<string, unknown>, msg: string) => void lines.push({ fields, msg }) }, 'refused Slack requests', 60_000);
    for (let i = 0; i < 50; i++) log.record(i % 10 === 0 ? 'stale' : 'bad signature');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.msg).toBe('refused Slack requests: stale (further ones are counted and logged once a minute)');
    vi.advanceTimersByTime(60_000);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.fields).toEqual({ count: 49, byReason: { 'bad signature': 45, stale: 4 } });
    expect(lines[1]!.msg).toBe('refused Slack requests: 49 more within 60 s (bad signature 45, stale 4)');
    // A quiet minute writes nothing; the next refusal after it is logged at once again.
    vi.advanceTimersByTime(60_000);
    expect(lines).toHaveLength(2);
    vi.advanceTimersByTime(60_000);
    log.record('replay');
    expect(lines).toHaveLength(3);
    log.record('replay');
    log.close();
    expect(lines[3]!.msg).toMatch(/1 more within 60 s \(replay 1\)/);
  });
});

describe('MemorySeenKeys', () => {
  it('claims a key once until it expires, and forgets expired keys', async () => {
    let now = 1_000_000;
    const keys = new MemorySeenKeys(() => now);
    expect(await keys.claimOnce('a', 10_000)).toBe(true);
    expect(await keys.claimOnce('a', 10_000)).toBe(false);
    expect(await keys.claimOnce('b', 10_000)).toBe(true);
    now += 9_999;
    expect(await keys.claimOnce('a', 10_000)).toBe(false);
    now += 1;
    expect(await keys.claimOnce('c', 10_000)).toBe(true);
    // a and b expired and were swept when c was claimed.
    expect(keys.size).toBe(1);
    expect(await keys.claimOnce('a', 10_000)).toBe(true);
  });
});
