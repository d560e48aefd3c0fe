import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, TestBot } from './helpers/testBot';

let now = new Date('2022-09-30T12:00:00Z');
let bot: TestBot;

beforeAll(async () => {
  bot = await TestBot.start({ now: () => now });
});
afterAll(async () => {
  await bot.stop();
});

describe('/econ reads relative dates against the bot’s clock in ECON_TIMEZONE', () => {
  it('answers 다음 달 from the day the bot is asked', async () => {
    // 2022-09-30 in Seoul: next month is October (`- 아랍에미리트 GITEX 투자유치 설명회 : '22. 10월`).
    now = new Date('2022-09-30T12:00:00Z');
    expect(allText(await bot.ask('다음 달에 서울투자청 해외 행사 뭐 있어?'))).toContain('GITEX');
  });

  it('turns the day over at midnight in Seoul, not in UTC', async () => {
    // 2022-10-31 15:30 UTC is 2022-11-01 00:30 in Seoul: next month is December, not November.
    now = new Date('2022-10-31T15:30:00Z');
    const text = allText(await bot.ask('다음 달에 서울투자청 일정 뭐 있어?'));
    expect(text).not.toContain('싱가포르 핀테크 페스티벌');
    expect(text).toContain('타당성 검토 용역'); // `- 서울투자청 설립 타당성 검토 용역 추진계획 수립 : '22. 12월`
    // Nothing abroad is planned for December: a kind of event asked is refused, not another month's.
    expect(allText(await bot.ask('다음 달에 서울투자청 해외 행사 뭐 있어?'))).toContain('2022년 12월 해외 일정이 없습니다');
  });
});
