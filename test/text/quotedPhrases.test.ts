import { describe, expect, it } from 'vitest';
import { quotedPhrases } from '../../src/text/quotedPhrases';

describe('quotedPhrases', () => {
  it('finds phrases in any of the quote marks staff type', () => {
    expect(quotedPhrases("보고서 내 '프롭테크' 언급 부분")).toEqual(['프롭테크']);
    expect(quotedPhrases('“약자와의 동행”을 어디서 말했나, 「인크루트」도')).toEqual(['약자와의 동행', '인크루트']);
  });
  it('reads an apostrophe before a digit as a year, not a quote', () => {
    expect(quotedPhrases("'22년 예산 중 '시비' 얼마")).toEqual(['시비']);
    expect(quotedPhrases("'22.11월 개관")).toEqual([]);
  });
  it('reads an apostrophe before a month as a quote opening', () => {
    expect(quotedPhrases("시민 '10월 중순에 노들섬에서 하는 음악 행사' 문의")).toEqual(['10월 중순에 노들섬에서 하는 음악 행사']);
  });
  it('leaves out a quote too long to be a phrase and an unclosed one', () => {
    expect(quotedPhrases(`"${'가'.repeat(41)}"`)).toEqual([]);
    expect(quotedPhrases("'열린 따옴표")).toEqual([]);
  });
});
