import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { isPredicate, stripParticle } from '../../src/text/grammar';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind56 (scored once before it was tuned on; a dev set since), each tested both ways. */
describe('stop-23 classes', () => {
  it('reads a quoted question and the verb relaying it (-냐고 물어보시네요, -냐구 하시네여) as verbs, and chat 여 for 요', () => {
    for (const verb of ['개관하냐고', '얼마냐구', '물어보시네', '하시네여', '참여했어여', '되냐구']) expect(isPredicate(verb), verb).toBe(true);
    for (const noun of ['참여', '청년취업사관학교', '시네마테크']) expect(isPredicate(noun), noun).toBe(false);
  });

  it('answers what a call-centre agent relays, and still refuses what the report lacks', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울큐브 언제 개관하냐고 물어보시네요', AS_OF).text).toContain('2026년 5월');
    expect(answerQuestion(kb, '시네마테크 예산 얼마냐구 하시네여', AS_OF).text).toContain('26,482백만원');
    expect(answerQuestion(kb, '안심일자리 몇명 참여했어여?', AS_OF).text).toContain('6,344명');
    expect(answerQuestion(kb, '부산 서울큐브 언제 개관하냐고 물어보시네요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '시네마테크 입장료 얼마냐구 하시네여', AS_OF).text).toContain(NOT_FOUND);
  });

  it("reads an analyst's words for the shape of the answer (분담 내역, 개막일 및 폐막일, 조례상 근거 법규, 제외한, 전년도 이월액)", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'G밸리 다목적체육관 총사업비 국비·시비 분담 내역', AS_OF).text).toContain('국 55억');
    expect(answerQuestion(kb, '서울혁신챌린지 개최 기간(개막일 및 폐막일)', AS_OF).text).toContain('2022년 3월 ~ 2023년 3월');
    expect(answerQuestion(kb, '청년취업사관학교 조례상 근거 법규', AS_OF).text).toContain('일자리정책 기본조례');
    expect(answerQuestion(kb, '안심일자리 소요예산 중 자치구 부담분을 제외한 시비', AS_OF).text).toContain('12,216백만원');
    expect(answerQuestion(kb, '시네마테크 건립 본예산과 전년도 이월액 구분', AS_OF).text).toContain('4,655백만원');
    // The same shapes for what the report does not give.
    expect(answerQuestion(kb, '서울혁신챌린지 2019년 개막일', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년인턴 직무캠프 2021년 국비·시비 분담 내역', AS_OF).text).toContain(NOT_FOUND);
  });

  it('takes 이면 (if it is) off a noun as a particle', () => {
    expect(stripParticle('중소기업이면')).toBe('중소기업');
  });
});
