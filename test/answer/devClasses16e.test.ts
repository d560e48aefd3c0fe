import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };

/** Classes found on blind30 (the last set written in stop 16, scored once, a dev set since), each tested both ways. */
describe('stop-16 blind30 classes', () => {
  it('reads a department’s short name (미디어콘텐츠과) as the department in a budget question', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '미디어콘텐츠과 지출 집행률', AS_OF).text).toContain('40.1%');
    // A program of the same words is still the program.
    expect(answerQuestion(kb, '상암 미디어콘텐츠 R&D 지원금액', AS_OF).text).toContain('800백만원');
  });

  it('reads comparing words written together (제일많은데) as comparing, not a name', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '기술교육원 캠퍼스중에 훈련인원 젤많은데', AS_OF).text).toContain('북부 1,826');
  });

  it('answers two things asked of one subject (위치랑 크기), the second sharing the subject', async () => {
    const kb = await realKnowledge();
    const both = answerQuestion(kb, '뷰티복합문화공간 위치랑 크기 알려줘', AS_OF);
    expect(both.text).toContain('DDP 디자인장터');
    expect(both.text).toContain('637㎡');
  });

  it('reads 건립 as the completion of a building, 날짜 as asking a day, and 어디에 위탁 as an organisation', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울 시네마테크 언제 다 지어져', AS_OF).text).toContain('2024년 3월');
    expect(answerQuestion(kb, '서울 바이오 의료 국제 컨퍼런스 날짜', AS_OF).text).toContain('9월 29일');
    expect(answerQuestion(kb, '매출채권 보험료 지원 어디에 위탁해', AS_OF).text).toContain('신용보증기금');
  });

  it('drops a later sentence giving the reason for asking (조카가 물어봐서)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '직무캠프 몇 살까지 신청 가능함? 조카가 물어봐서', AS_OF).text).toContain('만 18세~34세');
  });

  it('compares two items of a table named with 비교 (the larger first), and only when two are named', async () => {
    const kb = await realKnowledge();
    const two = answerQuestion(kb, '뉴딜일자리 교육·혁신 분야랑 경제 분야 참여자 비교', AS_OF);
    expect(two.text).toContain('경제 554');
    expect(two.text).toContain('185');
    expect(answerQuestion(kb, '뉴딜일자리 참여자 비교', AS_OF).intent).not.toBe('aggregate');
  });

  it('reads 누적 as naming a table’s total column (합계), not the target of another table', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '미래혁신성장펀드 스마트시티 분야 누적 조성액 얼마', AS_OF).text).toContain('5,074');
    expect(answerQuestion(kb, '미래혁신성장펀드 스마트시티 분야 조성목표 얼마', AS_OF).text).toContain('2,655');
    // A running total the report writes on a line is still that line.
    expect(answerQuestion(kb, '캠퍼스타운 누적 창업팀 몇 팀', AS_OF).text).toContain('1,500팀');
  });
});
