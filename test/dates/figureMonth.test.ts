import { describe, expect, it } from 'vitest';
import { figureMonth } from '../../src/dates/figureMonth';

describe('figureMonth', () => {
  it('reads the month a label states its figures for', () => {
    expect(figureMonth('고용률(7월,%) : (19) 60.8 → (20) 59.5 → (21) 59.6 → (22) 60.9')).toEqual([7, 7]);
    expect(figureMonth('취업자수(7월) : 512만명')).toEqual([7, 7]);
    expect(figureMonth("('22.1.~7.) : 총 10,898개사 / 3,095억원 매출지원")).toEqual([1, 7]);
    expect(figureMonth("□ 추진실적('22.1.~7.) : 총 10,898개사 / 3,095억원 매출지원")).toEqual([1, 7]);
  });

  it('reads none from a date in a value or a line without a label month', () => {
    expect(figureMonth("개관 : '22.11월")).toBe(null);
    expect(figureMonth('영등포 (\'20.10 개관)')).toBe(null);
    expect(figureMonth('교육생 모집 : (9월) 예정')).toBe(null);
    expect(figureMonth("※ '21년(1.~12.) 추진실적 : 총 16,572개사")).toBe(null);
  });
});
