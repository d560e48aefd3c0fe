import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../src/slack/actions/actionIds';
import { HELP_EXAMPLES } from '../../src/slack/commands/helpExamples';
import { MAX_QUESTION_CHARS } from '../../src/slack/commands/parseEconText';
import { allText, findButton, limitProblems, mrkdwnTexts, TestBot } from './helpers/testBot';

let bot: TestBot;
const seen: Record<string, unknown>[] = [];

beforeAll(async () => {
  bot = await TestBot.start();
});
afterAll(async () => {
  await bot.stop();
});

/** Asks and keeps the reply so the last test can check every message against Block Kit limits. */
async function ask(text: string): Promise<Record<string, unknown>> {
  const reply = await bot.ask(text);
  seen.push(reply);
  return reply;
}

function intentOf(reply: Record<string, unknown>): string | undefined {
  const vote = findButton(reply, ACTION_IDS.voteUp);
  return vote ? (JSON.parse(vote.value) as { i: string }).i : undefined;
}

describe('/econ answers from the report', () => {
  // What each help example must bring back: the figure, date or name as the report has it.
  const expected: Record<string, RegExp> = {
    budget: /20,255백만원/,
    schedule: /2022년 11월|'22\.11월/,
    location: /마른내로 38/,
    headcount: /정원 29명.*현원 28명/,
    department: /금융투자과/,
    aggregate: /62\.7%|68\.6%/,
    search: /M-테크워크/,
  };

  for (const example of HELP_EXAMPLES) {
    it(`answers a ${example.intent} question: "${example.question}"`, async () => {
      const reply = await ask(example.question);
      expect(reply.response_type).toBe('ephemeral');
      expect(allText(reply)).toMatch(expected[example.intent]!);
      expect(intentOf(reply)).toBe(example.intent);
      // Program as a field, citation as a context line, and the share button.
      const blocks = reply.blocks as Array<Record<string, unknown>>;
      expect(blocks.some((b) => b.block_id === 'citations' && JSON.stringify(b).includes('행'))).toBe(true);
      expect(findButton(reply, ACTION_IDS.share)?.text.text).toBe('채널에 공유');
      expect(findButton(reply, ACTION_IDS.voteDown)).toBeDefined();
    });
  }

  it('shows the program and figures as fields', async () => {
    const reply = await ask('청년취업사관학교 예산');
    const fields = (reply.blocks as Array<{ block_id?: string; fields?: Array<{ text: string }> }>).find((b) => b.block_id === 'answer_fields_0')?.fields ?? [];
    expect(fields.map((f) => f.text).join('\n')).toMatch(/\*사업\*\n청년취업사관학교/);
    expect(fields.map((f) => f.text).join('\n')).toMatch(/20,255백만원/);
  });

  it('says plainly when the report has no answer, without a share button', async () => {
    const reply = await ask('화성 이주 계획');
    expect(allText(reply)).toMatch(/찾을 수 없습니다/);
    expect(findButton(reply, ACTION_IDS.share)).toBeUndefined();
    expect(findButton(reply, ACTION_IDS.voteDown)).toBeDefined();
  });

  it('acknowledges within Slack’s 3 seconds, before the answer is sent', async () => {
    const { status, ackMs, responseId } = await bot.command('청년취업사관학교 개관');
    expect(status).toBe(200);
    expect(ackMs).toBeLessThan(3000);
    seen.push(await bot.reply(responseId));
  });
});

describe('/econ help and bad input', () => {
  it('shows usage with an example per intent for `/econ` alone and `/econ help`', async () => {
    for (const text of ['', 'help', '도움말']) {
      const reply = await ask(text);
      const shown = allText(reply);
      for (const example of HELP_EXAMPLES) expect(shown).toContain(`/econ ${example.question}`);
      // Staff do not see admin-only commands.
      expect(shown).not.toContain('/econ reload');
    }
  });

  it('shows admins the admin commands too', async () => {
    const reply = await bot.ask('help', 'UADMIN001');
    seen.push(reply);
    expect(allText(reply)).toContain('/econ reload');
  });

  it('explains an unknown subcommand in Korean', async () => {
    const reply = await ask('relaod');
    expect(allText(reply)).toMatch(/알 수 없는 명령입니다: "relaod"/);
  });

  it('refuses a question with no letters', async () => {
    expect(allText(await ask('?!… ...'))).toMatch(/글자나 숫자가 없습니다/);
  });

  it('refuses a huge question with its length', async () => {
    const reply = await ask('청년'.repeat(MAX_QUESTION_CHARS));
    expect(allText(reply)).toMatch(/질문이 너무 깁니다 \(400자\)/);
  });

  it('answers a question after lines pasted from the report, longer in all than one question may be', async () => {
    const pasted = [
      ' - ※ 직무분야 : 경영일반, 홍보·광고·디자인, 마케팅·영업, (글로벌)경영, (글로벌)마케팅·영업',
      '- 교육기관 선정기준 강화, 직무별 전문 교육기관 선정 완료',
      '- 참여자 350명 (예비합격자 44명) 선발 및 직무교육 진행',
      '- 참여기업-청년인턴 간 매칭 및 근로계약 체결',
      ' - 직무교육 수료 291명(83.1%), 인턴매칭 224명(77.0%) ※ 2차매칭 진행 중',
      '□ 향후계획',
      '- 참여기업 배치 및 인턴십 운영 :',
      '- 인턴십 참여자 정규직 취업연계 지원 :',
      '',
      '이거 언제예요?',
    ].join('\n');
    expect(pasted.length).toBeGreaterThan(MAX_QUESTION_CHARS);
    const reply = await ask(pasted);
    expect(allText(reply)).toMatch(/2022년 11월 ~ 12월/);
    // The question asked again from the share button is one of its own, without the paste.
    expect(JSON.parse(findButton(reply, ACTION_IDS.share)!.value).q).toBe('인턴십 참여자 정규직 취업연계 지원 이거 언제예요?');
    // The question itself (the last line) is still held to the limit.
    expect(allText(await ask(`□ 향후계획\n${'청년'.repeat(MAX_QUESTION_CHARS)}`))).toMatch(/질문이 너무 깁니다 \(400자\)/);
  });

  it('copes with odd Unicode: zero-width and bidi characters, full-width letters, NBSP', async () => {
    const reply = await ask('\u200b청년취업사관학교\u00a0\u202e예산\ufeff');
    expect(allText(reply)).toMatch(/20,255백만원/);
  });

  it('refuses a bad digest date in Korean', async () => {
    expect(allText(await ask('digest 31/10/2022'))).toMatch(/날짜 형식이 올바르지 않습니다/);
  });
});

describe('mrkdwn injection', () => {
  const hostile = ['&lt;!channel&gt;', '&lt;https://evil.example|여기를 누르세요&gt;', '&lt;@U0VICTIM&gt;'];

  it('never echoes user text as live mrkdwn (mentions, links)', async () => {
    // Slack sends typed `<` and `>` as entities; the bot decodes them, so they must be re-escaped on output.
    const reply = await ask(`digest ${hostile.join(' ')}`);
    const texts = mrkdwnTexts(reply).join('\n');
    expect(texts).toContain('&lt;!channel&gt;');
    expect(texts).not.toMatch(/<!channel>|<https:\/\/evil|<@U0VICTIM>/);
  });

  it('escapes hostile text inside an answered question', async () => {
    const reply = await ask('<!here> 청년취업사관학교 예산 &lt;!channel&gt; & 개관');
    expect(mrkdwnTexts(reply).join('\n')).not.toMatch(/<!(here|channel)>/);
  });
});

describe('every /econ reply', () => {
  it('stays within Block Kit limits and has fallback text', () => {
    expect(seen.length).toBeGreaterThan(10);
    for (const message of seen) expect(limitProblems(message)).toEqual([]);
    expect(bot.logs.filter((l) => l.includes('Block Kit'))).toEqual([]);
  });
});

describe('when the answering core fails', () => {
  it('replies with a Korean error instead of leaving the person waiting', async () => {
    const { loadKnowledge } = await import('../../src/knowledge/loadKnowledge');
    const broken = await TestBot.start({
      core: {
        loadKnowledge,
        answerQuestion: () => {
          throw new Error('core bug');
        },
      },
    });
    try {
      const reply = await broken.ask('청년취업사관학교 예산');
      expect(allText(reply)).toMatch(/답을 만드는 중에 오류가 났습니다/);
      expect(limitProblems(reply)).toEqual([]);
      expect(broken.logs.some((l) => l.startsWith('error: answering failed'))).toBe(true);
    } finally {
      await broken.stop();
    }
  });
});
