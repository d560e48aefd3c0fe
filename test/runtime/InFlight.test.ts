import { describe, expect, it } from 'vitest';
import { InFlight } from '../../src/runtime/InFlight';

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('InFlight', () => {
  it('counts work until it settles, whether it succeeds or fails, and returns its result', async () => {
    const inFlight = new InFlight();
    const ok = inFlight.track('ok', () => after(30, 'answer'));
    const failing = inFlight.track('fails', async () => {
      await after(10, null);
      throw new Error('boom');
    });
    expect(inFlight.labels()).toEqual(['ok', 'fails']);
    await expect(failing).rejects.toThrow('boom');
    expect(inFlight.labels()).toEqual(['ok']);
    expect(await ok).toBe('answer');
    expect(inFlight.size).toBe(0);
  });

  it('settle waits for work registered while it waits, and reports what is left at the timeout', async () => {
    const inFlight = new InFlight();
    void inFlight.track('first', async () => {
      await after(20, null);
      void inFlight.track('registered later', () => after(40, null));
    });
    expect(await inFlight.settle(2000)).toEqual([]);

    void inFlight.track('hangs', () => new Promise(() => undefined));
    const started = Date.now();
    expect(await inFlight.settle(100)).toEqual(['hangs']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
  });

  it('stops accepting once closed; work already accepted still runs', async () => {
    const inFlight = new InFlight();
    expect(inFlight.accepting).toBe(true);
    inFlight.close();
    expect(inFlight.accepting).toBe(false);
    expect(await inFlight.track('after close', () => after(5, 42))).toBe(42);
  });

  it('counts work that throws before returning a promise as settled', async () => {
    const inFlight = new InFlight();
    await expect(inFlight.track('sync throw', () => {
      throw new Error('at once');
    })).rejects.toThrow('at once');
    expect(inFlight.size).toBe(0);
  });
});
