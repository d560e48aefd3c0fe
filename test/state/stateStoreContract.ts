import { afterAll, beforeAll, expect, it } from 'vitest';
import type { QuestionRecord } from '../../src/state/records';
import type { StateStore } from '../../src/state/StateStore';
import { FakeSlack } from '../slack/helpers/fakeSlack';
import { closedPortUrl, digestScheduler, SilentServer, SLOT } from './helpers/digestRig';

/** How the shared suite reaches one kind of store. */
export interface StoreHarness {
  /** Opens another instance on the same files or database, as another process would. */
  open(): Promise<StateStore>;
  /** Whether seen keys and thread context are shared between instances (the database) or not (files). */
  sharedEphemeral: boolean;
}

let weeks = 0;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Behaviour every state store must have, run against the file store and the PostgreSQL store.
 * Each test posts its own slot, a week after the previous test's, so tests share a store without
 * seeing each other's slots (the file store keeps only the latest slot posted).
 */
export function stateStoreContract(harness: () => StoreHarness): void {
  const opened: StateStore[] = [];
  const open = async () => {
    const store = await harness().open();
    opened.push(store);
    return store;
  };
  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close()));
  });
  digestSlotContract(open);
  recordsContract(open, () => harness().sharedEphemeral);
}

/** Digest slots: once across instances, released on failure, unknown on timeout, released on stop. */
function digestSlotContract(open: () => Promise<StateStore>): void {
  let slack: FakeSlack;
  const to = 'C0CONTRACT';
  /** A fresh slot (a Monday 09:00 in Seoul) and a clock an hour after it. */
  const week = () => {
    const slot = new Date(SLOT.getTime() + ++weeks * WEEK_MS);
    return { slot, now: () => new Date(slot.getTime() + 60 * 60 * 1000), text: `digest ${slot.toISOString()}` };
  };
  const posts = (text: string) => slack.calls('chat.postMessage').filter((c) => String(c.params.text).startsWith(text));

  beforeAll(async () => {
    slack = await new FakeSlack().start();
  });
  afterAll(async () => {
    await slack.stop();
  });

  it('posts a slot once when three instances run it at the same moment', async () => {
    const { slot, now, text } = week();
    const schedulers = await Promise.all([1, 2, 3].map(async () => digestScheduler(await open(), { apiUrl: slack.apiUrl, channel: to, now })));
    const outcomes = await Promise.all(schedulers.map((s) => s.runSlot(slot, false)));
    expect(outcomes.filter((o) => o === 'posted')).toHaveLength(1);
    expect(outcomes.every((o) => ['posted', 'already-posted', 'claimed-elsewhere'].includes(o))).toBe(true);
    expect(posts(text)).toHaveLength(1);
    // A restarted instance finds it posted.
    expect(await digestScheduler(await open(), { apiUrl: slack.apiUrl, channel: to, now }).runSlot(slot, false)).toBe('already-posted');
    expect(posts(text)).toHaveLength(1);
  }, 30_000);

  it('releases the claim when the post fails, so another instance posts the slot', async () => {
    const { slot, now, text } = week();
    const unreachable = digestScheduler(await open(), { apiUrl: await closedPortUrl(), channel: to, now });
    expect(await unreachable.runSlot(slot, false)).toBe('failed');
    expect(await digestScheduler(await open(), { apiUrl: slack.apiUrl, channel: to, now }).runSlot(slot, false)).toBe('posted');
    expect(posts(text)).toHaveLength(1);
  }, 30_000);

  it('records a post that got no answer as unknown, and no instance posts it again', async () => {
    const { slot, now, text } = week();
    const silent = await new SilentServer().start();
    try {
      const hanging = digestScheduler(await open(), { apiUrl: silent.apiUrl, channel: to, now, postTimeoutMs: 500 });
      expect(await hanging.runSlot(slot, false)).toBe('unknown');
      expect(silent.connections).toBe(1);
      expect(await digestScheduler(await open(), { apiUrl: slack.apiUrl, channel: to, now }).runSlot(slot, false)).toBe('unknown');
      expect(posts(text)).toHaveLength(0);
    } finally {
      await silent.stop();
    }
  }, 30_000);

  it('abandons a post in progress on stop() and releases its claim', async () => {
    const { slot, now, text } = week();
    const silent = await new SilentServer().start();
    try {
      const stopping = digestScheduler(await open(), { apiUrl: silent.apiUrl, channel: to, now, postTimeoutMs: 60_000 });
      const started = stopping.start();
      await expect.poll(() => silent.connections, { timeout: 10_000 }).toBe(1);
      await stopping.stop({ graceMs: 100 });
      expect(await started).toBe('failed');
      expect(await digestScheduler(await open(), { apiUrl: slack.apiUrl, channel: to, now }).runSlot(slot, true)).toBe('posted');
      expect(posts(text)).toHaveLength(1);
    } finally {
      await silent.stop();
    }
  }, 30_000);
}

/** Usage logs, seen keys and thread context. */
function recordsContract(open: () => Promise<StateStore>, sharedEphemeral: () => boolean): void {
  it('keeps questions and votes from every instance for /econ stats', async () => {
    const [a, b] = [await open(), await open()];
    const question = (user: string, text: string): QuestionRecord => ({
      at: new Date().toISOString(), user, question: text, intent: 'budget', found: true, answerId: `ans-${text}`, via: 'slack',
    });
    const before = (await a.readUsage()).questions.length;
    await a.recordQuestion(question('UA', '청년취업사관학교 예산'));
    await b.recordQuestion({ ...question('UB', '서울큐브 언제 열어?'), source: 'thread' });
    await b.recordVote({ at: new Date().toISOString(), user: 'UB', vote: 'down', question: '서울큐브 언제 열어?', intent: 'schedule', answerId: 'ans-x' });
    const usage = await (await open()).readUsage();
    expect(usage.questions.length - before).toBe(2);
    expect(usage.questions.map((q) => q.question)).toEqual(expect.arrayContaining(['청년취업사관학교 예산', '서울큐브 언제 열어?']));
    // Where it was asked is kept; a record without it stays without it.
    expect(usage.questions.find((q) => q.user === 'UB')?.source).toBe('thread');
    expect(usage.questions.find((q) => q.user === 'UA')?.source).toBeUndefined();
    expect(usage.votes.some((v) => v.vote === 'down' && v.question === '서울큐브 언제 열어?')).toBe(true);
    expect(usage.unreadableLines).toBe(0);
  }, 30_000);

  it('claims a seen key once while it lasts', async () => {
    const [a, b] = [await open(), await open()];
    const key = `event:Ev${Date.now()}`;
    expect(await a.claimOnce(key, 3000)).toBe(true);
    expect(await a.claimOnce(key, 3000)).toBe(false);
    expect(await b.claimOnce(key, 3000)).toBe(!sharedEphemeral());
    await new Promise((r) => setTimeout(r, 3500));
    expect(await a.claimOnce(key, 3000)).toBe(true);
  }, 30_000);

  it('keeps thread context until it expires', async () => {
    const [a, b] = [await open(), await open()];
    const key = `thread:C1:${Date.now()}`;
    expect(await a.getContext(key)).toBeNull();
    await a.setContext(key, { topic: '청년취업사관학교', turns: 2 }, 3000);
    expect(await a.getContext(key)).toEqual({ topic: '청년취업사관학교', turns: 2 });
    expect(await b.getContext(key)).toEqual(sharedEphemeral() ? { topic: '청년취업사관학교', turns: 2 } : null);
    await new Promise((r) => setTimeout(r, 3500));
    expect(await a.getContext(key)).toBeNull();
  }, 30_000);
}
