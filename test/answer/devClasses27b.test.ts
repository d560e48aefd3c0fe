import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** The review of stop 27's diff, and the invented answers of blind89 and blind94, each tested both ways. */
describe('stop-27 review and late classes', () => {
  it('review of the stop: the readers above never eat what a question asks (each once an invented or lost answer)', async () => {
    const kb = await realKnowledge();
    // A year likened (`작년 같은 경우는`) still says which year; a noun before 있어요 (`창고`) is still asked.
    expect(answerQuestion(kb, '작년 같은 경우는 뷰티패션산업과 예산현액 얼마였어?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울큐브에 창고 있어요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '시네마테크 무게 되나요?', AS_OF).text).toContain(NOT_FOUND);
    // A place or area is no figure of a year; an event held is dated by its period line.
    expect(answerQuestion(kb, '내년에 완공되는 AI지원센터 위치 어디야?', AS_OF).text).toContain('태봉로 108');
    expect(answerQuestion(kb, '올해 9월 개최되는 Try Everything 2022 어디서 열려?', AS_OF).text).toContain('DDP');
    // `대학 한곳에` is no per-one the report writes; a bracket with a date narrows; a department keeps its 과.
    expect(answerQuestion(kb, '캠퍼스타운 대학 한곳에 연간 얼마 지원해?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년취업사관학교 (11월에 개관할 곳) 어디야', AS_OF).text).not.toContain('영등포');
    expect(answerQuestion(kb, '바이오SI산업과 관련 예산', AS_OF).text).toContain('94,482');
    // 부지면적 is written 부지 in the report: no area kind to require.
    expect(answerQuestion(kb, '서울큐브 부지면적 얼마야', AS_OF).text).toContain('8,473㎡');
  });

  it('blind89’s two invented answers: a year with its mark (’23년 7월) is read as a period, and a sum is on the line saying what it is for', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, "'23년 7월에 완공되는 건물 있어요?", AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, "'23년 8월에 완공되는 건물 있어요?", AS_OF).text).toContain('AI지원센터');
    expect(answerQuestion(kb, '강소기업 육아휴직 대체 청년인턴 인건비 지원금 월 얼마씩 나와요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '애니센터 재건축(서울큐브) 22년 감리비 얼마?', AS_OF).text).toContain('839백만원');
  });

  it('blind93’s inspection words: 주관 부서, 준공예정일, 주소지, 지번; 대관 is no typo of 개관', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '뷰티복합문화공간 조성 주관 부서', AS_OF).text).toContain('뷰티패션산업과');
    expect(answerQuestion(kb, 'G밸리 다목적체육관 준공예정일', AS_OF).text).toContain('2023년 12월');
    expect(answerQuestion(kb, '홍릉 R&D지원센터 부지 지번', AS_OF).text).toContain('청량리동 206-54');
    expect(answerQuestion(kb, 'e스포츠경기장 대관 문의는 어느 과 소관이야?', AS_OF).text).toContain('미디어콘텐츠산업과');
    expect(answerQuestion(kb, '로봇과학관 준공예정일', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울투자청 사무실 지번', AS_OF).text).toContain(NOT_FOUND);
  });

  it('blind94’s invented answer: a year counted back and set against (작년보다) is answered only by figures stating that year', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '패션위크 작년보다 사람 더 많이 와?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '뉴딜일자리 참여자 취업률 작년보다 올랐어?', AS_OF).text).toContain('58.4%');
  });
});
