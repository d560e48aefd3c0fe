import { describe, expect, it } from 'vitest';
import { withoutRegardingParticle, withoutVerbTail, guessesWhere, isGoingOn, isSurelyVerb, likensSomething, statesIntent, stripParticle, withDottedSyllablesJoined, withPerOneJoined } from '../../src/text/grammar';

describe('stop-27 grammar', () => {
  it('reads a verb before its helper: going on, coming to be, having to', () => {
    expect(isGoingOn('잡고', '있어요?')).toBe(true);
    expect(isGoingOn('하게', '되면')).toBe(true);
    expect(isGoingOn('찾아가야', '하오?')).toBe(true);
    expect(isGoingOn('창고', '있어요?')).toBe(false);
    expect(isGoingOn('공고', '계획')).toBe(false);
    expect(isGoingOn('돌리고', '있나요')).toBe(true);
    expect(isGoingOn('재고', '있나요')).toBe(false);
    expect(isGoingOn('무게', '되나요')).toBe(false);
    expect(isGoingOn('분야', '해당')).toBe(false);
  });
  it('reads "in order to" (신청하려면) as a verb, and a noun ending alike as none', () => {
    expect(isSurelyVerb('신청하려면')).toBe(true);
    expect(isSurelyVerb('받으려면')).toBe(true);
    expect(isSurelyVerb('수면')).toBe(false);
  });
  it('reads a sentence ending in a verb of purpose as what the asker means to do', () => {
    expect(statesIntent('연말 전에 봉제 기술 좀 배워보려고요.')).toBe(true);
    expect(statesIntent('언제 배우려고요?')).toBe(false);
    expect(statesIntent('청년취업사관학교 예산')).toBe(false);
  });
  it('strips the conceding particle 만이라도/이라도, never a bare 라도 (인프라도 is 인프라 with 도)', () => {
    expect(stripParticle('이름만이라도')).toBe('이름');
    expect(stripParticle('인프라도')).toBe('인프라');
    expect(stripParticle('동네이름이라도')).toBe('동네이름');
  });
  it('tells a description likening a program to something from the thing itself', () => {
    expect(likensSomething('DDP에 화장품 체험하는 매장 같은 거 만든다던데')).toBe(true);
    expect(likensSomething('올해 12월에 개관하는 극장 있다던데')).toBe(false);
  });
  it('reads a short guess at where (남산쪽?) as a guess, and a question as a question', () => {
    expect(guessesWhere('남산쪽?')).toBe(true);
    expect(guessesWhere('강남 근처인가요?')).toBe(true);
    expect(guessesWhere('부산에도 있어?')).toBe(false);
    expect(guessesWhere('어느 쪽이 더 커요?')).toBe(false);
    expect(guessesWhere('어느 쪽?')).toBe(false);
    expect(guessesWhere('반대쪽?')).toBe(false);
  });
  it('joins "per one" said apart to its noun (과제 한건당 → 과제당), and leaves a count alone', () => {
    const isWord = (word: string) => word === '과제당';
    expect(withPerOneJoined('과제 한건당 최대 지원액', isWord)).toBe('과제당 최대 지원액');
    expect(withPerOneJoined('과제 하나에 최대 얼마', isWord)).toBe('과제당 최대 얼마');
    expect(withPerOneJoined('과제 1건당 최대', isWord)).toBe('과제당 최대');
    expect(withPerOneJoined('과제 40개 실증', isWord)).toBe('과제 40개 실증');
    expect(withPerOneJoined('캠퍼스타운 대학 한곳에 연간 얼마', isWord)).toBe('캠퍼스타운 대학 한곳에 연간 얼마');
  });
  it('writes a dotted chain with a one-syllable piece together too (인·허가 → 인허가), never a chain of words', () => {
    expect(withDottedSyllablesJoined('실무인재(인·허가, 임상 등)')).toBe('실무인재(인·허가 인허가, 임상 등)');
    expect(withDottedSyllablesJoined('산·학·연·병원 협력')).toBe('산·학·연·병원 산학연병원 협력');
    expect(withDottedSyllablesJoined('바이오·의료 R&D')).toBe('바이오·의료 R&D');
  });
  it('reads the formal 하여 and 하고자 as verb tails, and the particle before 관련 as none', () => {
    expect(withoutVerbTail('관련하여')).toBe('관련');
    expect(withoutVerbTail('확인하고자')).toBe('확인');
    const isWord = (word: string) => ['뷰티패션산업과', '성과'].includes(word);
    expect(withoutRegardingParticle('서울혁신챌린지 사업과 관련하여', isWord)).toBe('서울혁신챌린지 사업 관련하여');
    expect(withoutRegardingParticle('정원과 현원', isWord)).toBe('정원과 현원');
    expect(withoutRegardingParticle('뷰티패션산업과 관련 예산', isWord)).toBe('뷰티패션산업과 관련 예산');
    expect(withoutRegardingParticle('성과 관련 자료', isWord)).toBe('성과 관련 자료');
  });
});
