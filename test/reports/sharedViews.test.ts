import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { readCorpus } from '../../src/corpus/readCorpus';
import { buildKnowledge } from '../../src/knowledge/loadKnowledge';
import { perturbedCorpus } from '../../src/reports/perturbReport';
import { CORPUS_DIR } from '../helpers';

const corpus = await readCorpus(CORPUS_DIR);
const real = corpus.documents[0]!;
const kb = buildKnowledge({ ...corpus, documents: perturbedCorpus(real, 3) });
const view = (id: string) => kb.library.byDoc.get(id)!;
const sectionOf = (id: string, title: string) => view(id).sections.find((s) => s.title === title && s.path.join('/').includes('청년취업사관학교'))!;

describe('report views built together', () => {
  it('share what the same text derives: a section unchanged across reports is matched once', () => {
    const unchanged = view(real.meta.id).sections.find((s) => {
      const other = view('perturbed-1').sectionById.get(s.id.replace(real.meta.id, 'perturbed-1'));
      return other && other.normText === s.normText && s.normText.length > 200;
    })!;
    const otherId = unchanged.id.replace(real.meta.id, 'perturbed-1');
    expect(view('perturbed-1').match.sections.get(otherId)).toBe(view(real.meta.id).match.sections.get(unchanged.id));
  });

  it('keep what differs apart: each report answers with its own figures', () => {
    const [newest, older] = [sectionOf(real.meta.id, '사업개요'), sectionOf('perturbed-1', '사업개요')];
    expect(older.normText).not.toBe(newest.normText);
    expect(view('perturbed-1').match.sections.get(older.id)).not.toBe(view(real.meta.id).match.sections.get(newest.id));
    expect(answerQuestion(view(real.meta.id), '청년취업사관학교 예산').text).toContain('20,255백만원');
    // 20,255 × 0.97 = 19,647.35
    expect(answerQuestion(view('perturbed-1'), '청년취업사관학교 예산').text).toContain('19,647백만원');
    expect(answerQuestion(kb, '청년취업사관학교 예산').text).toContain('20,255백만원');
  });
});
