import { describe, expect, it } from 'vitest';
import { askedMonth } from '../../src/dates/askedMonth';

describe('askedMonth', () => {
  it('reads a month named by itself', () => {
    expect(askedMonth('서울 8월 고용률 몇%')).toBe(8);
    expect(askedMonth('22년 11월에 개관하는 곳')).toBe(11);
  });

  it('reads no month in a span, a date or a question without one', () => {
    expect(askedMonth('훈련기간 6개월')).toBe(null);
    expect(askedMonth('3월간 운영')).toBe(null);
    expect(askedMonth('고용률 몇%')).toBe(null);
    expect(askedMonth('13월 행사')).toBe(null);
  });
});
