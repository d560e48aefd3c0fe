import { describe, expect, it } from 'vitest';
import { describingClauses, isDescribingVerb, withoutDescribingBrackets, withoutLikeSpeaker } from '../../src/text/grammar';

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

describe('withoutDescribingBrackets', () => {
  it('drops a bracket saying "the one that …" (들어있는거, 포함된 것), whole or spaced', () => {
    expect(withoutDescribingBrackets('R&D 지원 (패션 R&D 들어있는거) 예산', isNoun)).toBe('R&D 지원   예산');
    expect(withoutDescribingBrackets('R&D 지원(바이오 포함된 것) 예산', isNoun)).toBe('R&D 지원  예산');
  });
  it('keeps a bracket saying where the thing is, or one that describes nothing', () => {
    expect(withoutDescribingBrackets('청년취업사관학교 (노원에 있는 거) 예산', isNoun)).toBe('청년취업사관학교 (노원에 있는 거) 예산');
    expect(withoutDescribingBrackets('근무조건(시급, 월 최대 급여)', isNoun)).toBe('근무조건(시급, 월 최대 급여)');
    expect(withoutDescribingBrackets('서울큐브(구 애니센터) 예산', isNoun)).toBe('서울큐브(구 애니센터) 예산');
  });
});

describe('withoutLikeSpeaker', () => {
  it('drops the asker likening themselves to what is asked about', () => {
    expect(withoutLikeSpeaker('우리같은 작은 브랜드도 강소기업 되면')).toBe(' 강소기업 되면');
    expect(withoutLikeSpeaker('저희 같은 협동조합은 신청 돼요?')).toBe(' 신청 돼요?');
    expect(withoutLikeSpeaker('저 같은 경우도 되나요?')).toBe(' 되나요?');
  });
  it('keeps a likeness of anything else, and the topic after a bare likeness', () => {
    expect(withoutLikeSpeaker('서울큐브 같은 시설은 어디')).toBe('서울큐브 같은 시설은 어디');
    expect(withoutLikeSpeaker('작년 같은 경우는 예산')).toBe('작년 같은 경우는 예산');
    expect(withoutLikeSpeaker('저 같은 경우 강소기업은 대상')).toBe('저 같은 경우 강소기업은 대상');
  });
});
