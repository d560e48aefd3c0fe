import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { loadConfig } from '../../src/config/loadConfig';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import type { BotServices } from '../../src/slack/services/BotServices';
import { createServices } from '../../src/slack/services/createServices';
import { startSlackBot, type RunningBot } from '../../src/slack/startSlackBot';
import { BOT_USER } from './helpers/conversation';
import { FakeSlack } from './helpers/fakeSlack';
import { allText, PROJECT_CORPUS, STAFF } from './helpers/testBot';

let slack: FakeSlack;
let stateDir: string;
let services: BotServices;
let bot: RunningBot;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  stateDir = await mkdtemp(path.join(tmpdir(), 'econ-socket-'));
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_APP_TOKEN: 'xapp-test-token',
    SLACK_API_URL: slack.apiUrl,
    ECON_STATE_DIR: stateDir,
    ECON_CORPUS_DIR: PROJECT_CORPUS,
    ECON_LOG_LEVEL: 'error',
  });
  if (config.connection.mode !== 'socket') throw new Error('expected Socket Mode');
  const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
  services = await createServices({ config, core: { loadKnowledge, answerQuestion }, logger: quiet });
  bot = await startSlackBot({ ...config, connection: config.connection }, services);
});
afterAll(async () => {
  await bot?.stop();
  await services?.state.close();
  await slack.stop();
  await rm(stateDir, { recursive: true, force: true });
});

/** An app_mention event body, as Slack wraps it. */
function mentionBody(eventId: string, text: string, ts: string, threadTs?: string): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T0TEST',
    api_app_id: 'A0ECON',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1700000000,
    event: { type: 'app_mention', user: STAFF, text: `<@${BOT_USER}> ${text}`, channel: 'C0GENERAL', ts, event_ts: ts, ...(threadTs ? { thread_ts: threadTs } : {}) },
  };
}

describe('Socket Mode', () => {
  it('opens the connection through apps.connections.open with the app token', () => {
    expect(slack.calls('apps.connections.open')).toHaveLength(1);
  });

  it('acks a mention, answers in its thread, follows up, and answers a retried envelope once', async () => {
    const ts = '1700004000.000100';
    slack.deliverEvent('env-1', mentionBody('EvSock1', '서울큐브 언제 열어?', ts));
    const first = await slack.waitFor(() => slack.calls('chat.postMessage').find((c) => c.params.thread_ts === ts));
    expect(slack.socketAcks).toContain('env-1');
    expect(allText(first.params)).toMatch(/2026년 5월/);

    slack.deliverEvent('env-2', mentionBody('EvSock2', '예산은?', '1700004000.000200', ts));
    const followUp = await slack.waitFor(() => slack.calls('chat.postMessage').find((c) => c.params.thread_ts === ts && allText(c.params).includes('100,781')));
    expect(allText(followUp.params)).toMatch(/100,781백만원/);

    // Slack resends the same event (same event_id) in a new envelope: acked, not answered again.
    slack.deliverEvent('env-3', mentionBody('EvSock2', '예산은?', '1700004000.000200', ts), 1);
    await slack.waitFor(() => slack.socketAcks.includes('env-3'));
    slack.deliverEvent('env-4', mentionBody('EvSock3', '청년취업사관학교 예산', '1700004000.000300'));
    await slack.waitFor(() => slack.calls('chat.postMessage').find((c) => c.params.thread_ts === '1700004000.000300'));
    const inThread = slack.calls('chat.postMessage').filter((c) => c.params.thread_ts === ts);
    expect(inThread).toHaveLength(2);
  });
});
