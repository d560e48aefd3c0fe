import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { quotedVerbNoun, statesIntent, stripParticle } from '../../src/text/grammar';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** Classes found on blind74 (a dev set since), each tested both ways. */
describe('stop-25 classes', () => {
  it('reads a verb told or quoted (뽑는다며, 붙었어) as no part of what is asked', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '직무캠프 청년 몇 명 뽑는다며?', AS_OF).text).toContain('350명');
    expect(answerQuestion(kb, '뉴딜일자리 추경으로 얼마 붙었어?', AS_OF).text).toContain('8,719백만원');
    // The same shapes naming what the report lacks.
    expect(answerQuestion(kb, '직무캠프 강사 몇 명 뽑는다며?', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '뉴딜일자리 2차 추경으로 얼마 붙었어?', AS_OF).text).toContain(NOT_FOUND);
  });

  it("answers a press officer's question around what they will do with it (넣을 건데요, 넣을 거예요, 몇 억으로 적으면)", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '보도자료에 쓸 건데요, 서울패션위크 예산 확인 부탁드립니다.', AS_OF).text).toContain('3,000백만원');
    expect(answerQuestion(kb, '서울패션위크 개최기간요. 보도자료에 넣을 거예요', AS_OF).text).toContain('10월 10일');
    expect(answerQuestion(kb, '서울패션위크 예산 몇 억으로 적으면 돼요?', AS_OF).text).toContain('30억원');
    expect(answerQuestion(kb, '서울패션위크 입장료요. 보도자료에 넣을 거예요', AS_OF).text).toContain(NOT_FOUND);
  });

  it('keeps a question asked before an aside clause (… 한도가 얼마인지 보도용으로 확인 부탁드려요)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '매출채권 보험료 지원 기업당 한도가 얼마인지 보도용으로 확인 부탁드려요', AS_OF).text).toContain('2백만원');
    expect(answerQuestion(kb, '매출채권 보험료 지원 기업당 수수료가 얼마인지 보도용으로 확인 부탁드려요', AS_OF).text).toContain(NOT_FOUND);
  });

  it("answers a program's bare 몇 명 with its participants (참여대상), not a figure of its progress", async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '직무캠프 몇 명?', AS_OF).text).toContain('350명');
    expect(answerQuestion(kb, '직무캠프 인원 몇 명?', AS_OF).text).toContain('350명');
  });
});

describe('grammar of told verbs and purposes', () => {
  it('reads a verb told or quoted, and the noun it is made of', () => {
    expect(quotedVerbNoun('체결한다며')).toBe('체결');
    expect(quotedVerbNoun('뽑는다고')).toBe('');
    expect(quotedVerbNoun('맡았다는')).toBe('');
    expect(quotedVerbNoun('바다는')).toBeNull();
    expect(quotedVerbNoun('캠퍼스타운')).toBeNull();
  });

  it('tells a sentence of purpose from a question', () => {
    expect(statesIntent('보도자료 일정란에 넣을 거예요')).toBe(true);
    expect(statesIntent('자료에 쓸겁니다.')).toBe(true);
    expect(statesIntent('언제 열 거예요?')).toBe(false);
    expect(statesIntent('예산이 얼마예요')).toBe(false);
  });

  it('never leaves 으 of 으로 on a word', () => {
    expect(stripParticle('억으로')).toBe('억으로');
    expect(stripParticle('명칭으로')).toBe('명칭');
  });
});
