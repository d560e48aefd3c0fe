import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { answerQuestion } from '../answer/answerQuestion';
import { formatDatePoint } from '../dates/formatDatePoint';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { IntentName } from '../model/answer';

/** One line of `test/eval/*.jsonl`. */
export const EvalCase = z.object({
  q: z.string(),
  intent: IntentName,
  expect: z.array(z.string()).optional(),
  found: z.boolean().optional(),
});
export type EvalCase = z.infer<typeof EvalCase>;

/** A case's outcome. */
export interface EvalResult {
  case: EvalCase;
  answer: Answer;
  pass: boolean;
  why: string;
}

/** Reads a JSONL eval file, validating every line. */
export async function readEvalCases(path: string): Promise<EvalCase[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const parsed = EvalCase.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/**
 * What an expectation looks like in an answer: `date:2022-11` → `2022년 11월` (the way answers
 * write dates), `date:2022-H2` → `2022년 하반기`; anything else literally. Spaces never matter.
 */
export function expectedText(expectation: string): string {
  const m = expectation.match(/^date:(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-H([12])|-Q([1-4]))?$/);
  if (!m) return expectation;
  const [, y, month, day, half, quarter] = m;
  if (half) return `${y}년 ${half === '1' ? '상' : '하'}반기`;
  if (quarter) return `${y}년 ${quarter}분기`;
  if (day) return formatDatePoint({ date: `${y}-${month}-${day}`, precision: 'day' }).replace(/\s*\(.\)$/, '');
  if (month) return formatDatePoint({ date: `${y}-${month}-01`, precision: 'month' });
  return `${y}년`;
}

/** Answers a case and judges it: the right `found`, and every expected text in the answer. */
export function judge(kb: Knowledge, c: EvalCase): EvalResult {
  const answer = answerQuestion(kb, c.q);
  const squash = (s: string) => s.replace(/\s+/g, '');
  if (c.found === false) {
    return { case: c, answer, pass: !answer.found, why: answer.found ? 'answered, but the report does not contain it' : '' };
  }
  if (!answer.found) return { case: c, answer, pass: false, why: 'not found' };
  const missing = (c.expect ?? []).filter((e) => !squash(answer.text).includes(squash(expectedText(e))));
  return { case: c, answer, pass: missing.length === 0, why: missing.length ? `missing ${missing.map(expectedText).join(', ')}` : '' };
}

/** Accuracy per intent (by the case's labelled intent) and overall, plus the not-found cases. */
export function summarize(results: EvalResult[]): { byIntent: Map<string, { pass: number; total: number }>; overall: number; notFound: number } {
  const byIntent = new Map<string, { pass: number; total: number }>();
  for (const r of results) {
    const key = r.case.found === false ? 'not-in-report' : r.case.intent;
    const row = byIntent.get(key) ?? { pass: 0, total: 0 };
    row.total++;
    if (r.pass) row.pass++;
    byIntent.set(key, row);
  }
  const nf = byIntent.get('not-in-report');
  return {
    byIntent,
    overall: results.filter((r) => r.pass).length / Math.max(1, results.length),
    notFound: nf ? nf.pass / nf.total : 1,
  };
}
