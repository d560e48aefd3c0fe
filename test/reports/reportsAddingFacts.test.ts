import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { readCorpus } from '../../src/corpus/readCorpus';
import { buildKnowledge, loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { perturbedCorpus } from '../../src/reports/perturbReport';
import { CORPUS_DIR } from '../helpers';
import { multiCorpus } from '../helpers/multiCorpus';

let dir = '';
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('reports worth reading when the newest leaves a fact out (Library.addingFacts)', () => {
  it('holds the 2021 fixture, whose budget of 창업기업 해외진출 the newer reports drop, and it answers from it', async () => {
    dir = await multiCorpus();
    const kb = await loadKnowledge(dir);
    expect([...kb.library.addingFacts]).toContain('seoul-econ-2021-09');
    expect(answerQuestion(kb, '창업기업 해외진출 예산', { asOf: '2023-03-10' }).text).toContain('2,340백만원');
  });

  it('holds none of yearly copies that give every program the same kinds of facts, which then answer as one report does', async () => {
    const read = await readCorpus(CORPUS_DIR);
    const kb = buildKnowledge({ ...read, documents: perturbedCorpus(read.documents[0]!, 3) });
    expect(kb.library.documents).toHaveLength(3);
    expect(kb.library.addingFacts.size).toBe(0);
    expect(answerQuestion(kb, '청년취업사관학교 주차장 요금', { asOf: '2022-09-15' }).found).toBe(false);
  });
});
