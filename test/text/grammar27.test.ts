import { describe, expect, it } from 'vitest';
import { withoutRegardingParticle, withoutVerbTail, guessesWhere, isGoingOn, isSurelyVerb, likensSomething, statesIntent, stripParticle, withDottedSyllablesJoined, withPerOneJoined } from '../../src/text/grammar';

describe('stop-27 grammar', () => {
  it('reads a verb before its helper: going on, coming to be, having to', () => {
    expect(isGoingOn('잡고', '있어요?')).toBe(true);
    expect(isGoingOn('하게', '되면')).toBe(true);
    expect(isGoingOn('찾아가야', '하오?')).toBe(true);
    expect(isGoingOn('창고', '위치')).toBe(false);
    expect(isGoingOn('분야', '참여자')).toBe(false);
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
  it('strips the conceding particle (만)(이)라도', () => {
    expect(stripParticle('이름만이라도')).toBe('이름');
    expect(stripParticle('주소라도')).toBe('주소');
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
  });
  it('joins "per one" said apart to its noun (과제 한건당 → 과제당), and leaves a count alone', () => {
    expect(withPerOneJoined('과제 한건당 최대 지원액')).toBe('과제당 최대 지원액');
    expect(withPerOneJoined('과제 하나에 최대 얼마')).toBe('과제당 최대 얼마');
    expect(withPerOneJoined('과제 1건당 최대')).toBe('과제당 최대');
    expect(withPerOneJoined('과제 40개 실증')).toBe('과제 40개 실증');
  });
  it('writes a dotted chain with a one-syllable piece together too (인·허가 → 인허가), never a chain of words', () => {
    expect(withDottedSyllablesJoined('실무인재(인·허가, 임상 등)')).toBe('실무인재(인·허가 인허가, 임상 등)');
    expect(withDottedSyllablesJoined('산·학·연·병원 협력')).toBe('산·학·연·병원 산학연병원 협력');
    expect(withDottedSyllablesJoined('바이오·의료 R&D')).toBe('바이오·의료 R&D');
  });
  it('reads the formal 하여 and 하고자 as verb tails, and the particle before 관련 as none', () => {
    expect(withoutVerbTail('관련하여')).toBe('관련');
    expect(withoutVerbTail('확인하고자')).toBe('확인');
    expect(withoutRegardingParticle('서울혁신챌린지 사업과 관련하여')).toBe('서울혁신챌린지 사업 관련하여');
    expect(withoutRegardingParticle('정원과 현원')).toBe('정원과 현원');
  });
});
