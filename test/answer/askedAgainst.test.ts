import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { comparedWith } from '../../src/text/grammar';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** A council aide's follow-ups (blind59 classes; a dev set since), each tested both ways. */
describe('a question set against something else, and a purpose said after it', () => {
  it('finds what a follow-up sentence compares with', () => {
    expect(comparedWith('안심일자리보다 높지?')).toBe('안심일자리');
    expect(comparedWith('실무인재 양성에 비해선?')).toBe('실무인재 양성');
    expect(comparedWith('실 전체 평균 대비 높아?')).toBe('실 전체 평균');
    expect(comparedWith('예산 얼마야?')).toBeNull();
  });

  it('answers the question and the same of the other side by side, each saying whose it is', async () => {
    const kb = await realKnowledge();
    const both = answerQuestion(kb, '서울형 뉴딜일자리 시급 얼마야? 안심일자리보다 높지?', AS_OF);
    expect(both.text).toContain('10,770원');
    expect(both.text).toContain('안심일자리: 지원내용');
    expect(both.text).toContain('9,160원');
    // What the report lacks says so; the question still gets its answer.
    const missing = answerQuestion(kb, '청년취업사관학교 예산 얼마야? 부산 사관학교보다 많아?', AS_OF);
    expect(missing.text).toContain('20,255백만원');
    expect(missing.text).toContain(`부산 사관학교: ${NOT_FOUND}`);
    // A time compared with is a change over time, not another thing.
    expect(answerQuestion(kb, '청년취업사관학교 예산 얼마야? 작년보다 늘었어?', AS_OF).text).not.toContain('작년:');
  });

  it('reads a purpose after the question (… 대비 많은 편인지 보려고) for where and when only', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '서울투자청 올해 사업예산 규모가 어떻게 돼? FDI 유치실적 대비 많은 편인지 보려고', AS_OF).text).toContain('5,339백만원');
    expect(answerQuestion(kb, '서울투자청 올해 사업예산 규모가 어떻게 돼? 부산 투자청이랑 비교해 보려고', AS_OF).text).toContain(NOT_FOUND);
  });
});
