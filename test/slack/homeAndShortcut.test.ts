import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDigest } from '../../src/digest/computeDigest';
import { describeEntry } from '../../src/digest/describeEntry';
import { ACTION_IDS } from '../../src/slack/actions/actionIds';
import { viewViolations } from '../../src/slack/blocks/viewViolations';
import { HELP_EXAMPLES } from '../../src/slack/commands/helpExamples';
import { ASK_SHORTCUT_CALLBACK } from '../../src/slack/shortcuts/registerAskShortcut';
import { Conversation } from './helpers/conversation';
import { ADMIN, allText, findButton, mrkdwnTexts, STAFF, TestBot } from './helpers/testBot';

// Monday 31 October 2022, 09:00 in Seoul: a week with four dated milestones in the report.
const MONDAY = new Date('2022-10-31T00:00:00Z');

let bot: TestBot;
let talk: Conversation;

beforeAll(async () => {
  bot = await TestBot.start({ now: () => MONDAY });
  talk = new Conversation(bot);
});
afterAll(async () => {
  await bot.stop();
});

/** Opens the Home tab as `user` and returns the view published for them. */
async function openHome(user: string): Promise<Record<string, unknown>> {
  const before = bot.slack.calls('views.publish').length;
  await bot.event({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: '1700000000.000001' });
  const call = await bot.slack.waitFor(() => bot.slack.calls('views.publish').slice(before).find((c) => c.params.user_id === user));
  return call.params.view as Record<string, unknown>;
}

describe('App Home', () => {
  it('publishes a valid Home view with this week’s milestones, examples and the loaded report', async () => {
    const view = await openHome(STAFF);
    expect(view.type).toBe('home');
    expect(viewViolations(view)).toEqual([]);
    const text = allText(view);
    // The same content as today's digest.
    const digest = computeDigest(bot.services.knowledge.current.milestones, '2022-10-31');
    expect(digest.dueThisWeek.length).toBeGreaterThan(0);
    expect(text).toContain('주간 일정 다이제스트: 2022년 10월 31일 (월)');
    for (const entry of digest.dueThisWeek) expect(text).toContain(describeEntry(entry, digest.asOf).label.slice(0, 20));
    for (const example of HELP_EXAMPLES) expect(text).toContain(example.question);
    expect(text).toMatch(/경제정책실 주요 업무보고 \(2022년 9월, 수치 기준일 2022-08-29\)/);
  });

  it('shows admins the last reload and usage stats, and nobody else', async () => {
    const staff = allText(await openHome(STAFF));
    expect(staff).not.toMatch(/사용 통계|마지막 다시 읽기/);

    await bot.ask('reload', ADMIN);
    const admin = await openHome(ADMIN);
    expect(viewViolations(admin)).toEqual([]);
    expect(allText(admin)).toMatch(/마지막 다시 읽기/);
    expect(allText(admin)).toMatch(/✅ 성공/);
    expect(allText(admin)).toMatch(/econ-bot 사용 통계/);
  });

  it('ignores the Messages tab (nothing to publish there)', async () => {
    const before = bot.slack.calls('views.publish').length;
    await bot.event({ type: 'app_home_opened', user: STAFF, channel: 'D0HOME', tab: 'messages' });
    await talk.postsSettledSince(talk.posts().length);
    expect(bot.slack.calls('views.publish').length).toBe(before);
  });
});

/** Runs "econ-bot에게 묻기" on a message and returns the modal it opened. */
async function shortcut(text: string, channel: string, ts: string, threadTs?: string): Promise<Record<string, unknown>> {
  const before = bot.slack.calls('views.open').length;
  const { status, ackMs } = await bot.interaction({
    type: 'message_action',
    callback_id: ASK_SHORTCUT_CALLBACK,
    trigger_id: `trigger-${ts}`,
    user: { id: STAFF, team_id: 'T0TEST' },
    channel: { id: channel, name: 'general' },
    message: { type: 'message', user: 'U0AUTHOR', ts, text, ...(threadTs ? { thread_ts: threadTs } : {}) },
    message_ts: ts,
    response_url: bot.slack.responseUrl(`shortcut-${ts}`),
  });
  expect(status).toBe(200);
  expect(ackMs).toBeLessThan(3000);
  const call = await bot.slack.waitFor(() => bot.slack.calls('views.open').slice(before)[0]);
  expect(call.params.trigger_id).toBe(`trigger-${ts}`);
  return call.params.view as Record<string, unknown>;
}

/** Presses "스레드에 올리기" in a modal and returns the updated modal. */
async function postToThread(modal: Record<string, unknown>): Promise<Record<string, unknown>> {
  const before = bot.slack.calls('views.update').length;
  const button = findButton(modal, ACTION_IDS.postToThread)!;
  await bot.interaction({
    type: 'block_actions',
    user: { id: STAFF, team_id: 'T0TEST' },
    container: { type: 'view', view_id: 'V0VIEW' },
    view: { id: 'V0VIEW', type: 'modal', hash: 'h1', private_metadata: modal.private_metadata, callback_id: modal.callback_id, blocks: modal.blocks },
    trigger_id: '1.2.3',
    actions: [{ action_id: button.action_id, block_id: 'modal_actions', type: 'button', value: button.value, action_ts: '1' }],
  });
  const call = await bot.slack.waitFor(() => bot.slack.calls('views.update').slice(before)[0]);
  expect(call.params.view_id).toBe('V0VIEW');
  return call.params.view as Record<string, unknown>;
}

describe('message shortcut "econ-bot에게 묻기"', () => {
  it('opens the answer in a modal and posts it into the message’s thread, which then follows up on it', async () => {
    const modal = await shortcut('서울큐브 언제 열어?', 'C0GENERAL', '1700002000.000100');
    expect(viewViolations(modal)).toEqual([]);
    expect(allText(modal)).toMatch(/2026년 5월/);
    expect(findButton(modal, ACTION_IDS.postToThread)?.text.text).toBe('스레드에 올리기');

    const postsBefore = talk.posts().length;
    const updated = await postToThread(modal);
    const posted = await talk.nextPost(postsBefore, 'C0GENERAL', '1700002000.000100');
    expect(allText(posted)).toMatch(/2026년 5월/);
    expect(allText(posted)).toContain(`<@${STAFF}>님이 공유`);
    expect(allText(updated)).toMatch(/스레드에 올렸습니다/);
    expect(viewViolations(updated)).toEqual([]);

    const { reply } = await talk.askByMention('예산은?', { threadTs: '1700002000.000100' });
    expect(allText(reply)).toMatch(/100,781백만원/);
  });

  it('says how to invite the bot when it cannot post in the conversation', async () => {
    bot.slack.postErrors.set('G0PRIVATE', 'not_in_channel');
    const modal = await shortcut('청년취업사관학교 예산', 'G0PRIVATE', '1700002000.000200');
    const updated = await postToThread(modal);
    expect(allText(updated)).toContain('/invite @econ-bot');
    expect(allText(updated)).toMatch(/20,255백만원/);
    expect(viewViolations(updated)).toEqual([]);
    expect(bot.logs.filter((l) => l.includes('not_in_channel'))).toHaveLength(1);
  });

  it('explains a message with nothing to ask, and escapes hostile text', async () => {
    const empty = await shortcut('', 'C0GENERAL', '1700002000.000300');
    expect(allText(empty)).toMatch(/물어볼 내용이 없습니다/);
    expect(findButton(empty, ACTION_IDS.postToThread)).toBeUndefined();
    expect(allText(await shortcut('help', 'C0GENERAL', '1700002000.000350'))).toMatch(/econ-bot 사용법/);
    const hostile = await shortcut('&lt;!channel&gt; 청년취업사관학교 예산', 'C0GENERAL', '1700002000.000400');
    expect(mrkdwnTexts(hostile).join('\n')).not.toMatch(/<!channel>/);
  });

  it('logs shortcut questions with their source', async () => {
    const { questions } = await bot.services.state.readUsage();
    expect(questions.filter((q) => q.source === 'shortcut').length).toBeGreaterThanOrEqual(2);
  });
});
