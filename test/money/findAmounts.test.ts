import { describe, expect, it } from 'vitest';
import { findAmounts, unitToWon } from '../../src/money/findAmounts';

describe('findAmounts', () => {
  it.each([
    ['20,255백만원', 20_255_000_000, '백만원'],
    ['43억원', 4_300_000_000, '억원'],
    ['1조 4천억원', 1_400_000_000_000, '조원'],
    ['3.2조원', 3_200_000_000_000, '조원'],
    ['4조 4,075억', 4_407_500_000_000, '조'],
    ['2천만원', 20_000_000, '천만원'],
    ['시간당 9,160원', 9_160, '원'],
  ])('normalises %s to won', (text, won, unit) => {
    expect(findAmounts(text)[0]).toMatchObject({ won, unit });
  });

  it('finds every amount in order, and not counts of people or things', () => {
    expect(findAmounts('400백만원(전문기관 운영 325백만원, 리모델링·조성 75백만원)').map((a) => a.raw)).toEqual(['400백만원', '325백만원', '75백만원']);
    expect(findAmounts('12,754개사(14만명) 입주')).toEqual([]);
  });

  it('knows the size of a written unit', () => {
    expect(unitToWon('백만원')).toBe(1e6);
    expect(unitToWon('억원')).toBe(1e8);
    expect(unitToWon('명')).toBeNull();
  });
});

describe('findAmounts on what only looks like money', () => {
  it('does not read an article of a law as trillions of won', () => {
    expect(findAmounts('조례 제2조의2')).toEqual([]);
  });

  it('stays fast on a very long run of digits', () => {
    const started = performance.now();
    findAmounts(`${'1'.repeat(20_000)}억원`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
