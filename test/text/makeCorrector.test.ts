import { describe, expect, it } from 'vitest';
import { makeCorrector } from '../../src/text/makeCorrector';

describe('makeCorrector', () => {
  const fix = makeCorrector({
    corrections: [
      { correct: '금융투자과', variants: ['금용투자과'] },
      { correct: '양재 AI 혁신지구', variants: ['양재 시 혁신지구'] },
      { correct: '홍릉', variants: ['흥릉'] },
    ],
  });

  it('replaces every known variant', () => {
    expect(fix('금용투자과\t26,003')).toBe('금융투자과\t26,003');
    expect(fix('③ 양재 시 혁신지구 활성화, 흥릉·창동상계')).toBe('③ 양재 AI 혁신지구 활성화, 홍릉·창동상계');
  });

  it('leaves the same letters elsewhere alone', () => {
    expect(fix('서울시 시설')).toBe('서울시 시설');
  });
});
