import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/readCorpus';
import { buildKnowledge } from '../../src/knowledge/loadKnowledge';
import { perturbedCorpus, perturbReport } from '../../src/reports/perturbReport';
import { CORPUS_DIR } from '../helpers';

const corpus = await readCorpus(CORPUS_DIR);
const real = corpus.documents[0]!;

describe('perturbReport', () => {
  it('makes an older copy: its own id and file, dates years back, amounts scaled', () => {
    const copy = perturbReport(real, 2, 0.9);
    expect(copy.meta).toMatchObject({ id: 'perturbed-2', file: 'perturbed-2.txt', reportDate: '2020-09', asOf: '2020-08-29', office: real.meta.office, title: real.meta.title });
    expect(copy.path.endsWith('perturbed-2.txt')).toBe(true);
    expect(copy.text).toContain("('20.8.29. 기준)");
    expect(copy.text).not.toContain("'22.8.29.");
    // 20,255백만원 × 0.9 = 18,229.5 → 18,230
    expect(copy.text).toContain('소요 예산 : 18,230백만원');
    expect(copy.text).not.toContain('20,255백만원');
  });

  it('leaves the report it copies unchanged', () => {
    const before = JSON.stringify(real);
    perturbReport(real, 1, 0.5);
    expect(JSON.stringify(real)).toBe(before);
  });

  it('wraps two-digit years below zero and keeps small amounts at four digits', () => {
    const doc = { ...real, text: "개관('01.3.) 1,000명 12,345,678원" };
    expect(perturbReport(doc, 3, 0.5).text).toBe("개관('98.3.) 1,000명 6,172,839원");
  });
});

describe('perturbedCorpus', () => {
  it('puts the real report first and keeps every program title, so each program is one program across the copies', () => {
    const documents = perturbedCorpus(real, 3);
    expect(documents.map((d) => d.meta.id)).toEqual([real.meta.id, 'perturbed-1', 'perturbed-2']);
    const kb = buildKnowledge({ ...corpus, documents });
    expect(kb.library.documents[0]!.id).toBe(real.meta.id);
    const titles = (id: string) => kb.library.parts.get(id)!.sections.filter((s) => s.kind === 'program').map((s) => s.title);
    expect(titles('perturbed-2')).toEqual(titles(real.meta.id));
    expect([...kb.library.programs.values()].every((copies) => copies.length === 3)).toBe(true);
    const budget = (id: string) => kb.library.parts.get(id)!.facts.budgets.find((b) => b.owner.includes('청년취업사관학교'))!;
    expect(budget('perturbed-1').source.sectionId).toBe(budget(real.meta.id).source.sectionId.replace(real.meta.id, 'perturbed-1'));
  });
});
