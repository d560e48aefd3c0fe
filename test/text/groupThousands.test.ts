import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from '../../src/text/compareCodeUnits';
import { groupThousands } from '../../src/text/groupThousands';

describe('groupThousands', () => {
  it('writes what toLocaleString("en-US") writes', () => {
    const values = [0, 7, 999, 1000, 85245, 1234567, -1234, 0.5, 1234.5678, 12.3456, 1e6 + 0.25];
    for (const value of values) expect(groupThousands(value), String(value)).toBe(value.toLocaleString('en-US'));
    for (const [value, decimals] of [[1234.5, 2], [7225, 0], [0.1, 1], [-98765.4321, 3]] as const) {
      expect(groupThousands(value, decimals)).toBe(value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }));
    }
    // Unlike toLocaleString ('-0'), a negative that rounds to zero is written without its sign.
    expect(groupThousands(-0.0004)).toBe('0');
  });
});

describe('compareCodeUnits', () => {
  it('orders ISO dates by time and Hangul in dictionary order', () => {
    expect(['2022-12-01', '2022-09-30', '2022-11-15'].sort(compareCodeUnits)).toEqual(['2022-09-30', '2022-11-15', '2022-12-01']);
    expect(['청년', '가산', '서울', '나눔'].sort(compareCodeUnits)).toEqual(['가산', '나눔', '서울', '청년']);
    expect(compareCodeUnits('같음', '같음')).toBe(0);
  });
});
