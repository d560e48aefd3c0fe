import { describe, expect, it } from 'vitest';
import { describeTableRow } from '../../src/render/describeTableRow';
import { realKnowledge } from '../helpers';

describe('extractTableRows', () => {
  it('keeps each row with the table’s headers and reads numbers with their units', async () => {
    const kb = await realKnowledge();
    // `문 화	96	988	박물관미술관 학예인력 양성, …` under `분 류	사업(개)	참여자(명)	주요 사업`
    const culture = kb.tableRows.find((r) => r.source.line === 1529)!;
    expect(culture).toMatchObject({ label: '문화', headers: ['분류', '사업(개)', '참여자(명)', '주요 사업'], isTotal: false });
    expect(culture.quantities.slice(1, 3)).toEqual([{ value: 96, unit: '' }, { value: 988, unit: '' }]);
    expect(describeTableRow(culture)).toMatch(/^문화 — 사업\(개\): 96 · 참여자\(명\): 988 · 주요 사업: 박물관미술관/);
    const size = kb.tableRows.find((r) => r.source.line === 1343)!; // 패션허브 규모 row
    expect(size.quantities.slice(1)).toEqual([{ value: 1369, unit: '㎡' }, { value: 1728, unit: '㎡' }, { value: 3140, unit: '㎡' }]);
  });

  it('joins a two-line header and marks total rows', async () => {
    const kb = await realKnowledge();
    const total = kb.tableRows.find((r) => r.source.line === 62)!; // 예산 table, `계` row
    expect(total.isTotal).toBe(true);
    expect(total.headers).toEqual(['구분', '예산현액', '원인행위액', '지출액', '집행률(%) 원인행위액', '집행률(%) 지출액']);
    expect(total.unit).toBe('백만원');
  });

  it('names a row by its group when its first cell is blank, and by a header split into syllables', async () => {
    const kb = await realKnowledge();
    expect(kb.tableRows.find((r) => r.source.line === 656)!.label).toBe('신성장 거점별 정책 R&D (양재) 인공지능 R&D');
    const fund = kb.tableRows.filter((r) => r.table === kb.tableRows.find((x) => x.source.line === 765)!.table);
    expect(fund.map((r) => r.label)).toEqual(['합계', '4차산업혁명', '스마트시티', '문화콘텐츠', '창업지원', '재도전지원', '바이오']);
    expect(fund[0]!.isTotal).toBe(true);
    expect(fund[4]).toMatchObject({ unit: '억원', caption: '조성분야(6개 분야) 및 투자대상' });
  });

  it('never shows HTML or footnote marks', async () => {
    const kb = await realKnowledge();
    expect(kb.tableRows.find((r) => r.source.line === 1563)!.label).toBe('지원기업 수');
    for (const row of kb.tableRows) expect(describeTableRow(row)).not.toMatch(/<ul|style=|[¹²³⁴]⁾/);
  });
});
