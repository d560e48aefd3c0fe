import { describe, expect, it } from 'vitest';
import { reportDatesAsWords } from '../../src/dates/reportDatesAsWords';

describe('reportDatesAsWords', () => {
  it("reads a date written the report's way as words, at its precision", () => {
    expect(reportDatesAsWords("’22.11월 개관 예정 시설")).toBe('22년 11월 개관 예정 시설');
    expect(reportDatesAsWords("'22.10월 해외 투자유치 설명회 일정?")).toBe('22년 10월 해외 투자유치 설명회 일정?');
    expect(reportDatesAsWords("'22. 10. 일정")).toBe('22년 10월 일정');
    expect(reportDatesAsWords('’22.9.30. 개소')).toBe('22년 9월 30일 개소');
    expect(reportDatesAsWords('22.11월 개관')).toBe('22년 11월 개관');
  });

  it('leaves decimals, versions and impossible months as written', () => {
    expect(reportDatesAsWords('집행률 31.3% 부서')).toBe('집행률 31.3% 부서');
    expect(reportDatesAsWords('버전 2.0 출시')).toBe('버전 2.0 출시');
    expect(reportDatesAsWords("'22.13월")).toBe("'22.13월");
  });
});
