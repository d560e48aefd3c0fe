import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { statedYears } from '../../src/dates/statedYears';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };

/** Classes found by blind13 and blind14's first contact, each tested both ways. */
describe('blind13 and blind14 classes', () => {
  it('answers 작년/내년 only with a line stating that year, in the line or its titles', async () => {
    const kb = await realKnowledge();
    expect(statedYears("'23년 캠퍼스타운 신규 대학 선정")).toEqual([2023]);
    // The overview's area line states no year: it is the report's, not last year's budget.
    expect(answerQuestion(kb, '양재 AI 혁신지구 작년 예산', AS_OF).found).toBe(false);
    // `'23년 캠퍼스타운 신규 대학 선정` heads the line that names them.
    expect(answerQuestion(kb, '내년 캠퍼스타운 종합형 신규 선정된 대학 어디야', AS_OF).text).toContain('광운대');
  });

  it('lists what falls on a day before what is dated only to its month', async () => {
    const kb = await realKnowledge();
    const day = answerQuestion(kb, '11월 3일에 무슨 행사 있어?', AS_OF);
    // The first program listed is the one with the event on that day.
    expect(day.text.split('\n')[1]).toContain('서울 글로벌 AI 컨퍼런스');
    // A half-year: what it spans wholly keeps its order by date (the MOU renewal dated to the half).
    expect(answerQuestion(kb, '하반기에 MOU 갱신하는 해외도시 어디', AS_OF).text).toContain('바르셀로나');
  });

  it('writes out a period whose line ends with a ※ note, and still reads the note', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '추계 서울패션위크 언제부터 언제까지?', AS_OF).text).toContain('2022년 10월 10일 (월) ~ 10월 15일 (토)');
    expect(answerQuestion(kb, '추계 서울패션위크 예산', AS_OF).text).toContain('3,000백만원');
  });
});
