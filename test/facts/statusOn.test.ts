import { describe, expect, it } from 'vitest';
import { statusOn } from '../../src/facts/statusOn';
import { describeStatus } from '../../src/render/describeFact';
import { realKnowledge } from '../helpers';

describe('statusOn', () => {
  it('judges a planned milestone against the given day, not the report date', async () => {
    const kb = await realKnowledge();
    // `- 신축공사 발주계약 : '22. 11. ~ 12.` (서울큐브 향후계획)
    const contract = kb.milestones.find((m) => m.label === '신축공사 발주계약')!;
    expect(contract.status).toBe('planned');
    expect(statusOn(contract, '2022-08-29')).toBe('planned');
    expect(statusOn(contract, '2022-11-10')).toBe('ongoing');
    expect(statusOn(contract, '2023-01-02')).toBe('due');
    expect(describeStatus(contract, '2023-01-02')).toBe('예정 시점 지남');
    expect(describeStatus(contract)).toBe('계획');
  });

  it('keeps done for what the report reports done, once its period is over', async () => {
    const kb = await realKnowledge();
    // `영등포 ('20.10 개관)`
    const opened = kb.milestones.find((m) => m.label === '영등포 개관')!;
    expect(statusOn(opened, '2022-08-29')).toBe('done');
    expect(statusOn(opened, '2020-09-01')).toBe('planned');
  });

  it('leaves undated milestones as the report says', async () => {
    const kb = await realKnowledge();
    const quarterly = kb.milestones.find((m) => m.raw.startsWith('분기별'))!;
    expect(statusOn(quarterly, '2030-01-01')).toBe(quarterly.status);
  });
});
