import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { endsInterval, expectedText, judge, readEvalCases, summarize } from '../../src/eval/runEval';
import { realKnowledge } from '../helpers';

const file = (name: string) => fileURLToPath(new URL(`./${name}.jsonl`, import.meta.url));

describe('answer-quality evaluation', () => {
  it('answers at least 90% of the dev questions and never invents a not-in-report answer', async () => {
    const kb = await realKnowledge();
    const cases = await readEvalCases(file('questions'));
    expect(cases.length).toBeGreaterThanOrEqual(120);
    const { overall, notFound } = summarize(cases.map((c) => judge(kb, c)));
    expect(overall).toBeGreaterThanOrEqual(0.9);
    expect(notFound).toBe(1);
  });

  it.each(['holdout', 'fresh'])('generalises to the %s questions without inventing answers', async (set) => {
    const kb = await realKnowledge();
    const { overall, notFound } = summarize((await readEvalCases(file(set))).map((c) => judge(kb, c)));
    expect(overall).toBeGreaterThanOrEqual(0.85);
    expect(notFound).toBe(1);
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
