import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/search/tokenize';
import { stripParticle } from '../../src/text/grammar';

describe('tokenize', () => {
  it('emits words, particle-free stems and Hangul bigrams', () => {
    const terms = tokenize('캠퍼스타운의 예산');
    expect(terms).toContain('캠퍼스타운의');
    expect(terms).toContain('캠퍼스타운');
    expect(terms).toContain('퍼스');
    expect(terms).not.toContain('운의');
  });

  it('matches compounds however they are spaced', () => {
    const spaced = new Set(tokenize('청년 취업 사관학교'));
    const inside = tokenize('청년취업사관학교').filter((t) => t.length === 2);
    expect(inside.filter((t) => spaced.has(t)).length).toBeGreaterThanOrEqual(inside.length - 2);
  });

  it('splits at tabs and symbols and keeps numbers whole', () => {
    expect(tokenize('캠퍼스타운활성화과\t17')).toContain('17');
    expect(tokenize('▶위치: 20,255백만원')).toEqual(expect.arrayContaining(['위치', '20255', '백만원']));
  });
});

describe('stripParticle', () => {
  it('strips a particle only where it fits', () => {
    expect(stripParticle('캠퍼스타운의')).toBe('캠퍼스타운');
    expect(stripParticle('예산은')).toBe('예산');
    expect(stripParticle('평가')).toBe('평가');
    expect(stripParticle('일자리정책과')).toBe('일자리정책과');
  });
});
