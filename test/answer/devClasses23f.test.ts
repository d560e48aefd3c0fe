import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind65 (scored once before it was tuned on; a dev set since), each tested both ways. */
describe('stop-23 classes (blind65)', () => {
  it('never answers a result asked with a plan still to come, and answers it with a result the report states', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '(가칭)서울 시네마테크 — 위탁운영기관 선정 결과', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '캠퍼스타운 선정 결과', AS_OF).text).toContain('광운대');
    expect(answerQuestion(kb, '직무캠프 교육기관 선정 결과', AS_OF).text).toContain('선정 완료');
  });

  it("reads a speaker's correction (… 아 정정할게요, …) as the question that follows, with the names before it", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '양재 AI지원센터 총사업비가… 아 정정할게요, 올해 22년 예산분만요', AS_OF).text).toContain('14,169백만원');
    expect(answerQuestion(kb, '서울큐브 개관 언제야… 아 아니 그거 말고 시네마테크 개관 언제야?', AS_OF).text).toContain('2024년 3월');
    expect(answerQuestion(kb, '부산 사관학교 예산… 아 정정할게요, 올해 예산만요', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads a checklist item (… — 소요예산 총액 확인 요망, … 해당 여부) as its question', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청년취업사관학교 조성·운영 — 소요예산 총액 확인 요망', AS_OF).text).toContain('20,255백만원');
    expect(answerQuestion(kb, '청년취업사관학교 조성·운영 — 2019년 소요예산 총액 확인 요망', AS_OF).text).toContain(NOT_FOUND);
  });

  it("never answers a date asked with a department's duties or a table row without a date (blind66's invented answer)", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '경제정책과 업무에 로봇과학관 건립이 들어 있다고 봤는데, 로봇과학관 개관 예정일이 보고서 어디에 나와 있나요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '뷰티복합문화공간 조성은 어느 과 담당이야?', AS_OF).text).toContain('뷰티패션산업과');
    expect(answerQuestion(kb, '뷰티복합문화공간 개관 언제야?', AS_OF).text).toContain('2022년 9월 30일');
  });

  it("reads a radio host's framing (청취자분이 물어보셨는데요) as an aside and business words (버짓, 런칭, 지점, 베뉴) as the report's (blind67)", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청취자분이 물어보셨는데요~ 양재 AI지원센터 주소가 어떻게 되나요?', AS_OF).text).toContain('태봉로');
    expect(answerQuestion(kb, '강소기업 지원사업 버짓 얼마 책정됐나요', AS_OF).text).toContain('3,892백만원');
    expect(answerQuestion(kb, '청년취업사관학교 마포 지점 오픈 언제였어요?', AS_OF).text).toContain('2022년 4월');
    expect(answerQuestion(kb, '청취자분이 물어보셨는데요~ 부산 사관학교 주소가 어떻게 되나요?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년취업사관학교 부산 지점 오픈 언제였어요?', AS_OF).text).toContain(NOT_FOUND);
  });
});
