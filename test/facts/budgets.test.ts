import { describe, expect, it } from 'vitest';
import { realKnowledge, reportLines } from '../helpers';

describe('budget facts', () => {
  it('reads every row of the department budget table, and the 예산현액 rows sum to the 계 row', async () => {
    const kb = await realKnowledge();
    for (const kind of ['예산현액', '원인행위액', '지출액', '집행률(원인행위액)', '집행률(지출액)']) {
      expect(kb.budgets.filter((f) => f.kind === kind && f.ownerType === 'department'), kind).toHaveLength(11);
    }
    // Each row is rounded to 백만원, so 11 rows may differ from the total by up to 5.5백만원 (here: 1).
    const rows = kb.budgets.filter((f) => f.kind === '예산현액' && f.ownerType === 'department');
    const sum = rows.reduce((s, f) => s + f.amountWon!, 0);
    expect(Math.abs(sum - 706_246_000_000)).toBeLessThanOrEqual(5_500_000);
    const total = kb.budgets.find((f) => f.kind === '예산현액' && f.ownerType === 'office')!;
    expect(total).toMatchObject({ raw: '706,246백만원', amountWon: 706_246_000_000, unit: '백만원' });
    expect(kb.budgets.filter((f) => f.kind.startsWith('집행률')).every((f) => f.percent !== null && f.amountWon === null)).toBe(true);
  });

  it('turns every 소요예산 / 사업예산 / 총사업비 line of the report into a budget fact', async () => {
    const kb = await realKnowledge();
    const lines = reportLines
      .map((text, i) => ({ text, n: i + 1 }))
      .filter(({ text }) => /(소요\s*예산|사업예산|총사업비)\s*:?\s*(?:'\d\d년\s*)?(?:총\s*)?[\d(]|(소요\s*예산|사업예산|총사업비)\s*:.*\d[\d,]*(?:백만원|억원)/.test(text));
    expect(lines).toHaveLength(22); // counted in the report text
    const covered = new Set(kb.budgets.filter((f) => /소요예산|사업예산|총사업비/.test(f.kind)).map((f) => f.source.line));
    expect(lines.filter(({ n }) => !covered.has(n)).map(({ text }) => text)).toEqual([]);
  });

  it('keeps the figure as written, in won, with its parts', async () => {
    const kb = await realKnowledge();
    const campus = kb.budgets.find((f) => f.kind === '소요예산' && f.raw === '20,255백만원')!;
    expect(campus.amountWon).toBe(20_255_000_000);
    expect(kb.sectionById.get(campus.programId!)!.title).toContain('청년취업사관학교');
    const cinema = kb.budgets.find((f) => f.kind === '총사업비' && f.raw === '26,482백만원')!;
    const parts = kb.budgets.filter((f) => f.partOf === cinema.id);
    expect(parts.map((p) => [p.label, p.amountWon])).toEqual([['국비', 161_000_000], ['시비', 26_321_000_000]]);
    expect(parts.reduce((s, p) => s + p.amountWon!, 0)).toBe(cinema.amountWon);
  });

  it('names the facility a figure belongs to, not just its program', async () => {
    const kb = await realKnowledge();
    const ai = kb.budgets.find((f) => f.raw === '35,369백만원')!;
    expect(ai).toMatchObject({ kind: '총사업비', owner: 'AI지원센터', ownerType: 'facility' });
    expect(kb.budgets.find((f) => f.partOf === ai.id)).toMatchObject({ kind: "'22년 예산", year: 2022, raw: '14,169백만원' });
  });
});

describe('who a figure belongs to', () => {
  it('labels a figure by the program whose overview block holds its line, never a facility named above it', async () => {
    const kb = await realKnowledge();
    // `- 소요예산 : 400백만원(…)` (line 387) follows a list of job cafés ending in `양천 광역일자리카페`.
    for (const fact of kb.budgets.filter((f) => f.source.line === 387)) expect(fact.owner).toBe('청년일자리 매칭 강화를 위한 전담창구 운영');
    // `- '22년 예산 : 352억원(…)` (line 1120) follows `- '서울바이오허브', 'BT-IT융합센터', … 운영(6개동)`.
    for (const fact of kb.budgets.filter((f) => f.source.line === 1120)) expect(fact.owner).toBe('홍릉 일대 글로벌 바이오 클러스터 조성');
  });
});
