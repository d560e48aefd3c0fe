import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { CORPUS_DIR, realKnowledge, reportLines } from '../helpers';

describe('parseSections on the real report', () => {
  it('finds the five chapters of IV. 주요 업무보고 and not their table of contents', async () => {
    const kb = await realKnowledge();
    const chapters = kb.sections.filter((s) => s.kind === 'chapter');
    expect(chapters.map((c) => c.label)).toEqual(['IV-1', 'IV-2', 'IV-3', 'IV-4', 'IV-5']);
    expect(chapters[3]!.title).toBe('K-콘텐츠 지속성장을 위한 기반 강화');
  });

  it('numbers programs as each chapter lists them', async () => {
    const kb = await realKnowledge();
    for (const chapter of kb.sections.filter((s) => s.kind === 'chapter')) {
      // The chapter's own text is its list of programs (①, ② …): one program section per entry.
      const listed = chapter.normText.split('\n').filter((l) => /^(?:-\s*)?[①-⑳]/.test(l.trim())).length;
      const programs = kb.sections.filter((s) => s.kind === 'program' && s.parentId === chapter.id);
      expect(programs.length, chapter.title).toBe(listed);
    }
  });

  it('starts each program at its heading line in the report', async () => {
    const kb = await realKnowledge();
    const program = kb.sections.find((s) => s.label === 'IV-1-①')!;
    expect(program.title).toBe('청년취업사관학교 조성·운영 추진현황 및 향후계획');
    expect(reportLines[program.firstLine - 1]!.trim()).toBe('1');
    const overview = kb.sections.find((s) => s.parentId === program.id && s.title === '사업개요')!;
    expect(reportLines[overview.firstLine - 1]).toContain('□ 사업개요');
  });

  it('tells items with their own 사업개요 from topics inside a subsection', async () => {
    const kb = await realKnowledge();
    const rnd = kb.sections.filter((s) => s.kind === 'item' && s.label.startsWith('IV-2-④'));
    expect(rnd.map((s) => s.title)).toEqual([
      '중소·벤처·창업기업 기술경쟁력 강화를 위한 R&D 지원',
      '테스트베드 실증기회 확대를 통한 기업 기술경쟁력 강화',
      '혁신기술 발굴을 위한 개방형 R&D 서울혁신챌린지 추진',
    ]);
    const campusTopics = kb.sections.filter((s) => s.kind === 'topic' && s.label === 'IV-2-③');
    expect(campusTopics).toHaveLength(4);
  });

  it('gives the same ids when the corpus is loaded again', async () => {
    const [a, b] = await Promise.all([realKnowledge(), loadKnowledge(CORPUS_DIR)]);
    expect(b.sections.map((s) => s.id)).toEqual(a.sections.map((s) => s.id));
    expect(new Set(a.sections.map((s) => s.id)).size).toBe(a.sections.length);
  });

  it('keeps raw text for display and corrected text for matching', async () => {
    const kb = await realKnowledge();
    const budget = kb.sections.find((s) => s.title === '예산' && s.label === 'I')!;
    expect(budget.text).toContain('금 용 투 자 과');
    expect(budget.normText).toContain('금융투자과');
  });
});
