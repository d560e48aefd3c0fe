import { describe, expect, it } from 'vitest';
import { parseDatePoint } from '../../src/dates/parseDatePoint';

describe('parseDatePoint', () => {
  it.each([
    ["'22.11월", '2022-11-01', 'month'],
    ["'22. 9. 30.", '2022-09-30', 'day'],
    ["'23.5", '2023-05-01', 'month'],
    ["'28년", '2028-01-01', 'year'],
    ["'22. 하반기", '2022-07-01', 'half'],
    ["'22.9월말", '2022-09-01', 'month'],
    ["'22.10.10(월)", '2022-10-10', 'day'],
    ['2019년', '2019-01-01', 'year'],
  ])('reads %s at its written precision', (text, date, precision) => {
    expect(parseDatePoint(text)).toEqual({ date, precision });
  });

  it('borrows the year, and the month for a bare day, from the other end of a range', () => {
    expect(parseDatePoint('9.23(금)', { year: 2022 })).toEqual({ date: '2022-09-23', precision: 'day' });
    expect(parseDatePoint('15', { year: 2022, month: 10, partner: 'day' })).toEqual({ date: '2022-10-15', precision: 'day' });
    expect(parseDatePoint('12.', { year: 2022, partner: 'month' })).toEqual({ date: '2022-12-01', precision: 'month' });
  });

  it('rejects text that is not only a date, impossible dates, and yearless dates without context', () => {
    expect(parseDatePoint("'22.11월 개관")).toBeNull();
    expect(parseDatePoint("'22.2.30.")).toBeNull();
    expect(parseDatePoint('9.23')).toBeNull();
    expect(parseDatePoint('20,255백만원', { year: 2022 })).toBeNull();
  });
});
