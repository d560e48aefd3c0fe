import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../src/slack/actions/actionIds';
import { encodeValue } from '../../src/slack/actions/actionValues';
import { ADMIN, allText, findButton, limitProblems, mrkdwnTexts, STAFF, TestBot } from './helpers/testBot';

let bot: TestBot;
beforeAll(async () => {
  bot = await TestBot.start();
});
afterAll(async () => {
  await bot.stop();
});

describe('"채널에 공유"', () => {
  it('reposts the answer in the channel, credited to the person who shared it', async () => {
    const answer = await bot.ask('청년취업사관학교 예산');
    const share = findButton(answer, ACTION_IDS.share)!;
    const click = await bot.click({ actionId: share.action_id, value: share.value });
    expect(click.status).toBe(200);
    expect(click.ackMs).toBeLessThan(3000);
    const shared = await bot.reply(click.responseId);
    expect(shared.response_type).toBe('in_channel');
    expect(shared.replace_original).toBe(false);
    expect(allText(shared)).toContain('20,255백만원');
    expect(mrkdwnTexts(shared).join('\n')).toContain(`<@${STAFF}>님이 공유`);
    // The channel copy has no share button of its own.
    expect(findButton(shared, ACTION_IDS.share)).toBeUndefined();
    expect(limitProblems(shared)).toEqual([]);
  });

  it('escapes a hostile question when showing it in the channel', async () => {
    const click = await bot.click({ actionId: ACTION_IDS.share, value: encodeValue({ q: '<!channel> 청년취업사관학교 예산 <https://evil.example|click>' }) });
    const shared = await bot.reply(click.responseId);
    const texts = mrkdwnTexts(shared).join('\n');
    expect(texts).toContain('&lt;!channel&gt;');
    expect(texts).not.toMatch(/<!channel>|<https:\/\/evil/);
  });

  it('refuses a tampered button value with a Korean message instead of crashing', async () => {
    const click = await bot.click({ actionId: ACTION_IDS.share, value: '{"not":"ours"}' });
    expect(allText(await bot.reply(click.responseId))).toMatch(/공유할 답을 찾지 못했습니다/);
  });
});

describe('👍/👎 feedback', () => {
  it('appends each vote to feedback.jsonl with user, question, intent, answer id and time', async () => {
    const answer = await bot.ask('일자리정책과 정원');
    const up = findButton(answer, ACTION_IDS.voteUp)!;
    const down = findButton(answer, ACTION_IDS.voteDown)!;
    const thanksUp = await bot.reply((await bot.click({ actionId: up.action_id, value: up.value }, STAFF)).responseId);
    const thanksDown = await bot.reply((await bot.click({ actionId: down.action_id, value: down.value }, ADMIN)).responseId);
    expect(thanksUp.response_type).toBe('ephemeral');
    expect(allText(thanksUp)).toMatch(/고맙습니다/);
    expect(allText(thanksDown)).toMatch(/고맙습니다/);

    const lines = (await readFile(path.join(bot.stateDir, 'feedback.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    const { a } = JSON.parse(up.value) as { a: string };
    expect(lines).toEqual([
      expect.objectContaining({ user: STAFF, vote: 'up', question: '일자리정책과 정원', intent: 'headcount', answerId: a }),
      expect.objectContaining({ user: ADMIN, vote: 'down', question: '일자리정책과 정원', intent: 'headcount', answerId: a }),
    ]);
    for (const line of lines) expect(Date.parse(line.at)).not.toBeNaN();
  });

  it('summarises questions, not-found questions and votes in /econ stats for admins only', async () => {
    await bot.ask('화성 이주 계획');
    await bot.ask('화성 이주 계획');
    expect(allText(await bot.ask('stats', STAFF))).toMatch(/관리자만 사용할 수 있습니다/);
    const stats = await bot.ask('stats', ADMIN);
    const text = allText(stats);
    expect(text).toMatch(/\*답을 못 찾음\*\n2건/);
    expect(text).toMatch(/화성 이주 계획 \(2회\)/);
    expect(text).toMatch(/👍 1 · 👎 1/);
    expect(text).toMatch(/일자리정책과 정원 \(1회\)/);
    expect(limitProblems(stats)).toEqual([]);
  });
});

/** Questions that name more than one program; the first the core finds ambiguous drives the end-to-end test. */
const MAYBE_AMBIGUOUS = ['센터 예산', '캠퍼스타운 위치', '지원센터 위치', '펀드 규모', '개관 언제', '사관학교 위치'];

describe('candidate buttons', () => {
  it('shows candidates for an ambiguous question as buttons that re-ask it (when the core finds one ambiguous)', async (ctx) => {
    const kb = bot.services.knowledge.current;
    const question = MAYBE_AMBIGUOUS.find((q) => bot.services.core.answerQuestion(kb, q).candidates.length > 0);
    // The core decides what is ambiguous; until it flags one of these, the crafted click below covers the handler.
    if (question === undefined) return ctx.skip();
    const reply = await bot.ask(question);
    const first = findButton(reply, /^econ_candidate_\d+$/)!;
    expect(first).toBeDefined();
    expect(limitProblems(reply)).toEqual([]);
    const picked = await bot.reply((await bot.click({ actionId: first.action_id, value: first.value, blockId: 'candidates' })).responseId);
    expect(picked.replace_original).toBe(true);
    expect(limitProblems(picked)).toEqual([]);
  });

  it('asks the candidate’s question and replaces the ambiguous message with the answer', async () => {
    const click = await bot.click({ actionId: 'econ_candidate_1', value: encodeValue({ q: '청년취업사관학교 예산' }), blockId: 'candidates' });
    const reply = await bot.reply(click.responseId);
    expect(reply.replace_original).toBe(true);
    expect(reply.response_type).toBe('ephemeral');
    expect(allText(reply)).toContain('20,255백만원');
    expect(findButton(reply, ACTION_IDS.share)).toBeDefined();
    expect(limitProblems(reply)).toEqual([]);
  });
});
