import { describe, expect, it } from 'vitest';
import { Bm25Index, countTerms } from '../../src/search/Bm25Index';
import { ListInterner } from '../../src/search/ListInterner';

describe('ListInterner', () => {
  it('hands out one shared exact copy per distinct list, short or long', () => {
    const lists = new ListInterner();
    const source = [3, 7];
    const shared = lists.intern(source);
    expect(shared).not.toBe(source);
    expect(lists.intern([3, 7])).toBe(shared);
    expect(lists.intern([7, 3])).not.toBe(shared);
    expect(lists.intern([3])).not.toBe(lists.intern([3, 0]));
    expect(lists.intern([1, 2, 3])).toBe(lists.intern([1, 2, 3]));
    expect(lists.intern([2 ** 21, 1])).toEqual([2 ** 21, 1]);
  });

  it('shares nothing when disabled (one report: the hashing would only cost start-up time)', () => {
    const lists = new ListInterner({ enabled: false });
    const source = [3, 7];
    expect(lists.intern(source)).toBe(source);
    expect(lists.intern([3, 7])).not.toBe(source);
  });
});

describe('Bm25Index with counted and interned postings', () => {
  it('scores exactly as one built from plain terms', () => {
    const docs = [[['청년'], ['청년', '예산', '예산']], [['예산'], ['서울', '예산']], [[], ['청년', '서울']]];
    const plain = new Bm25Index([3, 1]);
    const counted = new Bm25Index([3, 1]);
    for (const fields of docs) {
      plain.add(fields);
      counted.addCounted(fields.map(countTerms));
    }
    counted.compact(new ListInterner().intern);
    expect(countTerms(['예산', '청년', '예산'])).toEqual({ terms: ['예산', '청년'], freqs: [2, 1] });
    for (const query of [['예산'], ['청년', '서울'], ['없음']]) expect(counted.search(query)).toEqual(plain.search(query));
  });
});
