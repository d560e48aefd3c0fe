import { describe, expect, it } from 'vitest';
import { periodEnd } from '../../src/dates/periodEnd';

describe('periodEnd', () => {
  it('gives the last day of the period a date stands for', () => {
    expect(periodEnd({ date: '2022-11-01', precision: 'month' })).toBe('2022-11-30');
    expect(periodEnd({ date: '2024-02-01', precision: 'month' })).toBe('2024-02-29');
    expect(periodEnd({ date: '2022-07-01', precision: 'half' })).toBe('2022-12-31');
    expect(periodEnd({ date: '2022-04-01', precision: 'quarter' })).toBe('2022-06-30');
    expect(periodEnd({ date: '2028-01-01', precision: 'year' })).toBe('2028-12-31');
    expect(periodEnd({ date: '2022-09-30', precision: 'day' })).toBe('2022-09-30');
  });
});
