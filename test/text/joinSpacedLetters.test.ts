import { describe, expect, it } from 'vitest';
import { joinSpacedLetters } from '../../src/text/joinSpacedLetters';

describe('joinSpacedLetters', () => {
  it('joins table cells spelled out letter by letter', () => {
    expect(joinSpacedLetters('경 제 정 책 과\t134,534')).toBe('경제정책과\t134,534');
    expect(joinSpacedLetters('- 위 치 : 강서구 마곡동 일대')).toBe('- 위치 : 강서구 마곡동 일대');
    expect(joinSpacedLetters('| ◆ G R D P (22.7%)')).toBe('| ◆ GRDP (22.7%)');
  });

  it('leaves prose alone', () => {
    expect(joinSpacedLetters('및 온·오프라인')).toBe('및 온·오프라인');
    expect(joinSpacedLetters('할 수 있는 관광수요')).toBe('할 수 있는 관광수요');
    expect(joinSpacedLetters('청년취업사관학교 조성·운영')).toBe('청년취업사관학교 조성·운영');
    expect(joinSpacedLetters('A B 테스트, Plan B C')).toBe('A B 테스트, Plan B C');
  });
});
