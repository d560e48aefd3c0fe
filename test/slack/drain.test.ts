import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainSlackBot } from '../../src/slack/drainSlackBot';
import { describeRequest } from '../../src/slack/trackInFlight';
import { healthStatus, portClosed, sendCommand } from '../process/helpers/botProcess';
import { SlowResponseUrls } from '../process/helpers/slowResponseUrls';
import { FakeSlack } from './helpers/fakeSlack';
import { SIGNING_SECRET, TestBot } from './helpers/testBot';

let slack: FakeSlack;
let stateDir: string;
let hanging: SlowResponseUrls;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  stateDir = await mkdtemp(path.join(tmpdir(), 'econ-drain-'));
  hanging = await new SlowResponseUrls(60_000).start();
});
afterAll(async () => {
  await hanging.stop();
  await slack.stop();
  await rm(stateDir, { recursive: true, force: true });
});

describe('drainSlackBot', () => {
  it('waits for answers in flight, refuses new requests with 503, and logs one line per answer it gave up on', async () => {
    const bot = await TestBot.start({ fakeSlack: slack, stateDir });
    const port = bot.bot.port!;
    expect(await sendCommand(port, '청년취업사관학교 예산', hanging.url('stuck'), 'trigger.stuck', SIGNING_SECRET)).toBe(200);
    expect(await bot.ask('서울 시네마테크 위치')).toBeTruthy(); // answered at once
    await hanging.waitForReceived(1);
    await slack.waitFor(() => bot.services.inFlight.size === 1); // the quick one's delivery has completed
    expect(bot.services.inFlight.labels()).toEqual(['/econ from USTAFF001 (trigger_id trigger.stuck)']);

    const drained = drainSlackBot(bot.bot, bot.services, 1500);
    expect(await healthStatus(port)).toBe(503);
    expect(await sendCommand(port, '일자리정책과 정원', hanging.url('late'), 'trigger.late', SIGNING_SECRET)).toBe(503);
    expect(await drained).toEqual(['/econ from USTAFF001 (trigger_id trigger.stuck)']);

    expect(hanging.received.has('late')).toBe(false);
    const gaveUp = bot.logs.filter((line) => line.includes('gave up on'));
    expect(gaveUp).toEqual(['warn: shutdown: gave up on /econ from USTAFF001 (trigger_id trigger.stuck): not answered within 1.5 s']);
    expect(await portClosed(port)).toBe(true);
  }, 20_000);
});

describe('describeRequest', () => {
  it('names slash commands, button clicks and events by user and Slack id', () => {
    expect(describeRequest({ command: '/econ', user_id: 'U1', trigger_id: '1.2.a' })).toBe('/econ from U1 (trigger_id 1.2.a)');
    expect(describeRequest({ type: 'block_actions', user: { id: 'U2' }, trigger_id: '3.4.b', actions: [{ action_id: 'share' }] })).toBe(
      'button share from U2 (trigger_id 3.4.b)',
    );
    expect(describeRequest({ type: 'event_callback', event_id: 'Ev1', event: { type: 'app_mention' } })).toBe('event app_mention (event_id Ev1)');
  });
});
