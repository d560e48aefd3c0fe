import { describe, expect, it } from 'vitest';
import { readArea } from '../../src/facts/readArea';
import { realKnowledge } from '../helpers';

describe('extractSeries', () => {
  it('makes a series of each table column of figures in one unit, with the report’s total', async () => {
    const kb = await realKnowledge();
    // `사업명		접수과제 수	지원과제 수	지원금액(백만원)` … `계		1,269	198	22,000` (lines 651–662)
    const grants = kb.series.find((s) => s.name === '지원금액(백만원)')!;
    expect(grants).toMatchObject({ kind: 'column', unit: '백만원', total: { value: 22000 } });
    expect(grants.items).toHaveLength(10);
    expect(grants.items.find((i) => i.value === 5700)!.name).toContain('바이오·의료 R&D');
    // `(단위 : 억원)` above the fund table (line 758)
    expect(kb.series.find((s) => s.name === '조성목표')).toMatchObject({ unit: '억원', total: { value: 14310 } });
    expect(kb.series.find((s) => s.name === '집행률(%) 지출액')).toMatchObject({ unit: '%' });
  });

  it('never adds up a column of text, dates or mixed units, nor rows measuring different things', async () => {
    const kb = await realKnowledge();
    const names = kb.series.map((s) => s.name);
    expect(names).not.toContain('학과/인원'); // `35/1,640` pairs
    expect(names).not.toContain('투자대상'); // text
    // `474개사` beside `4조 4,075억` (lines 786–790): no total column of mixed units.
    expect(kb.series.filter((s) => s.name === '합계' && s.source.line >= 786 && s.source.line <= 790)).toEqual([]);
    // `지원기업 수` and `매출액(백만원)` share columns but not a unit: each row is its own series.
    expect(kb.series.filter((s) => s.source.line >= 1563 && s.source.line <= 1564).map((s) => [s.kind, s.name, s.unit])).toEqual([
      ['row', '지원기업 수', ''],
      ['row', '매출액(백만원)', '백만원'],
    ]);
  });

  it('keeps a table’s total column as a series of its own kind, and reads a table of totals only across', async () => {
    const kb = await realKnowledge();
    // `구 분 | 합 계 | '19년 …` (line 778): each field's own total.
    const total = kb.series.find((s) => s.kind === 'total' && s.items.some((i) => i.name === '창업지원'))!;
    expect(total.items.find((i) => i.name === '창업지원')!.value).toBe(11076);
    expect(total.total?.value).toBe(32523);
    // `구분 | 총계 | 리더(4단계) | …` with only `합계 | 181 | 24 | …` (line 1636).
    const stages = kb.series.find((s) => s.items.some((i) => i.name === '비기너(1단계)'))!;
    expect(stages).toMatchObject({ kind: 'row', total: { value: 181 } });
  });

  it('reads a row across named columns, and facilities’ areas once', async () => {
    const kb = await realKnowledge();
    const hub = kb.series.filter((s) => s.programId === kb.series.find((x) => x.name === '규모')!.programId);
    expect(hub.map((s) => s.kind)).toEqual(['row']); // the 규모 row; the same areas from the locations are not repeated
    expect(hub[0]!.items.map((i) => [i.name, i.value])).toEqual([['창작뜰', 1369], ['배움뜰', 1728], ['창업뜰', 3140]]);
    const campuses = kb.series.find((s) => s.kind === 'area' && s.owner.startsWith('청년취업사관학교'))!;
    expect(campuses.items).toHaveLength(7);
  });
});

describe('readArea', () => {
  it('reads areas as the report writes them', () => {
    expect(readArea('3,611.31㎡(지1~3층)')).toBe(3611.31);
    expect(readArea('192만㎡')).toBe(1_920_000);
    expect(readArea('1,124천㎡(약 34만평)')).toBe(1_124_000);
    expect(readArea('연면적 6,017㎡')).toBe(6017);
    expect(readArea('3개층')).toBeNull();
  });
});
