import { describe, expect, it } from 'vitest';
import { describingClauses, isDescribingVerb } from '../../src/text/grammar';

const NOUNS = new Set(['펀드', '학교', '센터']);
const isNoun = (stem: string) => NOUNS.has(stem);

describe('isDescribingVerb', () => {
  it('reads an adnominal 는 after a verb stem, 다는 and 던 as a verb describing the noun after it', () => {
    expect(isDescribingVerb('돕는', isNoun)).toBe(true);
    expect(isDescribingVerb('교육시켜주는', isNoun)).toBe(true);
    expect(isDescribingVerb('만든다는', isNoun)).toBe(true);
  });

  it('reads 는 after a noun as its topic particle', () => {
    expect(isDescribingVerb('펀드는', isNoun)).toBe(false);
    expect(isDescribingVerb('학교는', isNoun)).toBe(false);
    expect(isDescribingVerb('지원', isNoun)).toBe(false);
    expect(isDescribingVerb('수는', isNoun)).toBe(false);
    expect(isDescribingVerb('좌석수는', isNoun)).toBe(false);
  });
});

describe('describingClauses', () => {
  it('runs from the start of the sentence to the verb, last verb first', () => {
    expect(describingClauses('SBA가 위탁받아 하는 R&D 지원 예산', isNoun)).toEqual([{ clause: 'SBA가 위탁받아 하는', rest: 'R&D 지원 예산', after: 'R&D 지원 예산', tail: 'R&D 지원 예산' }]);
    const clauses = describingClauses('DDP에 들어서는 공간 예산 안다, 조성비로 쓰이는 금액 얼마', isNoun);
    expect(clauses.map((c) => c.clause)).toEqual(['조성비로 쓰이는', 'DDP에 들어서는']);
  });

  it('finds none when the verb ends the question', () => {
    expect(describingClauses('센터 어디 있는', isNoun)).toEqual([]);
  });
});

describe('describingClauses: where a thing is', () => {
  it('is no description (군포에 있는 기술교육원 says which one)', () => {
    expect(describingClauses('군포에 있는 기술교육원 취업률', isNoun)).toEqual([]);
  });
});
