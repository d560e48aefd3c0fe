import { describe, expect, it } from 'vitest';
import { compactText } from '../../src/answer/compactText';
import { inPeriod } from '../../src/answer/inPeriod';
import { analyzeQuestion } from '../../src/answer/analyzeQuestion';
import type { Question } from '../../src/answer/Question';
import { withoutWords } from '../../src/answer/withoutWords';
import { intervalSpan } from '../../src/dates/intervalSpan';
import { isTotalLabel } from '../../src/facts/isTotalLabel';
import { reportAsOf } from '../../src/knowledge/reportAsOf';
import { realKnowledge } from '../helpers';

describe('withoutWords', () => {
  it('takes the words and their short forms out of the topic, and nothing else', async () => {
    const kb = await realKnowledge();
    const question = (text: string): Question => ({ ...analyzeQuestion(kb, text), asOf: '2022-08-29' });
    const who = withoutWords(kb, question('청년취업사관학교 대상자'), ['대상']);
    expect(who.topic).toBe('청년취업사관학교');
    expect(who.topics[0]!.required).toEqual(['청년취업사관학교']);
    expect(withoutWords(kb, question('캠퍼스타운 사업근거 조례명'), ['조례', '사업근거']).topic).toBe('캠퍼스타운');
    expect(withoutWords(kb, question('청년취업사관학교 대상자'), ['청년']).topic).toBe(question('청년취업사관학교 대상자').topic);
  });
});

describe('compactText', () => {
  it('drops spaces, case and name quotes', () => {
    expect(compactText('「ON서울 마켓」 지원기업 수')).toBe('on서울마켓지원기업수');
  });
});

describe('intervalSpan and inPeriod', () => {
  const month = (date: string) => ({ date, precision: 'month' as const });
  it('covers the written months, an open end only its known month', () => {
    expect(intervalSpan({ start: month('2022-09-01'), end: month('2022-12-01') })).toEqual({ from: '2022-09-01', to: '2022-12-31' });
    expect(intervalSpan({ start: null, end: month('2022-12-01') })).toEqual({ from: '2022-12-01', to: '2022-12-31' });
  });

  it('finds a milestone in a period it overlaps, or ends or begins in', async () => {
    const kb = await realKnowledge();
    // `- 참여기업 배치 및 인턴십 운영 : '22.9~12.` (line 334)
    const internship = kb.milestones.find((m) => m.label === '참여기업 배치 및 인턴십 운영')!;
    const november = { from: '2022-11-01', to: '2022-11-30' };
    expect(inPeriod(internship, november)).toBe(true);
    expect(inPeriod(internship, november, 'end')).toBe(false);
    expect(inPeriod(internship, { from: '2022-12-01', to: '2022-12-31' }, 'end')).toBe(true);
    expect(inPeriod(internship, { from: '2023-01-01', to: '2023-01-31' })).toBe(false);
  });
});

describe('reportAsOf, isTotalLabel', () => {
  it('takes the report’s as-of day from the manifest', async () => {
    expect(reportAsOf(await realKnowledge())).toBe('2022-08-29');
  });

  it('knows total rows however they are spaced', () => {
    const totals = ['계', '합계', '총계', '소계'];
    expect(['계', '합 계', '총계', '소계'].every((label) => isTotalLabel(label, totals))).toBe(true);
    expect(isTotalLabel('계약', totals)).toBe(false);
  });
});
