import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { carries } from '../../src/answer/carries';
import { statesOtherYear } from '../../src/dates/statedYears';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };

/** Classes of answer invented on blind4's first contact: refused now, their answerable twins still answered. */
describe('blind4 classes of invented answers', () => {
  it('answers a bare 어디 only with a line naming a place or an organisation, a bare 얼마 only with an amount or a rate', async () => {
    const kb = await realKnowledge();
    expect(carries('place', "회원도시 당면현안 논의를 위한 「제9차 시티넷 총회」 참가 : '22.9.")).toBe(false);
    expect(carries('place', '전담창구 운영기관 선정((주)인크루트)')).toBe(true);
    expect(carries('quantity', '입장권 현장발권-사전 온라인 발권 병행(8.23부터 사전등록 중)')).toBe(false);
    expect(carries('quantity', '공정률 : 38% (\'22.8.31. 기준)')).toBe(true);
    expect(answerQuestion(kb, '제9차 시티넷 총회 어디서 열려', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '트라이에브리띵 입장료 얼마?', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '세계도시정상회의 어디서 열렸어', AS_OF).text).toContain('싱가포르');
    expect(answerQuestion(kb, '뉴딜일자리 시급 얼마야', AS_OF).text).toContain('10,770원');
  });
});

describe('blind4: a budget part asked for', () => {
  it('refuses a part (국비) the report does not give for the program, rather than answering with its total', async () => {
    const kb = await realKnowledge();
    const refused = answerQuestion(kb, '양재 AI 혁신지구 국비 얼마 받았어', AS_OF);
    expect(refused.found).toBe(false);
    expect(refused.text).toContain('국비 내역이 없습니다');
    expect(answerQuestion(kb, '테스트베드 서울 실증사업 국비 비중 얼마야', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, 'G밸리 다목적체육관 국비 얼마 들어가?', AS_OF).text).toContain('55억');
    expect(answerQuestion(kb, '시네마테크 총사업비 중 국비는 얼마', AS_OF).text).toContain('161');
  });
});

describe('blind4: an overview label of the program named', () => {
  it('never reads a program named (서울혁신챌린지) as a word of another program\'s value (서울시 소재)', async () => {
    const kb = await realKnowledge();
    const refused = answerQuestion(kb, '5회 서울혁신챌린지 대상 받은 팀 어디야', AS_OF);
    expect(refused.found).toBe(false);
    expect(refused.text).not.toContain('강소기업');
    expect(answerQuestion(kb, 'G밸리 규모랑 입주기업 수', AS_OF).text).toContain('12,754개사');
  });
});

describe('blind4: a year asked', () => {
  it("is not answered by a line whose figure is stated for another year ('21년 for 22년)", async () => {
    const kb = await realKnowledge();
    expect(statesOtherYear("'21년 참여자 취업률 : 58.4%('19년 52.9%, '20년 56.6%)", 2022)).toBe(true);
    expect(statesOtherYear("'22년 제1차 추경 8,719백만원", 2022)).toBe(false);
    expect(statesOtherYear("캠퍼스타운형 취업사관학교 시범운영 : '22.8~'23.1.", 2023)).toBe(false);
    expect(answerQuestion(kb, '뉴딜일자리 22년 참여자 취업률 나왔어?', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '뉴딜일자리 21년 참여자 취업률', AS_OF).text).toContain('58.4%');
  });
});

describe('blind4 classes of false refusals', () => {
  it('cuts a one-syllable request word glued after a word (주소좀), never off a word of the report', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '동북권 성장유망기업지원센타 주소좀', AS_OF).text).toContain('자양동');
    expect(answerQuestion(kb, '뷰티복합문화공간좀 운영시간', AS_OF).found).toBe(false);
  });

  it('reads 어케 (어떻게) as a question word, not a name', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '혁신챌린지 참가자격 어케돼요?', AS_OF).text).toContain('예비창업자');
    expect(answerQuestion(kb, '혁신챌린지 우승팀 어케돼요', AS_OF).found).toBe(false);
  });

  it('reads 뽑힌 as the report\'s 선정', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '23년 캠퍼스타운 종합형 뽑힌 대학들', AS_OF).text).toContain('이화여대');
    expect(answerQuestion(kb, '23년 서울형 강소기업 뽑힌 기업 수', AS_OF).found).toBe(false);
  });

  it('answers an amount per company (업체당 한도) from the line stating it, not with the program\'s budget; an area is no amount', async () => {
    const kb = await realKnowledge();
    expect(carries('quantity', '(양재·우면동 일대 약 300만㎡)')).toBe(false);
    expect(answerQuestion(kb, '매출채권 보험료 지원 업체당 한도 얼마예요', AS_OF).text).toContain('2백만원');
    expect(answerQuestion(kb, '양재 AI 혁신지구 기업당 지원 한도 얼마', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '매출채권 보험료 지원 예산 얼마', AS_OF).text).toContain('2,000백만원');
  });
});
