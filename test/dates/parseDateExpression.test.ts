import { describe, expect, it } from 'vitest';
import { parseDateExpression } from '../../src/dates/parseDateExpression';

const m = (date: string) => ({ date, precision: 'month' as const });
const d = (date: string) => ({ date, precision: 'day' as const });

describe('parseDateExpression', () => {
  it('reads ranges whose end borrows what it omits', () => {
    expect(parseDateExpression("'22.9~10.")?.when).toEqual({ start: m('2022-09-01'), end: m('2022-10-01') });
    expect(parseDateExpression("'22.9.21(수) ~ 9.23(금)")?.when).toEqual({ start: d('2022-09-21'), end: d('2022-09-23') });
    expect(parseDateExpression("'22.7~'23.2.")?.when).toEqual({ start: m('2022-07-01'), end: m('2023-02-01') });
    expect(parseDateExpression("'22.10.11.~15")?.when).toEqual({ start: d('2022-10-11'), end: d('2022-10-15') });
  });

  it('keeps open ends open', () => {
    expect(parseDateExpression("~'22.12.")?.when).toEqual({ start: null, end: m('2022-12-01') });
    expect(parseDateExpression("~ '22. 12.까지")?.when).toEqual({ start: null, end: m('2022-12-01') });
    expect(parseDateExpression("'22.9월~")?.when).toEqual({ start: m('2022-09-01'), end: null });
  });

  it('keeps recurring items undated', () => {
    expect(parseDateExpression('분기별 추진')).toEqual({ when: null, recurrence: '분기별' });
    expect(parseDateExpression('수시')).toEqual({ when: null, recurrence: '수시' });
  });

  it('drops trailing durations but rejects other text', () => {
    expect(parseDateExpression("'22.7~'23.2(7개월)")?.when?.end).toEqual(m('2023-02-01'));
    expect(parseDateExpression("'22.9.21(수) ~ 9.23(금), 3일간")?.when?.end).toEqual(d('2022-09-23'));
    expect(parseDateExpression('서울 미래혁신성장펀드 조성완료')).toBeNull();
    expect(parseDateExpression("'22.9~10.~11.")).toBeNull();
  });
});
