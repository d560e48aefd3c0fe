import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { realKnowledge } from '../helpers';
import { splitJoined } from '../../src/text/grammar';

const AS_OF = { asOf: '2022-09-15' };

/** Classes found on blind28 (written during stop 16, scored once, a dev set since), each tested both ways. */
describe('stop-16 blind28 classes', () => {
  it('reads the words of comparing (젤 많이 받는, 꼴찌인) as naming nothing across departments', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '지출액 젤 많이 쓴 과는 어디', AS_OF).intent).toBe('aggregate');
    expect(answerQuestion(kb, '원인행위 기준 집행률 꼴찌인 과', AS_OF).text).toContain('바이오AI산업과');
    // A program named is still one program, not every department.
    expect(answerQuestion(kb, '서울큐브 예산 젤 많이 받는 과', AS_OF).intent).not.toBe('aggregate');
  });

  it('leaves a sum of unitless figures to the line stating the total (총원)', async () => {
    const kb = await realKnowledge();
    const total = answerQuestion(kb, '기술교육원 훈련생 총원 몇 명', AS_OF);
    expect(total.text).toContain('6,026명');
    expect(total.text).not.toContain('더한 값');
  });

  it('reads 수강 as whose field the 대상 is', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '청년취업사관학교 수강 대상 누구', AS_OF).text).toContain('20 ~ 30대');
  });

  it('drops a later sentence that says nothing the report or the lexicon knows (an aside about the asker)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '집행률 꼴찌인 부서 어디야? 신입이라 잘 몰라서요', AS_OF).found).toBe(true);
    // A later sentence naming something stays part of the question.
    expect(answerQuestion(kb, '청년취업사관학교 대상 누구야? 나이 제한 있어?', AS_OF).text).toContain('20 ~ 30대');
    expect(answerQuestion(kb, '서울큐브 예산 얼마야? 제가 잘 몰라서요', AS_OF).found).toBe(true);
    // A later sentence naming a thing narrows the question: Busan's centre is not in the report.
    expect(answerQuestion(kb, 'AI지원센터 어디에 짓고 있어? 부산에', AS_OF).found).toBe(false);
  });

  it('answers two things compared with 보다 each, the measure shared', async () => {
    const kb = await realKnowledge();
    expect(splitJoined('서울큐브 총사업비가 시네마테크보다 얼마나 커')).toEqual(['서울큐브 총사업비가 얼마나 커', '시네마테크 총사업비가 얼마나 커']);
    const both = answerQuestion(kb, '서울큐브 총사업비가 시네마테크보다 얼마나 더 커요', AS_OF);
    expect(both.text).toContain('100,781백만원');
    expect(both.text).toContain('26,482백만원');
    expect(splitJoined('서울큐브보다')).toBeNull();
  });
});
