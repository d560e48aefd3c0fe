import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { loadConfig } from '../../src/config/loadConfig';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createSlackApp } from '../../src/slack/createSlackApp';
import { startHealthServer } from '../../src/slack/http/healthServer';
import { startSlackBot } from '../../src/slack/startSlackBot';
import { memoryLogger } from './helpers/memoryLog';
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
    // The bot token is verified when the app is initialised (startSlackBot does it before listening):
    // the call goes to the configured API URL, not to slack.com.
    await app.init();
    expect(slack.calls('auth.test').length).toBeGreaterThan(before);
    expect(app.client.slackApiUrl).toBe(slack.apiUrl);
  });

  it('serves a health check next to /slack/events in HTTP mode', async () => {
    const bot = await TestBot.start({ fakeSlack: slack });
    const res = await fetch(bot.url.replace('/slack/events', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
    await bot.stop();
  });

  it('listens only on HOST when it is set, on every interface when it is not', async () => {
    // Linux answers the whole of 127.0.0.0/8 on the loopback interface, so 127.0.0.2 is "another interface".
    const reach = (port: number | null) => fetch(`http://127.0.0.2:${port}/healthz`).then((r) => r.status, (e: { cause?: { code?: string } }) => e.cause?.code);
    const pinned = await TestBot.start({ fakeSlack: slack, env: { HOST: '127.0.0.1' } });
    const open = await TestBot.start({ fakeSlack: slack, env: { HOST: '' } });
    try {
      expect((await fetch(pinned.url.replace('/slack/events', '/healthz'))).status).toBe(200);
      expect(await reach(pinned.bot.port)).toBe('ECONNREFUSED');
      expect(await reach(open.bot.port)).toBe(200);
    } finally {
      await Promise.all([pinned.stop(), open.stop()]);
    }
  });
});

describe('health server (Socket Mode with HEALTH_PORT)', () => {
  it('runs next to a real Socket Mode connection and stops with the bot', async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-socket',
      SLACK_APP_TOKEN: 'xapp-socket',
      SLACK_API_URL: slack.apiUrl,
      HOST: '127.0.0.1',
      HEALTH_PORT: '0',
      ECON_CORPUS_DIR: PROJECT_CORPUS,
    });
    if (config.connection.mode !== 'socket') throw new Error('expected Socket Mode');
    const { logger, lines } = memoryLogger();
    const services = await createServices({ config, core: { loadKnowledge, answerQuestion }, logger });
    const bot = await startSlackBot({ ...config, connection: config.connection }, services);
    try {
      expect(slack.calls('apps.connections.open').length).toBeGreaterThan(0);
      expect(bot.port).toBeNull();
      expect(bot.healthPort).not.toBeNull();
      const res = await fetch(`http://127.0.0.1:${bot.healthPort}/healthz`);
      expect(await res.text()).toBe('ok');
      expect(lines.map((l) => l.msg)).toContain(`health check on 127.0.0.1 port ${bot.healthPort} (/healthz)`);
    } finally {
      await bot.stop();
    }
    await expect(fetch(`http://127.0.0.1:${bot.healthPort}/healthz`)).rejects.toThrow();
  });

  it('answers GET /healthz with 200 ok on HOST, 404 elsewhere, and frees the port on stop', async () => {
    const health = await startHealthServer(0, '127.0.0.1');
    const base = `http://127.0.0.1:${health.port}`;
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
    expect((await fetch(`${base}/slack/events`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(404);
    await expect(fetch(`http://127.0.0.2:${health.port}/healthz`)).rejects.toThrow();
    await health.stop();
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    // The same port can be bound again at once.
    const again = await startHealthServer(health.port, '127.0.0.1');
    await again.stop();
  });

  it('fails to start with the address in use, rather than running without a health check', async () => {
    const first = await startHealthServer(0, '127.0.0.1');
    try {
      await expect(startHealthServer(first.port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await first.stop();
    }
  });
});
