import { describe, expect, it } from 'vitest';
import { realKnowledge, reportLines } from '../helpers';

describe('milestones', () => {
  it('turns every top-level bullet under □ 향후계획 into a planned milestone', async () => {
    const kb = await realKnowledge();
    const planSections = kb.sections.filter((s) => s.kind === 'subsection' && s.title === '향후계획');
    expect(planSections).toHaveLength(28); // `□ 향후계획` headings in the report
    for (const section of planSections) {
      for (const n of section.lineNumbers.filter((n) => /^[-※]\s/.test(reportLines[n - 1]!.replace(/[’‘]/g, "'")))) {
        const found = kb.milestones.filter((m) => m.source.line === n);
        expect(found.length, reportLines[n - 1]).toBeGreaterThan(0);
        expect(found.every((m) => m.status === 'planned')).toBe(true);
      }
    }
  });

  it('reads a period after the last slash of an overview value (`… / \'22.7.1.~12.20.`)', async () => {
    const kb = await realKnowledge();
    const period = kb.milestones.find((m) => m.source.line === 1483)!;
    expect(period).toMatchObject({ label: '지원내용', raw: "'22.7.1.~12.20." });
    expect(period.when).toEqual({ start: { date: '2022-07-01', precision: 'day' }, end: { date: '2022-12-20', precision: 'day' } });
    // A value with no date after its slash gives none (`192만㎡ / 12,754개사(14만명) 입주`).
    expect(kb.milestones.some((m) => m.source.line === 917)).toBe(false);
  });

  it('keeps the written precision and the raw text, and never invents a day', async () => {
    const kb = await realKnowledge();
    const plan = kb.milestones.find((m) => m.raw === "'22.11월")!;
    expect(plan.when).toEqual({ start: { date: '2022-11-01', precision: 'month' }, end: { date: '2022-11-01', precision: 'month' } });
    const quarterly = kb.milestones.find((m) => m.raw.startsWith('분기별'))!;
    expect(quarterly).toMatchObject({ when: null, recurrence: '분기별' });
    const anytime = kb.milestones.find((m) => m.raw === '수시')!;
    expect(anytime).toMatchObject({ when: null, recurrence: '수시' });
    for (const m of kb.milestones) {
      for (const end of [m.when?.start, m.when?.end]) {
        if (end?.precision === 'day') expect(m.raw, m.label).toMatch(/\d+\s*\.\s*\d+\s*\.\s*\d+|\d+\.\d+\s*[(.]|~\s*\d+$|\d+\.\d+$/);
      }
    }
  });

  it('catches dated events outside 향후계획: openings, construction chains, facility dates', async () => {
    const kb = await realKnowledge();
    const label = (l: string) => kb.milestones.find((m) => m.label === l);
    expect(label('영등포 개관')).toMatchObject({ status: 'done', when: { start: { date: '2020-10-01', precision: 'month' } } });
    expect(label('용산 개관')).toMatchObject({ status: 'planned' });
    expect(kb.milestones.find((m) => m.label.includes('준공') && m.raw === "'23.12월")).toBeDefined();
    expect(kb.milestones.find((m) => m.label.includes('완공') && m.raw === "'24")?.when?.start).toEqual({ date: '2024-01-01', precision: 'year' });
    expect(kb.milestones.find((m) => m.raw === "'22.9.21(수) ~ 9.23(금), 3일간")?.when?.end).toEqual({ date: '2022-09-23', precision: 'day' });
    expect(kb.milestones.find((m) => m.label === '시설 개관' && m.raw === "'26. 5.")).toBeDefined();
  });
});
