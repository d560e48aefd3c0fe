import { describe, expect, it } from 'vitest';
import { withoutEmoticons } from '../../src/text/withoutEmoticons';

describe('withoutEmoticons', () => {
  it('reads Hangul-letter and mark emoticons, glued or alone, as a comma, and none at the end', () => {
    expect(withoutEmoticons('멀리는 못 가는데ㅠ 어디서 받나요?')).toBe('멀리는 못 가는데, 어디서 받나요?');
    expect(withoutEmoticons('해보고 싶어서요 ㅎㅎ 몇 명이에요')).toBe('해보고 싶어서요, 몇 명이에요');
    expect(withoutEmoticons('궁금합니다ㅠㅠ')).toBe('궁금합니다');
    expect(withoutEmoticons('있나요?ㅠㅠ')).toBe('있나요?');
    expect(withoutEmoticons('ㅋㅋ 예산 얼마^^')).toBe('예산 얼마');
    expect(withoutEmoticons('예산 얼마 ㅜ.ㅜ')).toBe('예산 얼마');
  });
  it('keeps a lone letter inside a word (a typo) and text without any', () => {
    expect(withoutEmoticons('예ㅅ산 얼마')).toBe('예ㅅ산 얼마');
    expect(withoutEmoticons('청년취업사관학교 예산')).toBe('청년취업사관학교 예산');
  });
});
