import { describe, expect, it } from 'vitest';
import { withoutForgottenParts } from '../../src/text/grammar';

const known = new Set(['캠퍼스타운', '안심일자리']);
const isKnown = (word: string) => known.has(word);

describe('withoutForgottenParts', () => {
  it('joins the two parts of a name around the forgotten one when together they are known', () => {
    expect(withoutForgottenParts('캠퍼스 무슨 타운 사업 예산 얼마', isKnown)).toBe('캠퍼스타운 사업 예산 얼마');
    expect(withoutForgottenParts('창업 무슨 지원 있어요?', (w) => w === '창업지원')).toBe('창업 무슨 지원 있어요?');
    expect(withoutForgottenParts('안심 뭐시기 일자리는 언제', isKnown)).toBe('안심일자리는 언제');
  });

  it('drops a word for the forgotten part, and keeps a question word that asks', () => {
    expect(withoutForgottenParts('청년 뭐시기 학교 주소', isKnown)).toBe('청년 학교 주소');
    expect(withoutForgottenParts('11월에 무슨 행사 있어?', isKnown)).toBe('11월에 무슨 행사 있어?');
  });
});
