import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { namedWord, contains, haystackOf } from '../../src/answer/matchScore';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** blind38's two invented answers (scored once after every other change of stop 18; a dev set since), each tested both ways. */
describe('stop-18 invented-answer classes', () => {
  it('never reads a variant of several words from inside a longer word (펀드 운용사 in 미래혁신성장펀드 운용사)', async () => {
    const kb = await realKnowledge();
    expect(kb.lexicon.readSynonyms('미래혁신성장펀드 운용사 어디')).toBe('미래혁신성장펀드 운용사 어디');
    expect(kb.lexicon.readSynonyms('펀드 운용사 어디')).toBe('운용사 어디');
    // A bracket before it starts no word: `(구 부담분)` is still 구비.
    expect(kb.lexicon.readSynonyms('캠퍼스타운 예산 (구 부담분) 얼마')).toContain('구비');
    expect(answerQuestion(kb, '미래혁신성장펀드 운용사 어디어디야', AS_OF).text).toContain(NOT_FOUND);
  });

  it('requires the report words a long unknown name is made of (청년창업사관학교 is not 청년취업사관학교), typos still read', async () => {
    const kb = await realKnowledge();
    const startup = namedWord('청년창업사관학교', false, [], kb.vocabulary);
    expect(startup.ends).toContain('창업');
    expect(contains(startup, haystackOf('청년취업사관학교 조성·운영'))).toBe(false);
    expect(answerQuestion(kb, '청년창업사관학교 예산 얼마에요', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '청년취업사관핵교 예산', AS_OF).text).toContain('20,255백만원');
  });
});
