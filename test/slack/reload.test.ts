import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, allText, limitProblems, PROJECT_CORPUS, STAFF, TestBot } from './helpers/testBot';

let corpusDir: string;
let bot: TestBot;
const REPORT = 'seoul-economic-policy-office-2022-09.txt';
let pristine: { report: string; manifest: string; lexicon: string };

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'econ-corpus-'));
  await cp(PROJECT_CORPUS, corpusDir, { recursive: true });
  pristine = {
    report: await readFile(path.join(corpusDir, REPORT), 'utf8'),
    manifest: await readFile(path.join(corpusDir, 'manifest.json'), 'utf8'),
    lexicon: await readFile(path.join(corpusDir, 'lexicon.json'), 'utf8'),
  };
  bot = await TestBot.start({ corpusDir });
});
afterAll(async () => {
  await bot.stop();
  await rm(corpusDir, { recursive: true, force: true });
});
beforeEach(async () => {
  // Each test starts from the original corpus, loaded.
  await writeFile(path.join(corpusDir, REPORT), pristine.report);
  await writeFile(path.join(corpusDir, 'manifest.json'), pristine.manifest);
  await writeFile(path.join(corpusDir, 'lexicon.json'), pristine.lexicon);
  await bot.services.knowledge.reload();
});

async function addSynonym(word: string, variants: string[]): Promise<void> {
  const lexicon = JSON.parse(pristine.lexicon);
  lexicon.synonyms.push({ word, variants });
  await writeFile(path.join(corpusDir, 'lexicon.json'), JSON.stringify(lexicon, null, 2));
}

async function editReport(from: string, to: string): Promise<void> {
  const file = path.join(corpusDir, REPORT);
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

describe('/econ reload', () => {
  it('refuses a non-admin clearly and keeps the corpus', async () => {
    const before = bot.services.knowledge.current;
    const reply = await bot.ask('reload', STAFF);
    expect(allText(reply)).toMatch(/관리자만 사용할 수 있습니다/);
    expect(bot.services.knowledge.current).toBe(before);
  });

  it('lets an admin reload: swaps the corpus and reports what changed and how long it took', async () => {
    await editReport('- 소요 예산 : 20,255백만원', '- 소요 예산 : 20,300백만원');
    const reply = await bot.ask('reload', ADMIN);
    const text = allText(reply);
    expect(text).toMatch(/다시 읽어 교체했습니다\. \(\d+ms, 색인 \d+ms\)/);
    expect(text).toMatch(/예산 \d+ → \d+ \(\+1 \/ −1\)/);
    expect(text).toContain('20,300백만원');
    expect(limitProblems(reply)).toEqual([]);
    // The next question is answered from the new corpus.
    expect(allText(await bot.ask('청년취업사관학교 예산'))).toContain('20,300백만원');
  });

  it('reports an unchanged corpus as unchanged', async () => {
    const reply = await bot.ask('reload', ADMIN);
    expect(allText(reply)).toMatch(/바뀐 내용은 없습니다/);
  });

  it('keeps serving the old corpus when the new one is broken, and names the file', async () => {
    const before = bot.services.knowledge.current;
    await writeFile(path.join(corpusDir, 'manifest.json'), '{\n  "documents": [\n  oops\n}\n');
    await editReport('- 소요 예산 : 20,255백만원', '- 소요 예산 : 99,999백만원');
    const reply = await bot.ask('reload', ADMIN);
    const text = allText(reply);
    expect(text).toMatch(/다시 읽기에 실패했습니다\. 이전 코퍼스로 계속 답합니다/);
    expect(text).toMatch(/파일: corpus\/manifest\.json/);
    expect(limitProblems(reply)).toEqual([]);
    expect(bot.services.knowledge.current).toBe(before);
    const answer = allText(await bot.ask('청년취업사관학교 예산'));
    expect(answer).toContain('20,255백만원');
    expect(answer).not.toContain('99,999');
  });

  it('lets an admin add a synonym with a reload', async () => {
    expect(allText(await bot.ask('청년취업사관학교 버젯'))).not.toContain('20,255백만원');
    await addSynonym('예산', ['버젯']);
    expect(allText(await bot.ask('reload', ADMIN))).toMatch(/다시 읽어 교체했습니다/);
    expect(allText(await bot.ask('청년취업사관학교 버젯'))).toContain('20,255백만원');
  });

  it('refuses a synonym that renames a program, naming the entry, and keeps the corpus', async () => {
    const before = bot.services.knowledge.current;
    await addSynonym('예산', ['서울큐브']);
    const text = allText(await bot.ask('reload', ADMIN));
    expect(text).toMatch(/다시 읽기에 실패했습니다/);
    expect(text).toMatch(/파일: corpus\/lexicon\.json/);
    expect(text).toContain('variant "서울큐브"');
    expect(bot.services.knowledge.current).toBe(before);
  });

  it('runs concurrent reloads one after another, never interleaved', async () => {
    const order: string[] = [];
    const store = bot.services.knowledge;
    const outcomes = await Promise.all([store.reload(), store.reload(), store.reload()].map((p, i) => p.then((o) => (order.push(`done ${i}`), o))));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(outcomes.map((o) => o.waitedForOtherReload)).toEqual([false, true, true]);
    expect(order).toEqual(['done 0', 'done 1', 'done 2']);
  });

  it('answers two admins reloading at once, each with a full report', async () => {
    const [a, b] = await Promise.all([bot.ask('reload', ADMIN), bot.ask('reload', ADMIN)]);
    for (const reply of [a!, b!]) expect(allText(reply)).toMatch(/다시 읽어 교체했습니다/);
    expect([a, b].some((reply) => allText(reply!).includes('다른 다시 읽기가 끝난 뒤 실행했습니다'))).toBe(true);
  });

  it('refuses a corpus whose report lost more than half its content, naming it and the counts', async () => {
    const before = bot.services.knowledge.current;
    // A truncated save: the first 40% of the report.
    await writeFile(path.join(corpusDir, REPORT), pristine.report.slice(0, Math.floor(pristine.report.length * 0.4)));
    const reply = await bot.ask('reload', ADMIN);
    const text = allText(reply);
    expect(text).toMatch(/다시 읽기를 멈췄습니다: 보고서 내용이 절반 넘게 사라졌습니다\. 이전 코퍼스로 계속 답합니다/);
    const counts = new RegExp(`보고서 "주요 업무보고 \\(경제정책실, 2022-09\\)" \\(파일 ${REPORT.replace(/\./g, '\\.')}\\): 섹션 (\\d+) → (\\d+), 사실 (\\d+) → (\\d+)`).exec(text);
    expect(counts).not.toBeNull();
    const [sectionsBefore, sectionsAfter, factsBefore, factsAfter] = counts!.slice(1).map(Number) as [number, number, number, number];
    expect(sectionsBefore).toBe(before.sections.length);
    expect(factsBefore).toBe(before.budgets.length + before.milestones.length + before.locations.length + before.headcounts.length + before.duties.length);
    expect(sectionsAfter).toBeLessThan(sectionsBefore / 2);
    expect(factsAfter).toBeLessThan(factsBefore);
    expect(text).toContain('/econ reload force');
    expect(limitProblems(reply)).toEqual([]);
    expect(bot.services.knowledge.current).toBe(before);
    expect(bot.logs.some((l) => /^warn: corpus reload by UADMIN001 refused/.test(l))).toBe(true);
    // Programs from the lost part of the report are still answered.
    expect(allText(await bot.ask('서울큐브 언제 열어?'))).toMatch(/2026년 5월/);
  });

  it('swaps in the truncated corpus when the admin says `reload force`', async () => {
    await writeFile(path.join(corpusDir, REPORT), pristine.report.slice(0, Math.floor(pristine.report.length * 0.4)));
    const text = allText(await bot.ask('reload force', ADMIN));
    expect(text).toMatch(/다시 읽어 교체했습니다/);
    const forced = /⚠ 강제 반영: 보고서 "주요 업무보고 \(경제정책실, 2022-09\)".*섹션 (\d+) → (\d+)/.exec(text);
    expect(forced).not.toBeNull();
    expect(bot.services.knowledge.current.sections).toHaveLength(Number(forced![2]));
    expect(Number(forced![2])).toBeLessThan(Number(forced![1]) / 2);
  });

  it('accepts a report removed on purpose (file and manifest entry), but not one only dropped from the manifest', async () => {
    const extra = 'second-report.txt';
    const manifest = JSON.parse(pristine.manifest) as { documents: Array<Record<string, string>> };
    const second = { ...manifest.documents[0]!, id: 'second-report', title: '추가 보고', file: extra };
    try {
      await writeFile(path.join(corpusDir, extra), pristine.report.slice(0, Math.floor(pristine.report.length * 0.5)));
      await writeFile(path.join(corpusDir, 'manifest.json'), JSON.stringify({ documents: [...manifest.documents, second] }));
      // Every report's sections (the default view shows each program once, from its newest report).
      const allSections = () => [...bot.services.knowledge.current.library.parts.values()].reduce((n, p) => n + p.sections.length, 0);
      const sectionsBefore = allSections();
      expect(allText(await bot.ask('reload', ADMIN))).toMatch(/다시 읽어 교체했습니다/);
      const sectionsWithSecond = allSections();
      const secondSections = sectionsWithSecond - sectionsBefore;
      expect(secondSections).toBeGreaterThan(0);
      // Dropped from the manifest while the file is still there: most likely a mistake.
      await writeFile(path.join(corpusDir, 'manifest.json'), pristine.manifest);
      const refused = allText(await bot.ask('reload', ADMIN));
      expect(refused).toContain(`보고서 "추가 보고 (경제정책실, 2022-09)" (파일 second-report.txt): 섹션 ${secondSections} → 0, 사실`);
      expect(refused).toMatch(/사실 \d+ → 0\. manifest\.json에서 빠졌지만 파일은 남아 있습니다/);
      expect(allSections()).toBe(sectionsWithSecond);
      // File and entry both gone: removed on purpose.
      await unlink(path.join(corpusDir, extra));
      const removed = allText(await bot.ask('reload', ADMIN));
      expect(removed).toMatch(/다시 읽어 교체했습니다/);
      expect(removed).toContain(`섹션 ${sectionsWithSecond} → ${sectionsBefore}`);
    } finally {
      await rm(path.join(corpusDir, extra), { force: true });
    }
  });
});
