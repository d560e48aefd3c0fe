import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judge, readEvalCases, summarize } from '../../src/eval/runEval';
import type { Knowledge } from '../../src/knowledge/Knowledge';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { multiCorpus } from '../helpers/multiCorpus';

// Question sets about the real report plus the hand-written ones in test/fixtures/reports, each
// written blind from the reports alone. blind6–9 were first scored at 62.2%, 78.5%, 68.6% and
// 87.1%, then tuned on by failure class (dev sets); blind10 was never tuned on (see the README).
const file = (name: string) => fileURLToPath(new URL(`./${name}.jsonl`, import.meta.url));
let dir: string;
let kb: Knowledge;

beforeAll(async () => {
  dir = await multiCorpus();
  kb = await loadKnowledge(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('answer quality with several reports', () => {
  it.each([
    ['blind6-multi', 0.82],
    ['blind7-multi', 0.85],
    ['blind8-multi', 0.82],
    ['blind9-multi', 0.9],
    // Held out: written after every change and scored once (88.6%); never tuned on.
    ['blind10-multi', 0.85],
  ])('%s: refuses every question no report answers, never invents one, and answers at least its floor', async (set, floor) => {
    const cases = await readEvalCases(file(set));
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const { overall, notFound, invented } = summarize(cases.map((c) => judge(kb, c)));
    expect(invented).toBe(0);
    expect(notFound).toBe(1);
    expect(overall).toBeGreaterThanOrEqual(floor);
  });
});
