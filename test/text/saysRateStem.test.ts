import { describe, expect, it } from 'vitest';
import { saysRateStem } from '../../src/text/saysRateStem';

describe('saysRateStem', () => {
  it('sees the stem as a word of its own, or the rate itself', () => {
    expect(saysRateStem('직무교육 수료 291명(83.1%)', '수료')).toBe(true);
    expect(saysRateStem('고용률(7월,%) : (22) 60.9', '고용')).toBe(true);
  });

  it('does not see it as the head of another noun, or missing', () => {
    expect(saysRateStem('한계 소상공인 재기지원 사업, 고용장려금 지원 등', '고용')).toBe(false);
    expect(saysRateStem('그린환경 — 참여인원: 3,561 (56.1%)', '고용')).toBe(false);
  });
});
