import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../slack/helpers/fakeSlack';
import { freePort } from '../../src/cli/benchProcess';
import {
  childrenOf,
  commandLine,
  healthStatus,
  httpEnv,
  isRunning,
  portClosed,
  sendCommand,
  spawnIn,
  waitHealthy,
  type Spawned,
} from './helpers/botProcess';
import { SlowResponseUrls } from './helpers/slowResponseUrls';

// The real bot, started by `npm start` (compiled in dist/ by the globalSetup), answering through a
// response_url that takes 2 s per reply, signalled while every command is acked but none answered.
const COMMANDS = 24;
const REPLY_DELAY_MS = 2000;
const QUESTIONS = ['청년취업사관학교 예산', '서울 시네마테크 위치', '일자리정책과 정원', '서울큐브 언제 열어?'];

let slack: FakeSlack;
let stateDir: string;
let urls: SlowResponseUrls;
let bot: Spawned | null = null;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  stateDir = await mkdtemp(path.join(tmpdir(), 'econ-process-'));
});
afterAll(async () => {
  await slack.stop();
  await rm(stateDir, { recursive: true, force: true });
});
afterEach(async () => {
  if (bot?.child.pid && isRunning(bot.child.pid)) bot.child.kill('SIGKILL');
  bot = null;
  await urls?.stop();
});

/** Starts `npm start` in HTTP mode, sends COMMANDS signed /econ commands and waits until all are acked. */
async function botWithCommandsInFlight(detached: boolean): Promise<{ port: number; botPid: number; npm: Spawned }> {
  urls = await new SlowResponseUrls(REPLY_DELAY_MS).start();
  const port = await freePort();
  const npm = spawnIn('npm', ['start', '--silent'], httpEnv(slack.apiUrl, port, stateDir), detached);
  bot = npm;
  await waitHealthy(port);
  // npm's only child is the bot's node process itself: no shell or tsx in between.
  const children = childrenOf(npm.child.pid!);
  expect(children).toHaveLength(1);
  const botPid = children[0]!;
  expect(commandLine(botPid)).toMatch(/^\S*node\S* .*--snapshot-blob dist\/econ\.blob$/);

  const statuses = await Promise.all(
    Array.from({ length: COMMANDS }, (_, i) => sendCommand(port, QUESTIONS[i % QUESTIONS.length]!, urls.url(`c${i}`), `trigger.${i}`)),
  );
  expect(statuses).toEqual(Array(COMMANDS).fill(200));
  // Acked, and (each reply taking 2 s) still unanswered, unless this machine is very slow today.
  expect(urls.answered.size).toBeLessThan(COMMANDS / 2);
  return { port, botPid, npm };
}

/** What must hold once the signalled bot has exited. */
async function expectDrainedAndGone(port: number, botPid: number, npm: Spawned, duringDrain: number | 'refused'): Promise<void> {
  expect(await npm.exited).toBe(0);
  expect([503, 'refused']).toContain(duringDrain);
  expect(urls.answered.size).toBe(COMMANDS);
  for (let i = 0; i < COMMANDS; i++) {
    expect(String(urls.received.get(`c${i}`)?.text ?? '')).not.toBe('');
  }
  expect(String(urls.received.get('c0')?.text)).toContain('20,255백만원');
  expect(npm.stderr()).toContain('drained: every request was answered');
  expect(npm.stderr()).not.toMatch(/gave up on/);
  expect(isRunning(botPid)).toBe(false);
  expect(await portClosed(port)).toBe(true);
}

describe('SIGTERM with /econ commands in flight (npm start, compiled)', () => {
  it('signalling npm’s child: every acked command is answered, /healthz says 503 meanwhile, exit 0', async () => {
    const { port, botPid, npm } = await botWithCommandsInFlight(false);
    process.kill(botPid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const duringDrain = await healthStatus(port);
    expect(duringDrain).toBe(503);
    expect(await sendCommand(port, '청년취업사관학교 예산', urls.url('late'), 'trigger.late')).toBe(503);
    await expectDrainedAndGone(port, botPid, npm, duringDrain);
    expect(urls.received.has('late')).toBe(false);
  }, 90_000);

  it('signalling the whole process group (npm forwards the signal again): same, and no orphan', async () => {
    const { port, botPid, npm } = await botWithCommandsInFlight(true);
    process.kill(-npm.child.pid!, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const duringDrain = await healthStatus(port);
    await expectDrainedAndGone(port, botPid, npm, duringDrain);
    expect(isRunning(npm.child.pid!)).toBe(false);
  }, 90_000);
});
