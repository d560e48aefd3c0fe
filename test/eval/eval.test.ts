import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { endsInterval, expectedText, judge, readEvalCases, summarize } from '../../src/eval/runEval';
import { realKnowledge } from '../helpers';

const file = (name: string) => fileURLToPath(new URL(`./${name}.jsonl`, import.meta.url));
/** Every question set in this folder: dev sets and sets first written blind alike. */
const SETS = readdirSync(fileURLToPath(new URL('.', import.meta.url)))
  .filter((f) => f.endsWith('.jsonl'))
  .map((f) => f.replace(/\.jsonl$/, ''))
  .sort();

describe('answer-quality evaluation', () => {
  it('has the question sets', () => {
    expect(SETS).toEqual(expect.arrayContaining(['questions', 'holdout', 'fresh', 'blind2']));
  });

  it.each(SETS)('answers nine in ten of the %s questions and never invents a not-in-report answer', async (set) => {
    const kb = await realKnowledge();
    const cases = await readEvalCases(file(set));
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const { overall, notFound, invented } = summarize(cases.map((c) => judge(kb, c)));
    expect(invented).toBe(0);
    expect(notFound).toBe(1);
    expect(overall).toBeGreaterThanOrEqual(0.9);
  });

  it('refuses at most 3% of the answerable blind2 questions', async () => {
    const kb = await realKnowledge();
    const { falseRefusals } = summarize((await readEvalCases(file('blind2'))).map((c) => judge(kb, c)));
    expect(falseRefusals).toBeLessThanOrEqual(0.03);
  });

  it('reads an expectation copied from the scan through the OCR corrections, as answers are shown', async () => {
    const kb = await realKnowledge();
    // The report's scan writes 마른대로 38; corpus/corrections.json fixes it to 마른내로 in answers.
    expect(judge(kb, { q: '시네마테크 짓는 곳 주소', intent: 'location', expect: ['마른대로 38'] }).pass).toBe(true);
    expect(judge(kb, { q: '시네마테크 짓는 곳 주소', intent: 'location', expect: ['마른대로 39'] }).pass).toBe(false);
  });

  it('writes expected dates the way answers do', () => {
    expect(expectedText('date:2022-11')).toBe('2022년 11월');
    expect(expectedText('date:2022-09-30')).toBe('2022년 9월 30일');
    expect(expectedText('date:2022-H2')).toBe('2022년 하반기');
    expect(expectedText('20,255백만원')).toBe('20,255백만원');
  });

  it('reads the end of an interval, written without the year its start gives', () => {
    expect(endsInterval('2022년9월21일(수)~9월23일(금)', 'date:2022-09-23')).toBe(true);
    expect(endsInterval('2022년8월~9월', 'date:2022-09')).toBe(true);
    expect(endsInterval('2022년9월21일(수)~9월23일(금)', 'date:2022-09-2')).toBe(false);
    expect(endsInterval('2021년9월21일~9월23일', 'date:2022-09-23')).toBe(false);
    expect(endsInterval('2022년9월21일~9월2일', 'date:2022-09')).toBe(false);
  });
});
