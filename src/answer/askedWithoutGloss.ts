import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { analyzeQuestion } from './analyzeQuestion';
import { compactText } from './compactText';
import { narrowsWhere } from './narrowsWhere';

/** A bracket's content: what a question glosses a word with (`근무조건(시급, 월 최대 급여)`). */
const GLOSS = /\(([^()]{2,40})\)/;

/**
 * A question refused with a bracket glossing one of its words (`뉴딜일자리 근무조건(시급, 월 최대
 * 급여)은?`), asked without the bracket: its answer stands when it shows some of what the bracket
 * names (`시간당 10,770원`), so a bracket that narrows the question (`예산(부산 캠퍼스)`) still refuses.
 *
 * @example
 * askedWithoutGloss(kb, '뉴딜일자리 근무조건(시급, 월 최대 급여)은?', ask)?.found; // true
 */
export function askedWithoutGloss(kb: Knowledge, input: string, ask: (question: string) => Answer): Answer | null {
  const gloss = GLOSS.exec(input);
  if (!gloss) return null;
  const named = analyzeQuestion(kb, gloss[1]!).topics.flatMap((t) => t.required);
  // A place, a city, a year or a figure in the bracket narrows the question (`예산(부산 캠퍼스)`, `(2021년)`).
  if (named.length === 0 || /\d/.test(gloss[1]!) || named.some((word) => narrowsWhere(kb, word))) return null;
  const answer = ask(input.replace(gloss[0], ' ').replace(/\s+/g, ' ').trim());
  const shown = compactText(answer.text).toLowerCase();
  return answer.found && named.some((word) => shown.includes(compactText(word).toLowerCase())) ? answer : null;
}
