import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { continuesWord } from '../../src/text/grammar';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Lines pasted from the report before the question (blind59's largest class; a dev set since). */
describe('a question after lines pasted from the report', () => {
  it('tells a question going on from the paste (에 개관하는 …) from one pointing at it (이 뷰티 공간 …)', () => {
    expect(continuesWord('에 개관하는 청년취업사관학교 캠퍼스 어디?')).toBe(true);
    expect(continuesWord('이 뷰티 공간 어디에 생기는 거예요?')).toBe(false);
    expect(continuesWord('그 사업 예산 얼마?')).toBe(false);
  });

  it('asks about the label or heading pasted, in the program the lines come from', async () => {
    const kb = await realKnowledge();
    const label = answerQuestion(kb, '□ 향후계획\n- 인턴십 참여자 정규직 취업연계 지원 :\n\n이거 언제예요?', AS_OF);
    expect(label.text).toContain('2022년 11월 ~ 12월');
    // The question shown and asked again from a button is one of its own, without the paste.
    expect(label.question).toBe('인턴십 참여자 정규직 취업연계 지원 이거 언제예요?');
    expect(answerQuestion(kb, '▶ 동북권 성장유망기업지원센터 시범운영\n\n이거 어디에 있어요?', AS_OF).text).toContain('자양동 2-3');
    // A line of the program (its address) stands for the program.
    expect(answerQuestion(kb, '- 위 치 : 서울시 중구 마른대로 38(초동)\n\n여기 개관은 언제?', AS_OF).text).toContain('2024년 3월');
    expect(answerQuestion(kb, '금 용 투 자 과\t•금융산업 육성 및 거점 조성\n\n이 과 정원은 몇 명?', AS_OF).text).toContain('정원 24명');
    expect(answerQuestion(kb, "'22.11월\n\n에 개관하는 청년취업사관학교 캠퍼스 어디?", AS_OF).text).toContain('용산 개관 2022년 11월');
  });

  it('refuses what neither the paste nor the question gives, and never answers from the pasted lines themselves', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '- 위 치 : 서울시 중구 마른대로 38(초동)\n\n여기 입장료는 얼마?', AS_OF).text).toContain(NOT_FOUND);
    const unknown = answerQuestion(kb, '부산 청년창업센터\n\n이거 예산 얼마예요?', AS_OF);
    expect(unknown.text).toContain(NOT_FOUND);
    expect(unknown.candidates).toHaveLength(0);
    expect(answerQuestion(kb, "□ 사업개요\n- 추진근거 : 고용정책기본법 제6조 및 제34조\n\n서울형 뉴딜일자리 '23년엔 몇 명 뽑아요?", AS_OF).text).toContain(NOT_FOUND);
  });

  it('answers a criterion asked (선정 기준) by a field or a line stating one, else refuses', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울형 강소기업 선정 기준이 뭐예요?', AS_OF).text).toContain('일자리 창출 성과');
    expect(answerQuestion(kb, '안심일자리 소득 기준 있어요?', AS_OF).text).toContain('중위소득 70%');
    expect(answerQuestion(kb, '패션허브 입주기업 선정 기준이 뭐예요?', AS_OF).text).toContain(NOT_FOUND);
  });
});
