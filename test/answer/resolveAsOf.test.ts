import { describe, expect, it } from 'vitest';
import { resolveAsOf } from '../../src/answer/resolveAsOf';

describe('resolveAsOf', () => {
  it('takes a day as it is', () => {
    expect(resolveAsOf({ asOf: '2022-10-15' })).toBe('2022-10-15');
  });

  it('reads an instant as the calendar day in the time zone', () => {
    const instant = new Date('2022-10-14T16:30:00Z');
    expect(resolveAsOf({ asOf: instant })).toBe('2022-10-15');
    expect(resolveAsOf({ asOf: instant, timeZone: 'UTC' })).toBe('2022-10-14');
  });

  it('defaults to the clock it is given, in Seoul', () => {
    expect(resolveAsOf({}, () => new Date('2022-12-31T15:00:00Z'))).toBe('2023-01-01');
  });

  it('rejects a day that does not exist', () => {
    expect(() => resolveAsOf({ asOf: '2022-02-30' })).toThrow(/YYYY-MM-DD/);
    expect(() => resolveAsOf({ asOf: '다음 주' })).toThrow(RangeError);
  });
});
