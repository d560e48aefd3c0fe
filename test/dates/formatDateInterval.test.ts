import { describe, expect, it } from 'vitest';
import { formatDateInterval } from '../../src/dates/formatDateInterval';

const m = (date: string) => ({ date, precision: 'month' as const });

describe('formatDateInterval', () => {
  it('writes a single period once and shares the year within a range', () => {
    expect(formatDateInterval({ start: m('2022-11-01'), end: m('2022-11-01') })).toBe('2022년 11월');
    expect(formatDateInterval({ start: m('2022-09-01'), end: m('2022-12-01') })).toBe('2022년 9월 ~ 12월');
    expect(formatDateInterval({ start: m('2022-07-01'), end: m('2023-02-01') })).toBe('2022년 7월 ~ 2023년 2월');
  });

  it('reads open ends as 부터 / 까지', () => {
    expect(formatDateInterval({ start: null, end: m('2022-12-01') })).toBe('2022년 12월까지');
    expect(formatDateInterval({ start: m('2022-09-01'), end: null })).toBe('2022년 9월부터');
  });
});
