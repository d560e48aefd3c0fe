import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS, CANDIDATE_ACTION_PATTERN } from '../../src/slack/actions/actionIds';
import { drainSlackBot } from '../../src/slack/drainSlackBot';
import { BOT_USER, Conversation } from './helpers/conversation';
import { ADMIN, allText, findButton, limitProblems, mrkdwnTexts, STAFF, TestBot } from './helpers/testBot';

let bot: TestBot;
let talk: Conversation;
const seen: Record<string, unknown>[] = [];

beforeAll(async () => {
  bot = await TestBot.start();
  talk = new Conversation(bot);
});
afterAll(async () => {
  await bot.stop();
});

/** Keeps every reply so the last test can check them all against Block Kit limits. */
function keep<T extends Record<string, unknown>>(reply: T): T {
  seen.push(reply);
  return reply;
}

// The report's figures for the programs the threads are about.
const SEOUL_CUBE_BUDGET = /100,781백만원/;
const CINEMATHEQUE_BUDGET = /26,482백만원/;
const ACADEMY_BUDGET = /20,255백만원/;

describe('@mentions', () => {
  it('answers in the thread under the mention, with citation and feedback buttons, acked at once', async () => {
    const before = talk.posts().length;
    const { ts, status, ackMs } = await talk.mention('청년취업사관학교 개관 언제야');
    expect(status).toBe(200);
    expect(ackMs).toBeLessThan(3000);
    const reply = keep(await talk.nextPost(before, 'C0GENERAL', ts));
    expect(allText(reply)).toMatch(/개관/);
    expect(allText(reply)).toMatch(/2022년 11월/);
    const blocks = reply.blocks as Array<Record<string, unknown>>;
    expect(blocks.some((b) => b.block_id === 'citations')).toBe(true);
    expect(findButton(reply, ACTION_IDS.voteUp)).toBeDefined();
    // Already in the channel: no "채널에 공유".
    expect(findButton(reply, ACTION_IDS.share)).toBeUndefined();
    expect(String(reply.unfurl_links)).toBe('false');
  });

  it('answers a mention written inside a thread in that thread', async () => {
    const parent = '1700000500.000100';
    const { reply } = await talk.askByMention('서울 시네마테크 위치', { threadTs: parent });
    expect(keep(reply).thread_ts).toBe(parent);
    expect(allText(reply)).toMatch(/마른내로 38/);
  });

  it('shows help for a bare mention and keeps admin commands on /econ', async () => {
    const help = keep((await talk.askByMention('')).reply);
    expect(allText(help)).toMatch(/econ-bot 사용법/);
    const stats = keep((await talk.askByMention('stats', { user: ADMIN })).reply);
    expect(allText(stats)).toMatch(/`\/econ stats`로 실행해/);
    expect(allText(stats)).not.toMatch(/사용 통계/);
  });

  it('never turns user text into live mentions or links', async () => {
    const { reply } = await talk.askByMention('&lt;!channel&gt; 청년취업사관학교 예산 &lt;https://evil.example|link&gt; <!here>');
    const texts = mrkdwnTexts(keep(reply)).join('\n');
    expect(texts).not.toMatch(/<!channel>|<!here>|<https:\/\/evil/);
    expect(allText(reply)).toMatch(/청년취업사관학교/);
  });
});

describe('follow-ups in threads', () => {
  it('reads "예산은?" with each thread’s own subject: two threads by the same person in one channel', async () => {
    const cube = await talk.askByMention('서울큐브 언제 열어?');
    const cinema = await talk.askByMention('서울 시네마테크 위치');
    expect(allText(cube.reply)).toMatch(/2026년 5월/);

    const cubeBudget = keep((await talk.askByMention('예산은?', { threadTs: cube.thread })).reply);
    const cinemaBudget = keep((await talk.askByMention('그럼 예산은?', { threadTs: cinema.thread })).reply);
    expect(allText(cubeBudget)).toMatch(SEOUL_CUBE_BUDGET);
    expect(allText(cubeBudget)).not.toMatch(CINEMATHEQUE_BUDGET);
    expect(allText(cinemaBudget)).toMatch(CINEMATHEQUE_BUDGET);
    expect(allText(cinemaBudget)).not.toMatch(SEOUL_CUBE_BUDGET);
  });

  it('lets a follow-up that names another program replace the subject', async () => {
    const cube = await talk.askByMention('서울큐브 위치');
    const academy = keep((await talk.askByMention('청년취업사관학교 예산은?', { threadTs: cube.thread })).reply);
    expect(allText(academy)).toMatch(ACADEMY_BUDGET);
    // The thread is now about 청년취업사관학교.
    const where = keep((await talk.askByMention('위치는?', { threadTs: cube.thread })).reply);
    expect(allText(where)).toMatch(/청년취업사관학교/);
    expect(allText(where)).not.toMatch(/소파로/);
  });

  it('keeps the subject a not-found question named', async () => {
    const missing = await talk.askByMention('서울큐브 입장료');
    expect(allText(missing.reply)).toMatch(/찾을 수 없습니다/);
    const budget = keep((await talk.askByMention('예산은?', { threadTs: missing.thread })).reply);
    expect(allText(budget)).toMatch(SEOUL_CUBE_BUDGET);
  });

  it('answers a candidate button in the thread, and follows up on the chosen program', async () => {
    const ambiguous = await talk.askByMention('센터 어디야');
    const candidate = findButton(ambiguous.reply, CANDIDATE_ACTION_PATTERN);
    expect(candidate?.text.text).toMatch(/센터/);
    const chosen = JSON.parse(candidate!.value) as { q: string };

    const before = talk.posts().length;
    await bot.interaction({
      type: 'block_actions',
      user: { id: STAFF, team_id: 'T0TEST' },
      container: { type: 'message', message_ts: '1700009999.000001', channel_id: 'C0GENERAL', is_ephemeral: false, thread_ts: ambiguous.thread },
      channel: { id: 'C0GENERAL', name: 'general' },
      message: { ts: '1700009999.000001', thread_ts: ambiguous.thread, text: '어느 사업을' },
      response_url: bot.slack.responseUrl('candidate-in-thread'),
      trigger_id: '1.2.3',
      actions: [{ action_id: candidate!.action_id, block_id: 'candidates', type: 'button', value: candidate!.value, action_ts: '1' }],
    });
    const answered = keep(await talk.nextPost(before, 'C0GENERAL', ambiguous.thread));
    expect(allText(answered)).not.toMatch(/골라 주세요/);
    expect(allText(answered)).toMatch(/위치|로|동/);

    const budget = keep((await talk.askByMention('예산은?', { threadTs: ambiguous.thread })).reply);
    // The chosen center's name is in the budget answer (or it says plainly that there is none).
    const chosenName = chosen.q.split(' ').find((w) => w.includes('센터')) ?? '센터';
    expect(allText(budget)).toContain(chosenName.slice(0, 4));
  });

  it('gives a follow-up in another thread, or in another channel with the same thread ts, no context', async () => {
    const cube = await talk.askByMention('서울큐브 언제 열어?');
    const fresh = keep((await talk.askByMention('예산은?')).reply);
    expect(allText(fresh)).not.toMatch(SEOUL_CUBE_BUDGET);
    const elsewhere = keep((await talk.askByMention('예산은?', { channel: 'C0OTHER', threadTs: cube.thread })).reply);
    expect(allText(elsewhere)).not.toMatch(SEOUL_CUBE_BUDGET);
  });

  it('does not answer replies in channels without a mention (least privilege default)', async () => {
    const cube = await talk.askByMention('서울큐브 언제 열어?');
    const before = talk.posts().length;
    await talk.message('예산은?', { channel: 'C0GENERAL', threadTs: cube.thread });
    await talk.message('서울큐브 예산', { channel: 'C0GENERAL' });
    expect(await talk.postsSettledSince(before)).toEqual([]);
  });
});

describe('direct messages', () => {
  it('answers every DM where it was written, follows up, and starts over on "처음부터"', async () => {
    const first = keep(await talk.askByDm('청년취업사관학교 예산'));
    expect(allText(first)).toMatch(ACADEMY_BUDGET);
    expect(first.thread_ts).toBeUndefined();
    expect(findButton(first, ACTION_IDS.startOver)?.text.text).toBe('처음부터');

    const where = keep(await talk.askByDm('위치는?'));
    expect(allText(where)).toMatch(/청년취업사관학교/);

    expect(allText(keep(await talk.askByDm('처음부터')))).toMatch(/처음부터 다시 시작합니다/);
    const after = keep(await talk.askByDm('예산은?'));
    expect(allText(after)).not.toMatch(ACADEMY_BUDGET);
  });

  it('starts over from the button under an answer', async () => {
    keep(await talk.askByDm('서울큐브 언제 열어?', { channel: 'D0BUTTON' }));
    const before = talk.posts().length;
    await bot.interaction({
      type: 'block_actions',
      user: { id: STAFF, team_id: 'T0TEST' },
      container: { type: 'message', message_ts: '1700008888.000001', channel_id: 'D0BUTTON', is_ephemeral: false },
      channel: { id: 'D0BUTTON', name: 'directmessage' },
      message: { ts: '1700008888.000001', text: '답' },
      response_url: bot.slack.responseUrl('start-over'),
      trigger_id: '1.2.3',
      actions: [{ action_id: ACTION_IDS.startOver, block_id: 'answer_actions', type: 'button', value: 'start_over', action_ts: '1' }],
    });
    expect(allText(await talk.nextPost(before, 'D0BUTTON', null))).toMatch(/처음부터 다시 시작합니다/);
    expect(allText(keep(await talk.askByDm('예산은?', { channel: 'D0BUTTON' })))).not.toMatch(SEOUL_CUBE_BUDGET);
  });

  it('refuses a pasted document as too long, in Korean', async () => {
    const reply = keep(await talk.askByDm(`<@${BOT_USER}> ${'청년취업사관학교 예산 '.repeat(5000)}`));
    expect(allText(reply)).toMatch(/질문이 너무 깁니다 \(\d{5}자\)/);
  });

  it('answers help in a DM', async () => {
    expect(allText(keep(await talk.askByDm('help')))).toMatch(/econ-bot 사용법/);
  });
});

describe('Slack’s rules', () => {
  it('answers a retried event once', async () => {
    const before = talk.posts().length;
    const first = await talk.mention('청년취업사관학교 예산');
    await talk.nextPost(before, 'C0GENERAL', first.ts);
    const retry = await talk.mention('청년취업사관학교 예산', { ts: first.ts }, { eventId: first.eventId, retryNum: 1 });
    expect(retry.status).toBe(200);
    await talk.mention('청년취업사관학교 예산', { ts: first.ts }, { eventId: first.eventId, retryNum: 2 });
    const posted = (await talk.postsSettledSince(before)).filter((c) => c.params.thread_ts === first.ts);
    expect(posted).toHaveLength(1);
  });

  it('ignores its own messages, bots, edits, deletions and other subtypes', async () => {
    const before = talk.posts().length;
    await talk.message('청년취업사관학교 예산', { user: BOT_USER });
    await talk.message('청년취업사관학교 예산', {}, { bot_id: 'B0OTHER' });
    await talk.message('청년취업사관학교 예산', {}, { subtype: 'message_changed' });
    await talk.message('', {}, { subtype: 'message_deleted' });
    await talk.message('청년취업사관학교 예산', {}, { subtype: 'channel_join' });
    await talk.message('청년취업사관학교 예산', {}, { edited: { user: STAFF, ts: '1700000000.000001' } });
    await talk.mention('청년취업사관학교 예산', { user: BOT_USER });
    expect(await talk.postsSettledSince(before)).toEqual([]);
  });

  it('logs where each question came from and `/econ stats` breaks usage down by it', async () => {
    const { questions } = await bot.services.state.readUsage();
    const sources = new Set(questions.map((q) => q.source));
    expect([...sources].sort()).toEqual(['dm', 'mention', 'thread']);
    const stats = await bot.ask('stats', ADMIN);
    expect(allText(stats)).toMatch(/\*어디서\*\n.*멘션 \d+/);
    expect(allText(stats)).toMatch(/스레드 \d+/);
    expect(allText(stats)).toMatch(/DM \d+/);
  });

  it('keeps every posted reply within Block Kit limits', () => {
    expect(seen.length).toBeGreaterThan(20);
    for (const message of seen) expect(limitProblems(message)).toEqual([]);
    expect(bot.logs.filter((l) => l.includes('Block Kit') || l.startsWith('error'))).toEqual([]);
  });
});

describe('ECON_THREAD_FOLLOWUPS=all', () => {
  it('answers every reply in a thread the bot answered in, once even when it mentions the bot, and nothing else', async () => {
    const eager = await TestBot.start({ threadFollowups: 'all' });
    try {
      const chat = new Conversation(eager);
      const cube = await chat.askByMention('서울큐브 언제 열어?');

      let before = chat.posts().length;
      await chat.message('예산은?', { channel: 'C0GENERAL', threadTs: cube.thread });
      expect(allText(await chat.nextPost(before, 'C0GENERAL', cube.thread))).toMatch(SEOUL_CUBE_BUDGET);

      // A reply with a mention arrives twice (message.channels and app_mention): answered once.
      before = chat.posts().length;
      const ts = '1700003000.000001';
      await chat.message(`<@${BOT_USER}> 위치는?`, { channel: 'C0GENERAL', threadTs: cube.thread, ts });
      await chat.mention('위치는?', { channel: 'C0GENERAL', threadTs: cube.thread, ts });
      await chat.message('서울큐브 예산', { channel: 'C0GENERAL', threadTs: '1700003999.000001' }); // a thread it never answered in
      await chat.message('서울큐브 예산', { channel: 'C0GENERAL' }); // top level, no mention
      const posted = await chat.postsSettledSince(before);
      expect(posted).toHaveLength(1);
      expect(allText(posted[0]!.params)).toMatch(/소파로/);
    } finally {
      await eager.stop();
    }
  });
});

describe('shutdown', () => {
  it('drains answers to events already acked before it stops', async () => {
    const slow = await TestBot.start();
    const chat = new Conversation(slow);
    slow.slack.postDelayMs = 800;
    const { ts, status } = await chat.mention('청년취업사관학교 예산');
    expect(status).toBe(200);
    await slow.slack.waitFor(() => chat.posts().find((c) => c.params.thread_ts === ts));
    // Acked, and its reply not yet through: the event's listener is in flight.
    expect(slow.services.inFlight.labels()).toEqual([expect.stringMatching(/^event app_mention/)]);
    expect(await drainSlackBot(slow.bot, slow.services, 5000)).toEqual([]);
    expect(slow.services.inFlight.size).toBe(0);
    expect(slow.logs.filter((l) => l.includes('could not post') || l.includes('gave up'))).toEqual([]);
    await slow.services.state.close();
    await slow.slack.stop();
    await rm(slow.stateDir, { recursive: true, force: true });
  });
});
