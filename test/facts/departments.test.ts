import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers';

describe('headcount and duty tables', () => {
  it('has 정원/현원 for each of the 11 departments, summing to the office total', async () => {
    const kb = await realKnowledge();
    const departments = kb.headcounts.filter((h) => h.department !== '경제정책실');
    expect(departments).toHaveLength(11);
    const total = kb.headcounts.find((h) => h.department === '경제정책실')!;
    expect(departments.reduce((s, h) => s + h.quota, 0)).toBe(total.quota);
    expect(departments.reduce((s, h) => s + h.current, 0)).toBe(total.current);
    expect(kb.headcounts.find((h) => h.department === '금융투자과')).toMatchObject({ quota: 24, current: 23, byJobType: { 일반직: { quota: 21, current: 20 } } });
    expect(kb.headcounts.find((h) => h.department === '경제정책과')!.note).toContain('교류파견자');
  });

  it('names every department correctly despite the OCR, with its duties', async () => {
    const kb = await realKnowledge();
    expect(kb.duties.map((d) => d.department)).toEqual(kb.headcounts.filter((h) => h.department !== '경제정책실').map((h) => h.department));
    expect(kb.duties.map((d) => d.department)).toContain('바이오AI산업과');
    expect(kb.duties.find((d) => d.department === '금융투자과')!.duties.join(' ')).toContain('서울투자청 설립');
  });
});
