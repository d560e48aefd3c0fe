import { PostOutcomeUnknown } from '../../src/digest/PostOutcomeUnknown';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { digestPoster } from '../../src/slack/postDigest';
import { DEFAULT_DELIVERY, worstCaseMs } from '../../src/slack/delivery/RetryPolicy';
import { ANY_RESPONSE_URL } from './helpers/fakeSlack';
import { allText, STAFF, TestBot } from './helpers/testBot';

// Short pauses and timeouts so failing deliveries play out in about a second; the production
// policies differ only in these numbers (checked at the end).
const FAST = {
  responseUrl: { attempts: 3, timeoutMs: 400, firstDelayMs: 50, factor: 2 },
  webApi: { attempts: 3, timeoutMs: 400, firstDelayMs: 50, factor: 2 },
};

let bot: TestBot;
beforeAll(async () => {
  bot = await TestBot.start({ delivery: FAST });
});
afterAll(async () => {
  await bot.stop();
});
beforeEach(() => {
  bot.logLines.length = 0;
});

/** Waits until the bot has logged a line matching `pattern`, then a little longer for stray extra lines. */
async function logged(pattern: RegExp, timeoutMs = 10_000) {
  await bot.slack.waitFor(() => bot.logLines.some((l) => pattern.test(l.msg)), timeoutMs);
  await new Promise((r) => setTimeout(r, 300));
  return bot.problems;
}

describe('replies through the response_url', () => {
  it('retries a 500 and delivers the answer exactly once, without a log line', async () => {
    bot.slack.failNext(ANY_RESPONSE_URL, 500, 500);
    const { responseId } = await bot.command('청년취업사관학교 예산');
    const reply = await bot.reply(responseId, 1, 10_000);
    expect(allText(reply)).toContain('20,255백만원');
    expect(bot.slack.attemptsAt(responseId)).toBe(3);
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.slack.responsesTo(responseId)).toHaveLength(1);
    expect(bot.problems).toEqual([]);
  });

  it('gives up after 3 failures with one error line: request, status, attempts, no stack', async () => {
    const id = await failing('캠퍼스타운 예산', 500, 500, 500);
    const problems = await logged(/not delivered/);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ level: 'error', status: 500, attempts: 3, command: '/econ', user: STAFF, requestId: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(problems[0]!.msg).toBe('reply not delivered to the response_url after 3 tries: HTTP 500');
    expect(problems[0]!.err).toBeUndefined();
    expect(JSON.stringify(problems[0])).not.toContain(id); // the response_url itself is never logged
    expect(bot.slack.responsesTo(id)).toEqual([]);
  });

  it('does not retry a response_url Slack says has expired', async () => {
    const id = await failing('캠퍼스타운 예산', 404);
    const problems = await logged(/not delivered/);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ status: 404, attempts: 1, slackError: 'expired_url' });
    expect(bot.slack.attemptsAt(id)).toBe(1);
  });

  it('abandons a response_url that never answers after the timeout, with one line', async () => {
    const started = Date.now();
    const id = await failing('캠퍼스타운 예산', 'hang', 'hang', 'hang');
    const problems = await logged(/not delivered/);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ level: 'error', attempts: 3, code: 'timeout after 400 ms' });
    // 3 tries of 400 ms plus 50 + 100 ms of pauses; generous upper bound for a loaded machine.
    expect(Date.now() - started).toBeGreaterThanOrEqual(worstCaseMs(FAST.responseUrl) - 50);
    expect(Date.now() - started).toBeLessThan(worstCaseMs(FAST.responseUrl) + 5_000);
    expect(bot.slack.attemptsAt(id)).toBe(3);
  });
});

/** Sends `/econ <text>` whose response_url fails with `faults`, and waits for all the tries. */
async function failing(text: string, ...faults: Array<number | 'hang'>): Promise<string> {
  bot.slack.failNext(ANY_RESPONSE_URL, ...faults);
  const { responseId } = await bot.command(text);
  await bot.slack.waitFor(() => bot.slack.attemptsAt(responseId) >= faults.length, 10_000);
  return responseId;
}

describe("chat.postMessage through the bot's Web API client (the digest's own client never retries: see test/state)", () => {
  const post = () => digestPoster(bot.bot.app.client, bot.services, 'C0DIGEST1')(new Date('2022-10-31T00:00:00Z'), false);

  it('logs a 500 it retries, and posts once', async () => {
    const before = bot.slack.calls('chat.postMessage').length;
    bot.slack.failNext('chat.postMessage', 500);
    await post();
    expect(bot.slack.calls('chat.postMessage').length).toBe(before + 1);
    expect(bot.problems).toHaveLength(1);
    expect(bot.problems[0]).toMatchObject({ level: 'warn', slackMethod: 'chat.postMessage', status: 500 });
    expect(bot.problems[0]!.msg).toBe('Slack Web API chat.postMessage answered HTTP 500');
  });

  it('gives up within the policy when Slack keeps failing: one line per try, the error to the caller', async () => {
    bot.slack.failNext('chat.postMessage', 500, 503, 500);
    const error: unknown = await post().then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: 'slack_webapi_http_error', statusCode: 500 });
    expect(bot.problems.map((l) => l.status)).toEqual([500, 503, 500]);
  });

  it('abandons a hanging call after its timeout, naming the method in one line per try', async () => {
    const started = Date.now();
    bot.slack.failNext('chat.postMessage', 'hang', 'hang', 'hang');
    const error: unknown = await post().then(() => null, (e: unknown) => e);
    // A timeout may have posted: the digest records it as unknown and never posts it again.
    expect(error).toBeInstanceOf(PostOutcomeUnknown);
    // The client follows the policy: every try times out, with the policy's pauses between them.
    expect(Date.now() - started).toBeGreaterThanOrEqual(worstCaseMs(FAST.webApi) - 50);
    expect(Date.now() - started).toBeLessThan(worstCaseMs(FAST.webApi) + 5_000);
    expect(bot.problems).toHaveLength(3);
    for (const line of bot.problems) expect(JSON.stringify(line)).toContain('Slack Web API chat.postMessage: timeout after 400 ms');
  });

  it('does not wait out a rate limit: one line saying so, and the error to the caller', async () => {
    bot.slack.failNext('chat.postMessage', 429);
    const error: unknown = await post().then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: 1 });
    expect(bot.problems).toHaveLength(1);
    expect(bot.problems[0]).toMatchObject({ status: 429, retryAfterSec: 1 });
  });
});

describe('production retry policies', () => {
  it('keep a Web API call within the 10 s shutdown budget and give replies 3 tries of 5 s', () => {
    expect(worstCaseMs(DEFAULT_DELIVERY.webApi)).toBeLessThanOrEqual(10_000);
    expect(DEFAULT_DELIVERY.responseUrl).toMatchObject({ attempts: 3, timeoutMs: 5_000 });
  });
});
