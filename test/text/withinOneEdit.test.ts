import { describe, expect, it } from 'vitest';
import { withinOneEdit } from '../../src/text/withinOneEdit';

describe('withinOneEdit', () => {
  it('is true for one letter left out, added, changed, or two neighbours swapped', () => {
    expect(withinOneEdit('everthing', 'everything')).toBe(true);
    expect(withinOneEdit('everything', 'everthing')).toBe(true);
    expect(withinOneEdit('evarything', 'everything')).toBe(true);
    expect(withinOneEdit('evreything', 'everything')).toBe(true);
  });

  it('is false for the same word and for two edits', () => {
    expect(withinOneEdit('seoul', 'seoul')).toBe(false);
    expect(withinOneEdit('evrthing', 'everything')).toBe(false);
    expect(withinOneEdit('abcd', 'badc')).toBe(false);
  });
});
