import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySeenKeys } from '../../src/slack/http/SeenKeys';
import { slackSignatureHeaders } from './helpers/signing';
import { allText, SIGNING_SECRET, TestBot } from './helpers/testBot';

let bot: TestBot;
beforeAll(async () => {
  bot = await TestBot.start();
});
afterAll(async () => {
  await bot.stop();
});

function commandBody(responseId: string, text = '청년취업사관학교 예산'): string {
  return new URLSearchParams({
    command: '/econ',
    text,
    user_id: 'USTAFF001',
    team_id: 'T0TEST',
    channel_id: 'C0GENERAL',
    response_url: bot.slack.responseUrl(responseId),
    trigger_id: '1.2.3',
  }).toString();
}

/** Gives the bot a moment to (wrongly) answer, then checks it did not. */
async function expectNoReply(responseId: string, target = bot): Promise<void> {
  await new Promise((r) => setTimeout(r, 300));
  expect(target.slack.responsesTo(responseId)).toEqual([]);
}

const nowSec = () => Math.floor(Date.now() / 1000);

describe('Slack request signatures', () => {
  it('accepts a correctly signed request', async () => {
    const body = commandBody('signed-ok');
    const res = await bot.post(body, slackSignatureHeaders(SIGNING_SECRET, body));
    expect(res.status).toBe(200);
    expect(await bot.reply('signed-ok')).toBeDefined();
  });

  it('rejects a request signed with the wrong secret', async () => {
    const body = commandBody('bad-secret');
    const res = await bot.post(body, slackSignatureHeaders('not-the-secret', body));
    expect(res.status).toBe(401);
    await expectNoReply('bad-secret');
  });

  it('rejects a body changed after signing', async () => {
    const body = commandBody('tampered');
    const headers = slackSignatureHeaders(SIGNING_SECRET, body);
    const res = await bot.post(body.replace('USTAFF001', 'UADMIN001'), headers);
    expect(res.status).toBe(401);
    await expectNoReply('tampered');
  });

  it('rejects a stale (replayed) request older than five minutes', async () => {
    const body = commandBody('stale');
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const res = await bot.post(body, slackSignatureHeaders(SIGNING_SECRET, body, tenMinutesAgo));
    expect(res.status).toBe(401);
    await expectNoReply('stale');
  });

  it('rejects a request without signature headers', async () => {
    const body = commandBody('unsigned');
    const res = await bot.post(body, { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(401);
    await expectNoReply('unsigned');
  });
});

describe('timestamps and replays', () => {
  it('rejects a validly signed request stamped more than five minutes in the future', async () => {
    for (const [id, ahead] of [['future-6min', 6 * 60], ['future-1day', 86_400]] as const) {
      const body = commandBody(id);
      const res = await bot.post(body, slackSignatureHeaders(SIGNING_SECRET, body, nowSec() + ahead));
      expect(res.status).toBe(401);
      await expectNoReply(id);
    }
  });

  it('accepts a small clock difference either way', async () => {
    for (const [id, skew] of [['ahead-4min', 4 * 60], ['behind-4min', -4 * 60]] as const) {
      const body = commandBody(id);
      expect((await bot.post(body, slackSignatureHeaders(SIGNING_SECRET, body, nowSec() + skew))).status).toBe(200);
      expect(await bot.reply(id)).toBeDefined();
    }
  });

  it('answers a signed request once: the same request sent again is refused', async () => {
    const body = commandBody('replayed');
    const headers = slackSignatureHeaders(SIGNING_SECRET, body);
    expect((await bot.post(body, headers)).status).toBe(200);
    await bot.reply('replayed');
    expect((await bot.post(body, headers)).status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.slack.responsesTo('replayed')).toHaveLength(1);
  });

  it('refuses a replay sent to another instance sharing the same SeenKeys', async () => {
    const shared = new MemorySeenKeys();
    const [a, b] = [await TestBot.start({ seenKeys: shared }), await TestBot.start({ seenKeys: shared })];
    try {
      const body = new URLSearchParams({ command: '/econ', text: '예산', user_id: 'USTAFF001', response_url: a.slack.responseUrl('two-instances') }).toString();
      const headers = slackSignatureHeaders(SIGNING_SECRET, body);
      expect((await a.post(body, headers)).status).toBe(200);
      expect((await b.post(body, headers)).status).toBe(401);
      await a.reply('two-instances');
      await new Promise((r) => setTimeout(r, 300));
      expect(a.slack.responsesTo('two-instances')).toHaveLength(1);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

describe('replay store trouble', () => {
  it('lets requests through when the SeenKeys store fails, and says so in one line', async () => {
    const broken = await TestBot.start({ seenKeys: { claimOnce: () => Promise.reject(new Error('store unreachable')) } });
    try {
      expect(allText(await broken.ask('청년취업사관학교 예산'))).toContain('20,255백만원');
      expect(allText(await broken.ask('캠퍼스타운 예산'))).toMatch(/예산/);
      expect(broken.problems).toHaveLength(1);
      expect(broken.problems[0]!.msg).toMatch(/replay check unavailable, requests let through: store unreachable/);
    } finally {
      await broken.stop();
    }
  });
});

describe('refusals do not flood the log', () => {
  it('logs 50 bad signatures as one line now and a count later, never one line each', async () => {
    const flooded = await TestBot.start();
    try {
      for (let i = 0; i < 50; i++) {
        const body = commandBody(`flood-${i}`);
        expect((await flooded.post(body, slackSignatureHeaders('not-the-secret', body))).status).toBe(401);
      }
      const lines = flooded.problems;
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.length).toBeLessThanOrEqual(2);
      expect(lines[0]).toMatchObject({ level: 'warn', reason: 'bad signature' });
      expect(lines[0]!.msg).toMatch(/refused Slack requests: bad signature/);
    } finally {
      await flooded.stop();
    }
  });
});

describe('clients that go away mid-request', () => {
  it('count as refusals: no error line, no stack, whatever their number', async () => {
    const aborted = await TestBot.start();
    try {
      const port = aborted.bot.port!;
      for (let i = 0; i < 20; i++) {
        const socket = connect(port, '127.0.0.1');
        await once(socket, 'connect');
        socket.write('POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000\r\n\r\ncommand=%2Fecon');
        await new Promise((r) => setTimeout(r, 20));
        socket.destroy();
      }
      await new Promise((r) => setTimeout(r, 300));
      expect(aborted.problems.length).toBeGreaterThanOrEqual(1);
      expect(aborted.problems.length).toBeLessThanOrEqual(2);
      expect(aborted.problems.every((l) => l.level === 'warn' && l.err === undefined)).toBe(true);
      expect(aborted.problems[0]!.msg).toMatch(/refused Slack requests: aborted/);
    } finally {
      await aborted.stop();
    }
  });
});

describe('huge input', () => {
  it('answers a signed 100,000-character /econ with the Korean length message, and keeps answering others', async () => {
    const body = commandBody('huge', '<@'.repeat(50_000));
    const [huge, normal] = await Promise.all([bot.post(body, slackSignatureHeaders(SIGNING_SECRET, body)), bot.ask('청년취업사관학교 예산')]);
    expect(huge.status).toBe(200);
    expect(huge.ackMs).toBeLessThan(3000);
    expect(allText(await bot.reply('huge'))).toMatch(/질문이 너무 깁니다 \(100,000자\)\. 200자 이내로/);
    expect(allText(normal)).toContain('20,255백만원');
  });

  it('refuses a body over 1 MiB with 413 before reading it all', async () => {
    const body = commandBody('too-big', '가'.repeat(400_000));
    const res = await bot.post(body, slackSignatureHeaders(SIGNING_SECRET, body));
    expect(res.status).toBe(413);
    await expectNoReply('too-big');
  });
});
