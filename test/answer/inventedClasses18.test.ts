import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { namedWord, contains, haystackOf } from '../../src/answer/matchScore';
import { realKnowledge } from '../helpers';

const AS_OF = { asOf: '2022-09-15' };
const NOT_FOUND = '보고서에서 찾을 수 없습니다';

/** blind38's two and blind39's three invented answers (each scored once; dev sets since), each tested both ways. */
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

  it('keeps a place the report names with 로 (종로 청년취업사관학교 is not the Seoul campuses)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '종로 청년취업사관학교 개관일', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '종로 청년취업사관학교 위치', AS_OF).text).toContain(NOT_FOUND);
    expect(answerQuestion(kb, '영등포 청년취업사관학교 위치', AS_OF).text).toContain('선유로9길 30');
  });

  it('never answers another quarter (4분기 with 1분기 and 2분기) nor another year of the office (작년 집행률)', async () => {
    const kb = await realKnowledge();
    expect(answerQuestion(kb, '테스트베드 4분기 수요과제 몇 건', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '테스트베드 2분기 수요과제 몇 건', AS_OF).text).toContain('27건');
    expect(answerQuestion(kb, '경제정책실 작년 예산 집행률', AS_OF).found).toBe(false);
    expect(answerQuestion(kb, '경제정책실 올해 예산 집행률', AS_OF).text).toContain('68.6%');
  });
});
