import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind87 (a dev set since), each tested both ways. */
describe('stop-27 classes', () => {
  it('never answers a year counted back (작년) with figures of the report’s own year, and still answers a line stating that year', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '뷰티패션산업과 작년 예산현액 얼마였어', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '경제정책과 작년 인원 몇 명', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '뷰티패션산업과 예산현액 얼마였어', AS_OF).text).toContain('66,492');
    expect(answerQuestion(kb, '경제정책과 올해 인원 몇 명', AS_OF).text).toContain('35명');
    expect(answerQuestion(kb, 'G밸리 작년 입주기업 모집 몇 개사', AS_OF).text).toContain('9개사');
  });

  it('reads 냐 as a question ending (트라이에브리띵 어디서 하냐), never as a word to find', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '트라이에브리띵 어디서 하냐', AS_OF).text).toContain('동대문디자인플라자');
    expect(answerQuestion(kb, '트라이에브리띵 주차장 어디 있냐', AS_OF).text).toContain(NOT_FOUND);
  });

  it('never narrows a whole asked for (총) to a place said in a sentence beside it', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청년취업사관학교 예산 총 얼마임? 동대문에 디지털패션 과정 생긴다길래', AS_OF).text).toContain('20,255백만원');
    expect(answerQuestion(kb, '청년취업사관학교 예산 얼마임? 동대문에 디지털패션 과정 생긴다길래', AS_OF).text).toContain(NOT_FOUND);
  });

  it('names a table row of three words or more with one left out (동대문 패션 R&D), never a row by fewer', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '동대문 패션 R&D 과제 몇개 접수됐어?', AS_OF).text).toContain('접수과제 수: 34');
    expect(answerQuestion(kb, '동대문 패션 AI 과제 몇개 접수됐어?', AS_OF).text).not.toContain('접수과제 수: 34');
    expect(answerQuestion(kb, '동대문 로봇 R&D 과제 몇개 접수됐어?', AS_OF).text).not.toContain('접수과제 수: 24');
  });

  it('reads a threshold asked (매출 얼마 미만이어야) and a building’s floors (몇 층짜리) as overview fields', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '매출채권 보험료 지원 받으려면 매출 얼마 미만이어야 돼?', AS_OF).text).toContain('200억 미만');
    expect(answerQuestion(kb, '서울큐브 건물 몇 층짜리', AS_OF).text).toContain('지하4층 ~ 지상3층');
    expect(answerQuestion(kb, '시네마테크 건물 몇 층짜리', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '서울투자청 입주하려면 매출 얼마 미만이어야 돼?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('asks without a bracket describing the name before it (… (동대문 패션 R&D 들어있는거)), but keeps one saying where it is', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '중소벤처 R&D 지원 (동대문 패션 R&D 들어있는거) 총 예산 얼마야', AS_OF).text).toContain('22,000백만원');
    expect(answerQuestion(kb, '청년취업사관학교 (노원에 있는 거) 예산', AS_OF).text).toContain(NOT_FOUND);
  });

  it('asks without the asker likening themselves to what is asked about (우리같은 작은 브랜드도 …)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '우리같은 작은 브랜드도 강소기업 되면 청년 정규직 한명 뽑을때 최대 얼마 받음?', AS_OF).text).toContain('15백만원');
    expect(answerQuestion(kb, '우리같은 작은 브랜드도 강소기업 되면 사무실 임대료 최대 얼마 받음?', AS_OF).text).toContain(NOT_FOUND);
  });

  it('reads lexicon words and aliases staff use (패위, 빈 연구공간, 제도명)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '이번 추계 패위 예산 얼마 잡혔어?', AS_OF).text).toContain('3,000백만원');
    expect(answerQuestion(kb, '빈 연구공간 벤처에 무상 입주 매칭해주는 제도명', AS_OF).text).toContain('공실 공유제');
    expect(answerQuestion(kb, '패위 티켓 가격 얼마야', AS_OF).text).toContain(NOT_FOUND);
  });
});
