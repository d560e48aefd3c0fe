import { describe, expect, it } from 'vitest';
import { isGoingOn, isSurelyVerb, likensSomething, statesIntent, stripParticle } from '../../src/text/grammar';

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
});
