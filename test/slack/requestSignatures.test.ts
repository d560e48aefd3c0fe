import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackSignatureHeaders } from './helpers/signing';
import { SIGNING_SECRET, TestBot } from './helpers/testBot';

let bot: TestBot;
beforeAll(async () => {
  bot = await TestBot.start();
});
afterAll(async () => {
  await bot.stop();
});

function commandBody(responseId: string): string {
  return new URLSearchParams({
    command: '/econ',
    text: '청년취업사관학교 예산',
    user_id: 'USTAFF001',
    team_id: 'T0TEST',
    channel_id: 'C0GENERAL',
    response_url: bot.slack.responseUrl(responseId),
    trigger_id: '1.2.3',
  }).toString();
}

/** Gives the bot a moment to (wrongly) answer, then checks it did not. */
async function expectNoReply(responseId: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 300));
  expect(bot.slack.responsesTo(responseId)).toEqual([]);
}

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
