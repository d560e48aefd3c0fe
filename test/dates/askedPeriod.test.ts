import { describe, expect, it } from 'vitest';
import { askedPeriod, PERIOD_WORDS, type PeriodCue, type PeriodWord } from '../../src/dates/askedPeriod';
import { realKnowledge } from '../helpers';

async function clock(asOf: string) {
  const kb = await realKnowledge();
  const cues = {} as Record<PeriodWord, PeriodCue>;
  for (const name of PERIOD_WORDS) cues[name] = kb.lexicon.intent('calendar').cue(name);
  return { asOf, reportDay: '2022-08-29', cues };
}

describe('askedPeriod', () => {
  it('reads explicit months, days, quarters, halves and years at their precision', async () => {
    const c = await clock('2022-08-29');
    expect(askedPeriod('22년 11월에 개관하는 청년취업사관학교 어디어디?', c)).toMatchObject({ from: '2022-11-01', to: '2022-11-30', start: { precision: 'month' } });
    expect(askedPeriod('2023년 5월 완공 예정인 시설 뭐야', c)).toMatchObject({ from: '2023-05-01', to: '2023-05-31' });
    expect(askedPeriod('9월 30일에 문 여는 공간', c)).toMatchObject({ from: '2022-09-30', to: '2022-09-30', start: { precision: 'day' } });
    expect(askedPeriod('22년 4분기에 서울투자청이 참가하는 해외 행사', c)).toMatchObject({ from: '2022-10-01', to: '2022-12-31' });
    expect(askedPeriod('24년에 개관하는 영상 시설', c)).toMatchObject({ from: '2024-01-01', to: '2024-12-31', start: { precision: 'year' } });
    expect(askedPeriod('하반기에 MOU 갱신하는 해외도시', c)).toMatchObject({ from: '2022-07-01', to: '2022-12-31' });
  });

  it('reads relative words against the clock it is given', async () => {
    expect(askedPeriod('다음 달에 테스트베드 협약', await clock('2022-10-15'))).toMatchObject({ from: '2022-11-01', to: '2022-11-30' });
    expect(askedPeriod('다음달 싱가포르 가는 행사', await clock('2022-12-20'))).toMatchObject({ from: '2023-01-01', to: '2023-01-31' });
    // 2022-09-19 is a Monday: 이번 주 is 19–25 September.
    expect(askedPeriod('이번주에 하는 스타트업 축제', await clock('2022-09-21'))).toMatchObject({ from: '2022-09-19', to: '2022-09-25' });
    expect(askedPeriod('이번 달 말에 바이오 국제컨퍼런스', await clock('2022-09-05'))).toMatchObject({ from: '2022-09-21', to: '2022-09-30' });
    expect(askedPeriod('올해 남은 서울큐브 일정', await clock('2022-11-10'))).toMatchObject({ from: '2022-11-10', to: '2022-12-31' });
    expect(askedPeriod('내년 상반기 완공 예정인 시설', await clock('2022-11-10'))).toMatchObject({ from: '2023-01-01', to: '2023-06-30' });
  });

  it('reads a part of a month as its ten days (초순, 중순, 하순 or 마지막 주: the 21st to the end), and a range of months as before', async () => {
    const c = await clock('2022-09-15');
    expect(askedPeriod('9월 하순에 열리는 행사', c)).toMatchObject({ from: '2022-09-21', to: '2022-09-30' });
    expect(askedPeriod('10월 중순에 노들섬에서 하는 행사', c)).toMatchObject({ from: '2022-10-11', to: '2022-10-20' });
    expect(askedPeriod('11월 초순 개관', c)).toMatchObject({ from: '2022-11-01', to: '2022-11-10' });
    expect(askedPeriod('9월 마지막 주에 개관하는 것', c)).toMatchObject({ from: '2022-09-21', to: '2022-09-30' });
    expect(askedPeriod('9월말~10월초에 파리에서 하는 거', c)).toMatchObject({ from: '2022-09-01', to: '2022-09-30' });
    expect(askedPeriod('9월 30일 하순', c)).toMatchObject({ from: '2022-09-30', to: '2022-09-30' });
    expect(askedPeriod('9월 마지막 주에 29~30일 개관하는 것', c)).toMatchObject({ from: '2022-09-29', to: '2022-09-30' });
    expect(askedPeriod('9월 30~31일 개관', c)).toMatchObject({ from: '2022-09-01', to: '2022-09-30' });
  });

  it('puts a month without a year in the clock’s year near the report, else in the report’s year', async () => {
    expect(askedPeriod('1월에 끝나는 사업', await clock('2023-01-10'))).toMatchObject({ from: '2023-01-01' });
    expect(askedPeriod('10월에 노들섬에서 하는 행사', await clock('2026-03-01'))).toMatchObject({ from: '2022-10-01' });
  });

  it('names the words that said the period, and finds none where there is none', async () => {
    const c = await clock('2022-10-15');
    expect(askedPeriod('다음 달에 테스트베드 협약', c)!.words).toEqual(['다음 달']);
    expect(askedPeriod('청년취업사관학교 예산 얼마야', c)).toBeNull();
    expect(askedPeriod('3·4차 참가팀 모집', c)).toBeNull();
    expect(askedPeriod('13월에 하는 행사', c)).toBeNull();
  });
});
