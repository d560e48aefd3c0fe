import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_MARKER_FILE } from '../../src/slack/startSlackBot';
import { FakeSlack } from '../slack/helpers/fakeSlack';
import { allText, limitProblems, mrkdwnTexts, TestBot } from '../slack/helpers/testBot';

let slack: FakeSlack;
let stateDir: string;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  stateDir = await mkdtemp(path.join(tmpdir(), 'econ-digest-state-'));
});
afterAll(async () => {
  await slack.stop();
  await rm(stateDir, { recursive: true, force: true });
});

// Monday 31 October 2022, 10:15 in Seoul: an hour after the 09:00 slot, which the bot "missed".
const clock = () => new Date('2022-10-31T01:15:00Z');

describe('weekly digest posted to the channel', () => {
  it('posts a missed slot once on start, and not again after a restart', async () => {
    const first = await TestBot.start({ stateDir, fakeSlack: slack, digestChannel: 'C0DIGEST', now: clock });
    const posts = await slack.waitFor(() => (slack.calls('chat.postMessage').length > 0 ? slack.calls('chat.postMessage') : null));
    await first.stop();

    const restarted = await TestBot.start({ stateDir, fakeSlack: slack, digestChannel: 'C0DIGEST', now: clock });
    await new Promise((r) => setTimeout(r, 300));
    await restarted.stop();

    expect(slack.calls('chat.postMessage')).toHaveLength(1);
    const { params } = posts[0]!;
    expect(params.channel).toBe('C0DIGEST');
    const message = { text: params.text, blocks: params.blocks } as Record<string, unknown>;
    expect(limitProblems(message)).toEqual([]);
    const text = allText(message);
    expect(text).toContain('주간 일정 다이제스트: 2022년 10월 31일 (월) ~ 11월 6일 (일)');
    expect(text).toMatch(/서울 글로벌 AI 컨퍼런스 개최/);
    expect(text).toMatch(/D-3/);
    expect(text).toMatch(/1107행/);
    expect(text).toMatch(/2022년 10월 중 \(날짜 미정\)/);
    expect(text).toMatch(/기한이 지났지만 완료 보고가 없는 일정/);
    expect(text).toMatch(/예정 시각\(10월 31일 \(월\) 09:00\)에 봇이 꺼져 있어 늦게 보냅니다/);
    // Report text goes out escaped.
    for (const t of mrkdwnTexts(message)) expect(t).not.toMatch(/<(?![@#!])/);

    const marker = JSON.parse(await readFile(path.join(stateDir, DIGEST_MARKER_FILE), 'utf8'));
    expect(marker).toMatchObject({ slot: '2022-10-31T00:00:00.000Z', channel: 'C0DIGEST' });
  });

  it('previews the digest for the caller with /econ digest, for any date', async () => {
    const bot = await TestBot.start({ fakeSlack: slack });
    const reply = await bot.ask('digest 2022-10-31');
    await bot.stop();
    expect(reply.response_type).toBe('ephemeral');
    expect(allText(reply)).toMatch(/미리보기/);
    expect(allText(reply)).toMatch(/서울 글로벌 AI 컨퍼런스 개최/);
    expect(limitProblems(reply)).toEqual([]);
  });
});
