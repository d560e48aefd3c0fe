import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { answerQuestion } from '../answer/answerQuestion';
import { formatDatePoint } from '../dates/formatDatePoint';
import type { Knowledge } from '../knowledge/Knowledge';
import { reportAsOf } from '../knowledge/reportAsOf';
import type { Answer } from '../model/answer';
import { IntentName } from '../model/answer';

/** One line of `test/eval/*.jsonl`. */
export const EvalCase = z.object({
  q: z.string(),
  intent: IntentName,
  expect: z.array(z.string()).optional(),
  found: z.boolean().optional(),
  /** Texts that must not appear in the answer (a neighbouring program's name, HTML tags). */
  notExpect: z.array(z.string()).optional(),
  /** The question is truly ambiguous: a candidate list is the right answer. Otherwise a candidate list fails. */
  ambiguous: z.boolean().optional(),
  /** The day relative words (`다음 달`, `이번 주`) are read against, so a case never depends on when it runs. */
  asOf: z.iso.date().optional(),
  /** The report line holding the gold answer (documentation for whoever reads a failure). */
  line: z.number().int().positive().optional(),
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

/**
 * Whether an answer (spaces removed) gives a date as the end of an interval, where answers leave
 * out the year the start already gave: `2022년 9월 21일 (수) ~ 9월 23일 (금)` says 2022-09-23.
 */
export function endsInterval(text: string, expectation: string): boolean {
  const m = expectation.match(/^date:(\d{4})-(\d{2})(?:-(\d{2}))?$/);
  if (!m) return false;
  const [, y, month, day] = m;
  const end = `${Number(month)}월${day ? `${Number(day)}일` : ''}`;
  return new RegExp(`${y}년[^~]{0,30}~${end}(?!\\d)`).test(text);
}

/**
 * Answers a case and judges it: the right `found`, every expected text in the answer, no forbidden
 * text. The clock is the case's `asOf`, else the report's own as-of day, so no case depends on the
 * day it runs.
 */
export function judge(kb: Knowledge, c: EvalCase): EvalResult {
  const answer = answerQuestion(kb, c.q, { asOf: c.asOf ?? reportAsOf(kb) });
  const squash = (s: string) => s.replace(/\s+/g, '');
  const result = (pass: boolean, why: string): EvalResult => ({ case: c, answer, pass, why });
  if (c.found === false) return result(!answer.found, answer.found ? 'answered, but the report does not contain it' : '');
  if (c.ambiguous) return result(answer.candidates.length > 1, answer.candidates.length > 1 ? '' : 'expected a list of candidates');
  if (answer.candidates.length > 0) return result(false, 'asked which program (the question is not ambiguous)');
  if (!answer.found) return result(false, 'not found');
  const text = squash(answer.text);
  // An expectation copied from the report as it was scanned is read with the corpus's OCR
  // corrections, as answers are (`마른대로 38` is shown as 마른내로 38).
  const shown = (e: string) => [expectedText(e), kb.match.correct(expectedText(e))].map(squash);
  const missing = (c.expect ?? []).filter((e) => !shown(e).some((s) => text.includes(s)) && !endsInterval(text, e));
  const forbidden = (c.notExpect ?? []).filter((e) => text.includes(squash(e)));
  const why = [missing.length ? `missing ${missing.map(expectedText).join(', ')}` : '', forbidden.length ? `must not say ${forbidden.join(', ')}` : ''];
  return result(missing.length + forbidden.length === 0, why.filter(Boolean).join('; '));
}

/** How a set did: accuracy per intent and overall, refusals of answerable questions, invented answers. */
export interface EvalSummary {
  byIntent: Map<string, { pass: number; total: number }>;
  overall: number;
  /** Share of not-in-report questions refused (1 when there are none). */
  notFound: number;
  /** Share of answerable questions answered "not found" (a candidate list for a clear question counts too). */
  falseRefusals: number;
  /** Not-in-report questions that got an answer. */
  invented: number;
}

/** Accuracy per intent (by the case's labelled intent) and overall, plus refusals and inventions. */
export function summarize(results: EvalResult[]): EvalSummary {
  const byIntent = new Map<string, { pass: number; total: number }>();
  for (const r of results) {
    const key = r.case.found === false ? 'not-in-report' : r.case.intent;
    const row = byIntent.get(key) ?? { pass: 0, total: 0 };
    row.total++;
    if (r.pass) row.pass++;
    byIntent.set(key, row);
  }
  const nf = byIntent.get('not-in-report');
  const answerable = results.filter((r) => r.case.found !== false && !r.case.ambiguous);
  return {
    byIntent,
    overall: results.filter((r) => r.pass).length / Math.max(1, results.length),
    notFound: nf ? nf.pass / nf.total : 1,
    falseRefusals: answerable.filter((r) => !r.answer.found).length / Math.max(1, answerable.length),
    invented: nf ? nf.total - nf.pass : 0,
  };
}
