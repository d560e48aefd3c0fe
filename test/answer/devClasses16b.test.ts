import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };

/** Classes found on blind27 (written during stop 16, scored once, a dev set since), each tested both ways. */
describe('stop-16 blind27 classes', () => {
  it('answers a money question naming a table’s row and column from that cell, before a budget figure of the row', async () => {
    const kb = await realKnowledge();
    const cell = answerQuestion(kb, '미래혁신성장펀드 스마트시티 분야 합계 얼마야', AS_OF);
    expect(cell.intent).toBe('table');
    expect(cell.text).toContain('5,074');
    // The budget figure when no column is named.
    expect(answerQuestion(kb, '미래혁신성장펀드 스마트시티 분야 조성목표 얼마', AS_OF).text).toContain('2,655');
  });

  it('ranks two items named (A랑 B 중 어디가 많아) among themselves', async () => {
    const kb = await realKnowledge();
    const two = answerQuestion(kb, '뉴딜일자리 문화분야랑 경제분야 중 참여자 어디가 더 많아', AS_OF);
    expect(two.text).toContain('문화 988');
    expect(two.text).not.toContain('복지');
    // Without two items named, every item is ranked.
    expect(answerQuestion(kb, '뉴딜일자리 분야 중 참여자 가장 많은 분야', AS_OF).text).toContain('문화 988');
  });

  it('reads 회사 as the report’s 기업 and 마무리 as a verb of ending', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '매출채권 보험료 지원 한 회사당 최대 얼마야', AS_OF).text).toContain('2백만원');
    expect(answerQuestion(kb, '서울형 강소기업 신규 선정 심의 언제 마무리돼', AS_OF).text).toContain('9월말');
  });

  it('names a table row by its count without the count word (지원기업 몇 개 → 지원기업 수)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, 'ON서울마켓 T커머스 지원기업 몇 개야', AS_OF).text).toContain('T-커머스: 19');
  });

  it('answers the place of a part of a program (파리 패션위크 서울관) from its own line, not the program’s 개최장소', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '파리 패션위크 서울관 장소가 어디야', AS_OF).text).toContain('브롱나이궁');
    expect(answerQuestion(kb, '추계 서울패션위크 개최장소', AS_OF).text).toContain('DDP');
  });

  it('reads 누가 with an age asked as that value, and 수 있어 as can, not a count', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '영뷰티콘테스트 누가 참가할 수 있어? 나이 제한 있어?', AS_OF).text).toContain('만 18세 이하');
    // A person's name is still found only as written.
    expect(answerQuestion(kb, '영뷰티콘테스트 심사위원 누구', AS_OF).found).toBe(false);
  });

  it('keeps a program whose name holds an item word (캠퍼스타운) as what is asked about', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '캠퍼스타운 22년 사업비 총 얼마야', AS_OF).text).toContain('40,346백만원');
  });

  it('refuses the staff of a unit the report does not have (문화본부), never a table row of 문화', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '문화본부 인력 현황', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '도시계획국 정원', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '경제정책실 인력 현황', AS_OF).text).toContain('정원 269명');
  });

  it('reads 훈련생 as the report’s 훈련인원, the figure a campus ranks by', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '기술교육원 캠퍼스 중 훈련생 젤 많은 데', AS_OF).text).toContain('북부 1,826');
    expect(answerQuestion(kb, '기술교육원 캠퍼스 중 훈련생 젤 적은 데', AS_OF).text).toContain('남부 833');
  });
});
