import { describe, expect, it } from 'vitest';
import { formatDatePoint } from '../../src/dates/formatDatePoint';

describe('formatDatePoint', () => {
  it('writes each precision in Korean without inventing a day', () => {
    expect(formatDatePoint({ date: '2022-11-01', precision: 'month' })).toBe('2022년 11월');
    expect(formatDatePoint({ date: '2022-09-30', precision: 'day' })).toBe('2022년 9월 30일 (금)');
    expect(formatDatePoint({ date: '2022-07-01', precision: 'quarter' })).toBe('2022년 3분기');
    expect(formatDatePoint({ date: '2022-07-01', precision: 'half' })).toBe('2022년 하반기');
    expect(formatDatePoint({ date: '2028-01-01', precision: 'year' })).toBe('2028년');
  });

  it('can leave out the year', () => {
    expect(formatDatePoint({ date: '2022-12-01', precision: 'month' }, false)).toBe('12월');
  });
});
