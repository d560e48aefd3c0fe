import { describe, expect, it } from 'vitest';
import { realKnowledge, reportLines } from '../helpers';

describe('locations', () => {
  it('turns every 위치 line of the report into at least one location', async () => {
    const kb = await realKnowledge();
    const lines = reportLines
      .map((text, i) => ({ text, n: i + 1 }))
      .filter(({ text }) => /(?:^|[\s▶■-])(?:위\s*치|규모\/위치)\s*(?:\/규모)?\s*[:：\t]/.test(text));
    expect(lines.length).toBeGreaterThanOrEqual(18);
    const covered = new Set(kb.locations.map((l) => l.source.line));
    expect(lines.filter(({ n }) => !covered.has(n)).map(({ text }) => text)).toEqual([]);
  });

  it('has the seven 청년취업사관학교 campuses with address, area and opening month', async () => {
    const kb = await realKnowledge();
    const program = kb.sections.find((s) => s.label === 'IV-1-①')!;
    const campuses = kb.locations.filter((l) => l.programId === program.id && l.name.startsWith('청년취업사관학교'));
    expect(campuses.map((c) => c.name.split(' ')[1])).toEqual(['영등포', '금천', '마포', '용산', '강동', '강서', '동작']);
    expect(campuses[0]).toMatchObject({ address: '선유로9길 30', area: '3,611.31㎡(지1~3층)' });
    for (const campus of campuses) {
      const opening = kb.milestones.find((m) => m.label === `${campus.name.split(' ')[1]} 개관`);
      expect(opening?.when?.start?.precision, campus.name).toBe('month');
    }
  });

  it('records the 구 only where the text names one', async () => {
    const kb = await realKnowledge();
    expect(kb.locations.find((l) => l.address.startsWith('동대문구 회기로'))).toMatchObject({ name: '서울바이오허브 글로벌협력동', district: '동대문구' });
    expect(kb.locations.find((l) => l.address === '양재 AI 혁신지구')?.district).toBeNull();
  });
});
