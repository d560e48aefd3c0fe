import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { loadConfig } from '../../src/config/loadConfig';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createSlackApp } from '../../src/slack/createSlackApp';
import { createServices } from '../../src/slack/services/createServices';
import { FakeSlack } from './helpers/fakeSlack';
import { PROJECT_CORPUS, TestBot } from './helpers/testBot';

let slack: FakeSlack;
beforeAll(async () => {
  slack = await new FakeSlack().start();
});
afterAll(async () => {
  await slack.stop();
});

describe('createSlackApp', () => {
  it('builds a Socket Mode app whose Web API client uses SLACK_API_URL', async () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-socket', SLACK_APP_TOKEN: 'xapp-socket', SLACK_API_URL: slack.apiUrl, ECON_CORPUS_DIR: PROJECT_CORPUS, ECON_LOG_LEVEL: 'error' });
    expect(config.connection.mode).toBe('socket');
    if (config.connection.mode !== 'socket') return;
    const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    const services = await createServices({ config, core: { loadKnowledge, answerQuestion }, logger: quiet });
    const before = slack.calls('auth.test').length;
    const app = createSlackApp({ ...config, connection: config.connection }, services);
    // Bolt verifies the bot token at once: the call goes to the configured API URL, not to slack.com.
    await slack.waitFor(() => slack.calls('auth.test').length > before);
    expect(app.client.slackApiUrl).toBe(slack.apiUrl);
  });

  it('serves a health check next to /slack/events in HTTP mode', async () => {
    const bot = await TestBot.start({ fakeSlack: slack });
    const res = await fetch(bot.url.replace('/slack/events', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
    await bot.stop();
  });
});
