import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_CLAIMS_DIR, DIGEST_MARKER_FILE, FileSlotLedger } from '../../src/state/file/FileSlotLedger';
import { FileStateStore } from '../../src/state/file/FileStateStore';
import { FakeSlack } from '../slack/helpers/fakeSlack';
import { digestScheduler, memoryLogger, SLOT } from './helpers/digestRig';
import { stateStoreContract } from './stateStoreContract';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/claimSlotAndWait.ts', import.meta.url));

let stateDir: string;

beforeAll(async () => {
  stateDir = await mkdtemp(path.join(tmpdir(), 'econ-file-store-'));
});
afterAll(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

describe('file state store (shared behaviour)', () => {
  stateStoreContract(() => ({ open: () => FileStateStore.open({ stateDir }), sharedEphemeral: false }));
});

describe('file state store: a process that stops mid-post', () => {
  it('leaves its slot alone while it runs, and once it is gone records the slot as unknown, not re-posted', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'econ-dead-claim-'));
    const slack = await new FakeSlack().start();
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, dir, 'C0DEAD', SLOT.toISOString()], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      await expect.poll(() => out, { timeout: 30_000 }).toBe('claimed\n');
      const logger = memoryLogger();
      const scheduler = digestScheduler(await FileStateStore.open({ stateDir: dir }), { apiUrl: slack.apiUrl, channel: 'C0DEAD', logger });
      expect(await scheduler.runSlot(SLOT, true)).toBe('claimed-elsewhere');

      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      expect(await scheduler.runSlot(SLOT, true)).toBe('unknown');
      expect(logger.lines.join('\n')).toMatch(new RegExp(`slot ${SLOT.toISOString()} is not posted again: claimed by process ${child.pid} on .*, which stopped before recording whether Slack received it`));
      expect(await scheduler.runSlot(SLOT, true)).toBe('unknown');
      expect(slack.calls('chat.postMessage')).toEqual([]);
      const marker = JSON.parse(await readFile(path.join(dir, DIGEST_MARKER_FILE), 'utf8'));
      expect(marker).toMatchObject({ slot: SLOT.toISOString(), channel: 'C0DEAD', outcome: 'unknown' });
      expect(await readdir(path.join(dir, DIGEST_CLAIMS_DIR))).toEqual([]);
    } finally {
      child.kill('SIGKILL');
      await slack.stop();
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('file state store: seen keys and context across a restart', () => {
  it('keeps them after a clean stop, while they last', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'econ-ephemeral-'));
    try {
      const first = await FileStateStore.open({ stateDir: dir });
      expect(await first.claimOnce('event:Ev42', 60_000)).toBe(true);
      expect(await first.claimOnce('event:Ev43', 1)).toBe(true);
      await first.setContext('thread:C1:1.2', { topic: '서울큐브' }, 60_000);
      await first.close();
      const restarted = await FileStateStore.open({ stateDir: dir });
      expect(await restarted.claimOnce('event:Ev42', 60_000)).toBe(false);
      expect(await restarted.claimOnce('event:Ev43', 60_000)).toBe(true);
      expect(await restarted.getContext('thread:C1:1.2')).toEqual({ topic: '서울큐브' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('file state store: two processes racing for the same slot', () => {
  it('never mistakes a claim settled a moment ago for a crashed holder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'econ-race-claim-'));
    const [a, b] = [new FileSlotLedger(dir, 'instance-a', 60_000), new FileSlotLedger(dir, 'instance-b', 60_000)];
    try {
      const outcomes: string[] = [];
      for (let i = 0; i < 200; i++) {
        const slot = new Date(SLOT.getTime() + i * 7 * 86_400_000);
        const first = await a.claimSlot('C0RACE', slot);
        if (first.status !== 'claimed') throw new Error(`slot ${i}: ${first.status}`);
        // b asks while a records that it posted: b's look at the marker, its failed claim and its read
        // of a's claim interleave with a writing the marker and removing its claim.
        const [, second] = await Promise.all([first.claim.markPosted(), b.claimSlot('C0RACE', slot)]);
        outcomes.push(second.status);
      }
      expect(outcomes.filter((status) => status !== 'posted' && status !== 'claimed-elsewhere')).toEqual([]);
      expect(outcomes).toContain('posted');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
