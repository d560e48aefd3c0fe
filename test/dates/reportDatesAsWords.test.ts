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

  it("reads a year written alone the report's way ('21) as a year, never a span's or a date's", () => {
    expect(reportDatesAsWords("펀드 '21 창업지원 조성액")).toBe('펀드 21년 창업지원 조성액');
    expect(reportDatesAsWords("실업률 '21 대비 ’22")).toBe('실업률 21년 대비 22년');
    expect(reportDatesAsWords("'23~'26 계획")).toBe("'23~'26 계획");
    // A year with its 년 says the same without its apostrophe (`'23년 7월` is read as a period like `23년 7월`).
    expect(reportDatesAsWords("'21년 실적")).toBe('21년 실적');
  });
});
