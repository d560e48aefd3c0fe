import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multiCorpus } from '../helpers/multiCorpus';
import { ADMIN, allText, limitProblems, mrkdwnTexts, TestBot } from './helpers/testBot';

// A real Bolt app on a local port, answering from the real report plus the hand-written ones.
let dir: string;
let bot: TestBot;

beforeAll(async () => {
  dir = await multiCorpus();
  bot = await TestBot.start({ corpusDir: dir, now: () => new Date('2023-03-10T01:00:00Z') });
});
afterAll(async () => {
  await bot.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('/econ with several reports', () => {
  it('lists the loaded reports newest first, with their sizes', async () => {
    const reply = await bot.ask('reports');
    const text = allText(reply);
    expect(text).toContain('불러온 보고서 4개');
    const order = ['(2023년 3월)', '(2022년 10월)', '(2022년 9월)', '(2021년 9월)'].map((name) => text.indexOf(name));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(text).toMatch(/seoul-economic-policy-office-2022-09\.txt · 섹션 \d+개 · 사실 \d+개/);
    expect(limitProblems(reply)).toEqual([]);
  });

  it('cites the report an answer is from, in the answer and its citation line', async () => {
    const reply = await bot.ask('2021년 보고서 청년취업사관학교 예산');
    expect(allText(reply)).toContain('9,870백만원');
    expect(mrkdwnTexts(reply).some((t) => t.includes('경제정책실 주요 업무보고 (2021년 9월) IV-1-①'))).toBe(true);
  });

  it('answers what changed, and help names every report rather than one', async () => {
    expect(allText(await bot.ask('청년취업사관학교 예산 작년보다 얼마나 늘었어'))).toContain('20,255백만원 → 27,480백만원');
    const help = allText(await bot.ask('help'));
    expect(help).toContain('경제정책실 주요 업무보고 (2023년 3월) 외 3개 보고서');
    expect(help).toContain('/econ reports');
  });
});

describe('/econ reload adding a report', () => {
  it('summarises the new report against the one before it, program by program', async () => {
    const only = await multiCorpus({ only: ['seoul-econ-2022-09'] });
    const full = await multiCorpus();
    const admin = await TestBot.start({ corpusDir: only });
    try {
      expect(allText(await admin.ask('2023년 보고서 청년취업사관학교 예산'))).toContain('2023년 보고서는 불러온 보고서에 없습니다');
      await cp(path.join(full, 'seoul-economic-policy-office-2023-03.txt'), path.join(only, 'seoul-economic-policy-office-2023-03.txt'));
      await cp(path.join(full, 'manifest.json'), path.join(only, 'manifest.json'));
      const text = allText(await admin.ask('reload', ADMIN));
      expect(text).toContain('새 보고서: 경제정책실 주요 업무보고 (2023년 3월)');
      // The report that was already loaded is kept, not parsed again.
      expect(text).toMatch(/보고서 4개: 3개를 새로 읽고 1개는 바뀌지 않아 그대로 두었습니다/);
      expect(text).toMatch(/경제정책실 주요 업무보고 \(2022년 9월\) → 경제정책실 주요 업무보고 \(2023년 3월\): 사업 \d+개 변경, 새 사업 1개/);
      expect(text).toContain('청년취업사관학교 조성·운영: 예산 1건');
      expect(allText(await admin.ask('청년취업사관학교 예산'))).toContain('27,480백만원');
    } finally {
      await admin.stop();
      await Promise.all([only, full].map((d) => rm(d, { recursive: true, force: true })));
    }
  });
});
