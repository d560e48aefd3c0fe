import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/readCorpus';
import { judge, readEvalCases, summarize } from '../../src/eval/runEval';
import { buildKnowledge } from '../../src/knowledge/loadKnowledge';
import { perturbedCorpus } from '../../src/reports/perturbReport';
import { CORPUS_DIR } from '../helpers';

const file = (name: string) => new URL(`./${name}.jsonl`, import.meta.url).pathname;

// The bar: with ten reports loaded (the real one newest, nine older copies of it with other
// years and amounts), the dev, holdout and fresh sets score within 2 points of one report.
describe('answer quality with ten reports loaded', () => {
  it('keeps the questions, holdout and fresh scores within 2 points of the one-report scores', async () => {
    const corpus = await readCorpus(CORPUS_DIR);
    const real = corpus.documents.find((d) => d.meta.id === 'seoul-econ-2022-09')!;
    const one = buildKnowledge(corpus);
    const ten = buildKnowledge({ ...corpus, documents: perturbedCorpus(real, 10) });
    expect(ten.library.documents).toHaveLength(10);
    for (const set of ['questions', 'holdout', 'fresh']) {
      const cases = await readEvalCases(file(set));
      const alone = summarize(cases.map((c) => judge(one, c))).overall;
      const many = summarize(cases.map((c) => judge(ten, c))).overall;
      expect(Math.abs(alone - many), `${set}: ${alone} alone, ${many} with ten reports`).toBeLessThanOrEqual(0.02);
    }
  }, 60_000);
});
