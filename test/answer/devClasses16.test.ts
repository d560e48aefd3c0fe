import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { carries } from '../../src/answer/carries';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };

/** Classes found on blind26 (written at the start of stop 16, a dev set since), each tested both ways. */
describe('stop-16 blind26 classes', () => {
  it('cuts a glued 좀 off any word, and reads a recollecting ending (했더라, 던가)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '캠퍼스타운 사업비 합계좀', AS_OF).found).toBe(true);
    expect(answerQuestion(kb, '금천 청년취업사관학교 언제 오픈했더라', AS_OF).text).toContain('2021년 12월');
    expect(answerQuestion(kb, '서울큐브 언제 개관했던가요', AS_OF).found).toBe(true);
    // The grammar does not make up a program: a glued 좀 on an unknown name is still unknown.
    expect(answerQuestion(kb, '부산챌린지 사업비 총액좀', AS_OF).found).toBe(false);
  });

  it('answers a number of staff of a program from the line counting them, never from a board’s members', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청년일자리 매칭 전담창구 운영인력 몇 명임', AS_OF).text).toContain('6명');
    expect(answerQuestion(kb, '캠퍼스타운형 취업사관학교 정원 몇 명이야', AS_OF).text).toContain('300명');
    // `글로벌 투자유치단 : 총 8명 위촉` counts no staff of 서울투자청.
    expect(answerQuestion(kb, '서울투자청 직원 몇 명', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '2019년 경제정책실 정원 몇 명이었어?', AS_OF).found).toBe(false);
  });

  it('writes a department’s headcount as the report’s table does too', async () => {
    const kb = await realKnowledge();
    const answer = answerQuestion(kb, '창업정책과 직원 몇 명', AS_OF);
    expect(answer.text).toContain('정원 25명 / 현원 25명');
    expect(answer.text).toContain('[원문 25/25]');
  });

  it('reads 몇 살 as the 대상 field, 동네 as a place, and 누가 위탁받아 as an organisation', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '기술교육원 몇 살부터 다닐 수 있어', AS_OF).text).toContain('만 15세 이상');
    expect(answerQuestion(kb, '청년일자리 전담창구 무슨 동네에 있어', AS_OF).text).toContain('장교동');
    expect(answerQuestion(kb, '중소기업 R&D 지원 누가 위탁받아서 해', AS_OF).text).toContain('서울산업진흥원');
    // A person asked for is still found only as written: the report names no 실장.
    expect(answerQuestion(kb, '경제정책실장 누구', AS_OF).found).toBe(false);
    // An organisation asked for is not answered with an address.
    expect(answerQuestion(kb, '남부기술교육원 위탁받은 곳 어디', AS_OF).text).toContain('위탁법인');
  });

  it('reads 실적 and 기준 glued on as generic (유치실적 is the report’s 유치현황; 지출액기준)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울투자청 FDI 유치실적 알려줘', AS_OF).text).toContain('456억원');
    expect(answerQuestion(kb, '금융투자과 지출액기준 집행률', AS_OF).text).toContain('57.9%');
    // A generic tail does not bridge a word the report never says of the program.
    expect(answerQuestion(kb, '서울투자청 수출실적 얼마', AS_OF).found).toBe(false);
  });

  it('answers an amount from a table row whose label gives the unit (매출액(백만원))', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'ON서울마켓 라이브커머스 매출 얼마였어', AS_OF).text).toContain('라이브커머스: 8');
    expect(carries('quantity', '매출액(백만원)\t309,532\t308,099\t8\t1,425')).toBe(true);
    expect(carries('quantity', '지원기업 수\t10,898\t10,850\t29\t19')).toBe(false);
  });

  it('answers a fee only with a sum in won (the report gives none), never with a line about tickets', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'Try Everything 입장료 받나요', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, 'Try Everything 입장권 어떻게 받아', AS_OF).text).toContain('입장권');
    expect(carries('fee', '이용료 : 1인 5,000원')).toBe(true);
    expect(carries('fee', '입장권 현장발권-사전 온라인 발권 병행')).toBe(false);
  });

  it('lists a month of one program in full, and reads 무슨 일정 as a calendar question, not a department’s duties', async () => {
    const kb = await realKnowledge();
    const month = answerQuestion(kb, '서울뷰티먼스 10월 연계행사 뭐뭐 있어', AS_OF);
    expect(month.intent).toBe('calendar');
    expect(month.text).toContain('서울디자인 2022');
    const invest = answerQuestion(kb, '서울투자청 11월에 무슨 일정 있어', AS_OF);
    expect(invest.intent).toBe('calendar');
    expect(invest.text).toContain('싱가포르 핀테크 페스티벌');
    expect(answerQuestion(kb, '금융투자과 무슨 일 해', AS_OF).intent).toBe('department');
  });

  it('reads a threshold asked as 매출 기준 or 얼마 이하여야 as the 대상 field, not the budget', async () => {
    const kb = await realKnowledge();
    const threshold = answerQuestion(kb, '매출채권 보험료 지원은 매출액 기준 얼마 미만이어야 해', AS_OF);
    expect(threshold.intent).toBe('overview');
    expect(threshold.text).toContain('200억 미만');
    // The budget asked plainly is still the budget.
    expect(answerQuestion(kb, '매출채권 보험료 지원 예산 얼마', AS_OF).text).toContain('2,000백만원');
  });

  it('reads 참여자 and 같이 as soft words, and 보조금 as a money word', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울형 뉴딜일자리 참여자 시급 얼마야', AS_OF).text).toContain('10,770원');
    expect(answerQuestion(kb, '청년취업사관학교 매칭데이 같이 하는 은행 어디', AS_OF).text).toContain('기업은행');
    expect(answerQuestion(kb, '온라인 판로확장 지원 민간경상보조금 규모', AS_OF).text).toContain('300백만원');
    // A soft word does not make up a figure: the report gives no wage for 창업 programs.
    expect(answerQuestion(kb, '캠퍼스타운 참여자 시급 얼마야', AS_OF).found).toBe(false);
  });

  it('reads 열려 of a held thing asked when as 개최, and never answers 어디서 열려 with a date', async () => {
    const kb = await realKnowledge();
    const when = answerQuestion(kb, '서울 바이오 의료 국제컨퍼런스 며칠에 열리나요', AS_OF);
    expect(when.text).toContain('9월 29일');
    const where = answerQuestion(kb, '서울 바이오 의료 국제컨퍼런스 어디서 열리나요', AS_OF);
    expect(where.text).not.toContain('9월 29일');
  });

  it('writes a cap per unit as the report does (사업예산: 과제당 최대 4억원)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '테스트베드 과제당 최대 지원 금액', AS_OF).text).toContain('과제당 최대 4억원');
  });

  it('shows the whole cell a ranked half was cut from (학과/인원 48/1,826)', async () => {
    const kb = await realKnowledge();
    const most = answerQuestion(kb, '기술교육원 학과 수 제일 많은 캠퍼스', AS_OF);
    expect(most.text).toContain('북부 48 [원문 48/1,826]');
    const fewest = answerQuestion(kb, '기술교육원 인원 가장 적은 캠퍼스', AS_OF);
    expect(fewest.text).toContain('남부 833 [원문 19/833]');
    // A cell that is not half of one is shown once.
    expect(answerQuestion(kb, '패션허브 규모 가장 큰 곳', AS_OF).text).not.toContain('[원문');
  });
});
