import { describe, expect, it } from 'vitest';
import { heardValue } from '../../src/text/grammar';

describe('heardValue', () => {
  it('takes the figures of a clause ending as hearsay, and leaves the question', () => {
    expect(heardValue('서울투자청 예산이 한 60억쯤 된다던데 정확한 숫자가 뭐예요?')).toEqual({ value: '한 60억쯤', text: '서울투자청 예산이 정확한 숫자가 뭐예요?', heard: true });
    expect(heardValue('직무캠프 예산이 50억이라고 들었는데 맞나요?')?.value).toBe('50억');
  });

  it('keeps the noun a copula ending follows (사흘간이라던데), never a verb (된다던데)', () => {
    expect(heardValue('9월 20일부터 사흘간이라던데 날짜 맞아요?')?.value).toBe('9월 20일부터 사흘간');
    expect(heardValue('60억 된다던데 맞아요?')?.value).toBe('60억');
  });

  it('leaves a name with a figure (Try Everything 2022가), a year said as a condition, and a claim without figures', () => {
    expect(heardValue('Try Everything 2022가 9월 20일부터라던데 맞아요?')).toEqual({ value: '9월 20일부터', text: 'Try Everything 2022가 맞아요?', heard: true });
    expect(heardValue('2023년에 완공된다던데 어디에 짓는 거예요?')).toBeNull();
    expect(heardValue('청년취업사관학교가 용산에 생긴다던데 언제 열어요?')).toBeNull();
  });
});

describe('heardValue: the verb of hearing', () => {
  it('goes with the claim (50억이라고 들었는데), and only after 라고 or 다고', () => {
    expect(heardValue('직무캠프 예산이 50억이라고 들었는데 실제 금액 알려주세요')?.text).toBe('직무캠프 예산이 실제 금액 알려주세요');
    expect(heardValue('직무캠프 예산이 50억이라던데 들었는지 알려주세요')?.text).toBe('직무캠프 예산이 들었는지 알려주세요');
  });
});

describe('heardValue: subjects and helpers', () => {
  it('stops at a figure with a topic particle (2022년은) and takes 알고 있는데 with the claim', () => {
    expect(heardValue('Try Everything 2022년은 9월 20일이라던데 맞아요?')?.value).toBe('9월 20일');
    expect(heardValue('직무캠프 예산이 50억이라고 알고 있는데 실제 금액 알려주세요')?.text).toBe('직무캠프 예산이 실제 금액 알려주세요');
  });
});
