import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers';

describe('extractOverviewFacts', () => {
  it('reads every label : value line of an overview block, spaced-out labels joined', async () => {
    const kb = await realKnowledge();
    const of = (line: number) => kb.overviews.filter((f) => f.source.line === line);
    // `- 기 간 : '22.9.21(수) ~ 9.23(금), 3일간` and `- 장 소 : 동대문디자인플라자(DDP)` (Try Everything 행사개요)
    expect(of(454)).toMatchObject([{ label: '기간', value: "'22.9.21(수) ~ 9.23(금), 3일간", block: '행사개요', parent: null }]);
    expect(of(455)[0]).toMatchObject({ label: '장소', value: '동대문디자인플라자(DDP)' });
    expect(of(455)[0]!.owner).toContain('Try Everything 2022');
    // `- 추진 근거 : …` keeps no space in its label; `- 대 상 지 : …`
    expect(of(246)[0]).toMatchObject({ label: '추진근거', block: '사업개요' });
    expect(of(1330)[0]).toMatchObject({ label: '대상지', value: 'DDP 패션몰(4·5층) 및 동대문종합시장(B동 4층)' });
  });

  it('joins a value continued on the next line', async () => {
    const kb = await realKnowledge();
    const basis = kb.overviews.find((f) => f.source.line === 307)!; // 직무캠프 추진근거 over two lines
    expect(basis.value).toBe('「청년고용촉진특별법」 제8조의 2 「서울특별시 일자리정책 기본조례」 제16조');
    const scale = kb.overviews.find((f) => f.source.line === 458)!;
    expect(scale).toMatchObject({ label: '규모' });
    expect(scale.value).toContain('6만여명 참여');
  });

  it('keeps the bullet a line hangs under, and takes the bullets below a label that has no value', async () => {
    const kb = await realKnowledge();
    expect(kb.overviews.find((f) => f.source.line === 461)).toMatchObject({ label: '기조연사', parent: '규모' });
    expect(kb.overviews.find((f) => f.source.line === 1337)).toMatchObject({ label: '수탁기관', parent: '운영방법' });
    const support = kb.overviews.find((f) => f.source.line === 344)!; // `- 지원내용` with two bullets under it
    expect(support.label).toBe('지원내용');
    expect(support.value).toContain('1인 최대 15백만원');
    expect(support.value).toContain('육아 휴직자');
  });

  it('splits a note after ※ into a fact of its own', async () => {
    const kb = await realKnowledge();
    // `- 개최기간 : '22.10.10(월) ~ 10.15(토), 6일간 ※ 예산 : 3,000백만원`
    expect(kb.overviews.filter((f) => f.source.line === 1293).map((f) => [f.label, f.value])).toEqual([
      ['개최기간', "'22.10.10(월) ~ 10.15(토), 6일간"],
      ['예산', '3,000백만원'],
    ]);
  });

  it('reads only overview blocks, each fact owned by its block’s program', async () => {
    const kb = await realKnowledge();
    for (const fact of kb.overviews) {
      const section = kb.sectionById.get(fact.source.sectionId)!;
      expect(section.title, fact.label).toMatch(/개요$/);
      expect(fact.programId).toBe(section.programId);
    }
    expect(kb.overviews.length).toBeGreaterThan(150);
  });
});
