import { describe, expect, it } from 'vitest';
import { formatWon } from '../../src/money/formatWon';

describe('formatWon', () => {
  it('rounds to the unit a reader grasps and says when it rounded', () => {
    expect(formatWon(20_255_000_000)).toBe('약 202.6억원');
    expect(formatWon(4_000_000_000)).toBe('40억원');
    expect(formatWon(1_400_000_000_000)).toBe('1.4조원');
    expect(formatWon(75_000_000)).toBe('7,500만원');
    expect(formatWon(9_160)).toBe('9,160원');
  });
});
