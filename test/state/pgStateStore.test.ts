import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/state/pg/migrations';
import { PgStateStore, type PgStateStoreOptions } from '../../src/state/pg/PgStateStore';
import { FakeSlack } from '../slack/helpers/fakeSlack';
import { createDatabase, describePg, dropDatabase, queryOnce } from './helpers/pg';
import { digestScheduler, memoryLogger, SLOT } from './helpers/digestRig';
import { stateStoreContract } from './stateStoreContract';

describePg('PostgreSQL state store (shared behaviour)', () => {
  let url: string;
  beforeAll(async () => {
    url = await createDatabase();
  });
  afterAll(async () => {
    await dropDatabase(url);
  });
  stateStoreContract(() => ({
    open: async () => {
      const store = await PgStateStore.open({ url, importFrom: null, logger: memoryLogger() });
      await store.ready;
      return store;
    },
    sharedEphemeral: true,
  }));
});

describePg('PostgreSQL state store across instances', () => {
  let url: string;
  let slack: FakeSlack;
  const stores: PgStateStore[] = [];
  const open = async (options: Partial<PgStateStoreOptions> = {}) => {
    const store = await PgStateStore.open({ url, importFrom: null, logger: memoryLogger(), ...options });
    stores.push(store);
    return store;
  };
  beforeAll(async () => {
    url = await createDatabase();
    slack = await new FakeSlack().start();
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await slack.stop();
    await dropDatabase(url);
  });

  it('takes over a claim whose instance died, once its lease has run out', async () => {
    const dead = await open({ leaseMs: 1500 });
    await dead.ready;
    expect((await dead.claimSlot('C0LEASE', SLOT)).status).toBe('claimed');
    // The instance "dies": it neither posts nor releases.
    const logger = memoryLogger();
    const survivor = digestScheduler(await open({ leaseMs: 1500 }), { apiUrl: slack.apiUrl, channel: 'C0LEASE', leaseMs: 1500, logger });
    await stores.at(-1)!.ready;
    expect(await survivor.start()).toBe('claimed-elsewhere');
    const post = await slack.waitFor(() => slack.calls('chat.postMessage').find((c) => c.params.channel === 'C0LEASE'), 15_000);
    await survivor.stop();
    expect(post.params.text).toBe(`digest ${SLOT.toISOString()} (late)`);
    expect(logger.lines.join('\n')).toMatch(/stopped without posting or releasing it; taking it over/);
    expect(slack.calls('chat.postMessage').filter((c) => c.params.channel === 'C0LEASE')).toHaveLength(1);
    expect((await dead.claimSlot('C0LEASE', SLOT)).status).toBe('posted');
  }, 60_000);

  it('delivers a reload announced by one instance to the others, not to itself', async () => {
    const [a, b, c] = [await open(), await open(), await open()];
    await Promise.all([a.ready, b.ready, c.ready]);
    const heard: string[] = [];
    a.onReload(() => heard.push('a'));
    const atB = new Promise<string>((resolve) => b.onReload((notice) => resolve(notice.from)));
    const atC = new Promise<string>((resolve) => c.onReload((notice) => resolve(notice.from)));
    // Announced at once: a listener still connecting hears it when it connects.
    await a.announceReload();
    expect(await atB).toBe(a.instanceId);
    expect(await atC).toBe(a.instanceId);
    await new Promise((r) => setTimeout(r, 300));
    expect(heard).toEqual([]);
  }, 60_000);

  it('applies migrations once when four instances start at the same moment', async () => {
    const fresh = await createDatabase();
    try {
      const loggers = [1, 2, 3, 4].map(() => memoryLogger());
      const started = await Promise.all(loggers.map((logger) => PgStateStore.open({ url: fresh, importFrom: null, logger })));
      await Promise.all(started.map((s) => s.ready));
      await Promise.all(started.map((s) => s.close()));
      const rows = await queryOnce<{ version: number }>(fresh, 'SELECT version FROM econ_schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      const applied = loggers.filter((l) => l.lines.some((line) => /applied migrations/.test(line)));
      expect(applied).toHaveLength(1);
      expect(loggers.every((l) => l.lines.some((line) => /state database ready/.test(line)))).toBe(true);
    } finally {
      await dropDatabase(fresh);
    }
  }, 60_000);
});

describePg('first start on a database', () => {
  it('imports the JSONL logs and the digest marker once', async () => {
    const fresh = await createDatabase();
    const stateDir = await mkdtemp(path.join(tmpdir(), 'econ-import-'));
    try {
      const q = (question: string, found: boolean) => JSON.stringify({ at: '2022-10-31T01:00:00.000Z', user: 'U1', question, intent: 'budget', found, answerId: 'a1', via: 'slack' });
      await writeFile(path.join(stateDir, 'questions.jsonl'), `${q('청년취업사관학교 예산', true)}\nnot json\n${q('부산 예산', false)}\n`);
      await writeFile(path.join(stateDir, 'feedback.jsonl'), `${JSON.stringify({ at: '2022-10-31T01:01:00.000Z', user: 'U1', vote: 'up', question: '청년취업사관학교 예산', intent: 'budget', answerId: 'a1' })}\n`);
      await writeFile(path.join(stateDir, 'digest-last-sent.json'), JSON.stringify({ slot: SLOT.toISOString(), sentAt: '2022-10-31T00:00:02.000Z', channel: 'C0DIGEST' }));
      const logger = memoryLogger();
      const first = await PgStateStore.open({ url: fresh, importFrom: stateDir, logger });
      await first.ready;
      expect(logger.lines.join('\n')).toContain(`imported 2 questions, 1 votes and digest slot ${SLOT.toISOString()}`);
      const usage = await first.readUsage();
      expect(usage.questions.map((x) => x.question)).toEqual(['청년취업사관학교 예산', '부산 예산']);
      expect(usage.votes).toHaveLength(1);
      expect((await first.claimSlot('C0DIGEST', SLOT)).status).toBe('posted');
      await first.close();

      // A second start (and another instance with its own files) imports nothing more.
      await appendFile(path.join(stateDir, 'questions.jsonl'), `${q('서울큐브 개관', true)}\n`);
      const again = await PgStateStore.open({ url: fresh, importFrom: stateDir, logger: memoryLogger() });
      await again.ready;
      expect((await again.readUsage()).questions).toHaveLength(2);
      await again.close();
    } finally {
      await rm(stateDir, { recursive: true, force: true });
      await dropDatabase(fresh);
    }
  }, 60_000);
});
