import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { namesOtherNumber } from '../../src/answer/namesOtherNumber';
import { namesOtherEdition } from '../../src/answer/namesOtherEdition';
import { isPredicate } from '../../src/text/grammar';
import { fullYears, numberedNames } from '../../src/text/numberedWords';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };

/** Each class of answer once invented for a question the report does not answer: refused now, its answerable twin still answered. */
describe('classes of invented answers', () => {
  it('does not answer an edition the program never describes with the one it does (제7회 ≠ 제6회 서울혁신챌린지)', async () => {
    const kb = await realKnowledge();
    expect(namesOtherEdition('제7회 서울혁신챌린지 예산', '대회명 : 제6회 서울혁신챌린지')).toBe(true);
    expect(namesOtherEdition('제6회 서울혁신챌린지 예산', '대회명 : 제6회 서울혁신챌린지')).toBe(false);
    expect(namesOtherEdition('제7회 서울혁신챌린지 예산', '서울혁신챌린지 연 4회 개최')).toBe(false);
    expect(answerQuestion(kb, '제7회 서울혁신챌린지 예산 얼마', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '제6회 서울혁신챌린지 예산 얼마', AS_OF).text).toContain('2,410백만원');
    // A round without 제 too: 3차 asked, only 2차 in the program.
    expect(answerQuestion(kb, 'G밸리 창업큐브 3차 입주기업 모집 언제', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, 'G밸리 창업큐브 2차 입주기업 모집 언제', AS_OF).text).toContain('2022년 8월');
  });

  it('does not count a unit’s staff when other people are counted (과학관 관람객수)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울시립과학관 올해 관람객수 몇명', AS_OF).text).not.toContain('정원 18명');
    expect(answerQuestion(kb, '서울시립과학관 정원 몇명', AS_OF).text).toContain('정원 18명');
  });

  it('keeps a noun whose ending looks like a verb when it is not the last word (바이어 is asked about)', async () => {
    const kb = await realKnowledge();
    expect(isPredicate('해외바이어', false)).toBe(false);
    expect(isPredicate('해외바이어')).toBe(true);
    expect(isPredicate('왔어', false)).toBe(true);
    expect(isPredicate('선정된', false)).toBe(true);
    expect(answerQuestion(kb, '서울패션위크 해외바이어 몇명 왔어', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '서울패션위크 장소 어디야', AS_OF).text).toContain('DDP');
  });

  it('does not take a long name the report writes for another that shares its tail (뷰티복합문화공간 ≠ 영상 복합문화공간)', async () => {
    const kb = await realKnowledge();
    const invented = answerQuestion(kb, '뷰티복합문화공간 운영시간 몇시까지', AS_OF);
    expect(invented.found).toBe(false);
    expect(invented.text).not.toContain('시네마테크 명칭');
    expect(answerQuestion(kb, '남부기술교육원 어디 있어', AS_OF).text).toContain('군포시');
    expect(answerQuestion(kb, '서울바이오펀드 조성 규모 얼마까지 됐어', AS_OF).text).toContain('5,092억원');
  });

  it('reads a short year as a year, never as the number of something else (23년 is not 최대 23개월)', async () => {
    const kb = await realKnowledge();
    expect(fullYears("'23. 10. 23년 2023년 최대 23개월 ('23~'26)")).toBe(" 2023. 10. 2023년 2023년 최대 23개월 ('23~'26)");
    expect(answerQuestion(kb, '2023년 캠퍼스타운 예산', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '서울형 강소기업 23년 선정 기업 수', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '시네마테크 23년에 뭐해', AS_OF).found).toBe(true);
  });

  it('tells a numbered name from the same name with another number (시즌4 is not 시즌3)', async () => {
    const kb = await realKnowledge();
    expect(numberedNames('ON서울마켓 시즌4 언제 시작해요 4회 3월')).toEqual(['시즌4']);
    expect(namesOtherNumber('시즌4 언제', '「ON서울 마켓」 시즌3 추진')).toBe(true);
    expect(namesOtherNumber('시즌3 언제', '「ON서울 마켓」 시즌3 추진')).toBe(false);
    expect(answerQuestion(kb, 'ON서울마켓 시즌4 언제 시작해요', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, 'ON서울마켓 시즌3 언제 끝나', AS_OF).text).toContain('2022년 12월');
  });
});
