import { endOfMonth } from 'date-fns/endOfMonth';
import { format } from 'date-fns/format';
import { describe, expect, it } from 'vitest';
import { periodEnd } from '../../src/dates/periodEnd';

describe('periodEnd', () => {
  it('gives the last day of the period a date stands for', () => {
    expect(periodEnd({ date: '2022-11-01', precision: 'month' })).toBe('2022-11-30');
    expect(periodEnd({ date: '2024-02-01', precision: 'month' })).toBe('2024-02-29');
    expect(periodEnd({ date: '2022-07-01', precision: 'half' })).toBe('2022-12-31');
    expect(periodEnd({ date: '2022-01-01', precision: 'half' })).toBe('2022-06-30');
    expect(periodEnd({ date: '2022-04-01', precision: 'quarter' })).toBe('2022-06-30');
    expect(periodEnd({ date: '2028-01-01', precision: 'year' })).toBe('2028-12-31');
    expect(periodEnd({ date: '2022-09-30', precision: 'day' })).toBe('2022-09-30');
  });

  it('agrees with date-fns on every month of a century, leap years included', () => {
    for (let year = 1999; year <= 2101; year++) {
      for (let month = 1; month <= 12; month++) {
        const date = `${year}-${String(month).padStart(2, '0')}-01`;
        expect(periodEnd({ date, precision: 'month' }), date).toBe(format(endOfMonth(new Date(year, month - 1, 1)), 'yyyy-MM-dd'));
      }
    }
  });
});
