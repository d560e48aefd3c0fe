import { afterAll, beforeAll, expect, it } from 'vitest';
import { PgStateStore } from '../../src/state/pg/PgStateStore';
import { allText, ADMIN, TestBot } from '../slack/helpers/testBot';
import { digestScheduler, memoryLogger, SLOT } from './helpers/digestRig';
import { createDatabase, describePg, dropDatabase } from './helpers/pg';
import { TcpProxy } from './helpers/tcpProxy';

const unreachableLines = (lines: string[]) => lines.filter((line) => /state database unreachable/.test(line));

describePg('the state database goes down', () => {
  let url: string;
  let proxy: TcpProxy;
  beforeAll(async () => {
    url = await createDatabase();
    const target = new URL(url);
    proxy = await new TcpProxy({ host: target.hostname, port: Number(target.port) }).start();
  });
  afterAll(async () => {
    await proxy.stop();
    await dropDatabase(url);
  });

  it('still answers questions; logs one line per minute; writes the waiting records when it is back', async () => {
    let clock = 0;
    const logger = memoryLogger();
    const store = await PgStateStore.open({ url: proxy.rewrite(url), importFrom: null, logger, retryMs: 200, outage: { now: () => clock } });
    await store.ready;
    const bot = await TestBot.start({ state: store, digestChannel: undefined });
    try {
      expect(allText(await bot.ask('청년취업사관학교 예산'))).toContain('20,255백만원');
      await expect.poll(() => store.pendingRecords).toBe(0);

      proxy.cut();
      for (const question of ['청년취업사관학교 예산', '서울큐브 언제 열어?', '캠퍼스타운 예산', '일자리정책과 정원']) {
        const started = performance.now();
        const reply = allText(await bot.ask(question));
        expect(reply).not.toMatch(/오류/);
        expect(performance.now() - started).toBeLessThan(4000);
      }
      expect(allText(await bot.ask('청년취업사관학교 예산'))).toContain('20,255백만원');
      // The digest waits too: its slot cannot be claimed, and the store (not the scheduler) says so.
      const digest = digestScheduler(store, { apiUrl: bot.slack.apiUrl, channel: 'C0DOWN' });
      expect(await digest.runSlot(SLOT, true)).toBe('failed');
      // Stats cannot be read: a clear message, and the bot goes on.
      expect(allText(await bot.ask('stats', ADMIN))).toMatch(/사용 통계를 지금 읽을 수 없습니다/);
      await expect.poll(() => unreachableLines(logger.lines).length, { timeout: 5000 }).toBe(1);
      // Many more failed attempts (retries every 200 ms) within the same minute: still one line.
      await new Promise((r) => setTimeout(r, 1000));
      expect(unreachableLines(logger.lines)).toHaveLength(1);
      clock += 61_000;
      await expect.poll(() => unreachableLines(logger.lines).length, { timeout: 5000 }).toBe(2);
      expect(unreachableLines(logger.lines)[1]).toMatch(/for 1 min \(\d+ failed attempts\)/);
      expect(store.pendingRecords).toBe(5);

      proxy.restore();
      await expect.poll(() => store.pendingRecords, { timeout: 10_000 }).toBe(0);
      expect(logger.lines.some((line) => /state database reachable again/.test(line))).toBe(true);
      expect(await digest.runSlot(SLOT, true)).toBe('posted');
      const usage = await store.readUsage();
      expect(usage.questions).toHaveLength(6);
      expect(new Set(usage.questions.map((q) => q.answerId)).size).toBeGreaterThan(1);
      // Nothing in the log names the password, and no line carries a stack trace.
      const password = decodeURIComponent(new URL(url).password);
      expect(logger.lines.join('\n')).not.toContain(password);
      expect(logger.lines.join('\n')).not.toMatch(/\n\s+at /);
    } finally {
      await bot.stop();
    }
  }, 60_000);

  it('starts while the database is unreachable and catches up when it comes back', async () => {
    proxy.cut();
    const logger = memoryLogger();
    const store = await PgStateStore.open({ url: proxy.rewrite(url), importFrom: null, logger, retryMs: 200 });
    try {
      await store.recordQuestion({ at: new Date().toISOString(), user: 'U1', question: '서울큐브 개관', intent: 'schedule', found: true, answerId: 'a', via: 'slack' });
      expect(await store.claimOnce('event:Ev1', 60_000)).toBe(true);
      expect(await store.claimOnce('event:Ev1', 60_000)).toBe(false);
      expect(unreachableLines(logger.lines)).toHaveLength(1);
      proxy.restore();
      await store.ready;
      await expect.poll(() => store.pendingRecords, { timeout: 10_000 }).toBe(0);
      expect((await store.readUsage()).questions.some((q) => q.question === '서울큐브 개관')).toBe(true);
    } finally {
      await store.close();
    }
  }, 60_000);
});
