import { describe, expect, it } from 'vitest';
import { containsAll, haystackOf, namedWord } from '../../src/answer/matchScore';

describe('containsAll', () => {
  it('reads a name split over two words side by side (`학과개편` typed for `학과 개편`)', () => {
    expect(containsAll([namedWord('학과개편')], haystackOf('산업수요에 맞는 학과 개편 추진'))).toBe(true);
  });

  it('counts a bigram once when two words side by side both hold it', () => {
    // `가나다라` needs two of 가나, 나다, 다라: `가나 가나` holds one of them, twice.
    expect(containsAll([namedWord('가나다라')], haystackOf('가나 가나 라다'))).toBe(false);
    expect(containsAll([namedWord('가나다라')], haystackOf('가나 다라'))).toBe(true);
  });
});
