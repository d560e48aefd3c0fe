import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { realKnowledge } from '../helpers';
import { withoutDayOrMonth } from '../../src/text/grammar';

const AS_OF = { asOf: '2022-09-15' };

/** Classes found on blind29 (written during stop 16, scored once, a dev set since), each tested both ways. */
describe('stop-16 blind29 classes', () => {
  it('reads requests and framing (부탁드립니다, 표에서 찾아줘, 각각, …얘기예요, …려고요) as no part of what is asked', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '금융투자과 예산현액 정확한 수치 부탁드립니다', AS_OF).text).toContain('26,003');
    expect(answerQuestion(kb, '일자리정책과 정원이랑 현원 각각 알려주세요', AS_OF).text).toContain('정원 29명');
    expect(answerQuestion(kb, '멘토단 몇 명으로 꾸렸어? 청년취업사관학교 얘기예요', AS_OF).text).toContain('32명');
    expect(answerQuestion(kb, '서울큐브 개관 언제야? 보고서에 넣으려고요', AS_OF).text).toContain('2026년 5월');
    // A framing word does not make up a program.
    expect(answerQuestion(kb, '부산 멘토단 몇 명으로 꾸렸어', AS_OF).found).toBe(false);
  });

  it('reads a month and day written with a dot (8.29 기준) as a date, never a decimal', async () => {
    expect(withoutDayOrMonth('정원 8.29 기준').trim()).toBe('정원   기준'.trim());
    expect(withoutDayOrMonth('3.2조원')).toBe('3.2조원');
    expect(withoutDayOrMonth('45.8%')).toBe('45.8%');
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '경제정책실 현원 8.29 기준 몇 명', AS_OF).text).toContain('259');
  });

  it('drops a bracket stating a basis (하반기 학과개편 반영 기준)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '기술교육원 훈련인원 총 몇 명 (22년 하반기 기준)', AS_OF).text).toContain('6,026명');
    // A bracket naming a place is still read.
    expect(answerQuestion(kb, 'AI지원센터 위치 (부산)', AS_OF).found).toBe(false);
  });

  it('reads 교육 as whose the 대상 is, 신청 가능한 업종 as the 대상 field, and 어느 도시 as a place asked', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청년취업사관학교 교육 대상 누구', AS_OF).text).toContain('20 ~ 30대');
    expect(answerQuestion(kb, '중소패션업체 온라인 판로확장 지원 신청 가능한 업종', AS_OF).text).toContain('수제화');
    // The report dates the 시티넷 meeting but names no city.
    expect(answerQuestion(kb, '제9차 시티넷 총회 어느 도시에서 열려', AS_OF).found).toBe(false);
  });

  it('reads 해주세요 as a request ending (비교해주세요 is no word the line must hold)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '기술교육원 취업률 20년이랑 21년 비교해주세요', AS_OF).text).toContain('69.8%');
  });
});
