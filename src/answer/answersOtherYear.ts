import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { reportYearOf } from '../reports/reportOf';
import { relativeYear } from './relativeYear';
import { writtenYears } from '../text/grammar';
import type { Question } from './Question';
import { statedYears } from '../dates/statedYears';

/** Intents answering with a table's figures, of the day the table states. */
const OWN_DAY = new Set(['table', 'headcount', 'aggregate']);

/** Intents answering with figures that change from year to year. */
const YEARLY = new Set([...OWN_DAY, 'budget']);

/** Intents whose answers are dates a year asked must hold. */
const DATED = new Set(['overview', 'schedule']);

/**
 * Whether an answer of dates is of another year than the one asked (`내년 서울뷰티위크는 언제 해요?`
 * answered with the 2022 festival's dates): a year counted from the answer's report (`내년`, `작년`)
 * that is not one of the years the answer's headline dates are in. An answer without a year in its
 * headline, or a question counting none, never is (a year written is read where the facts are matched).
 *
 * @example
 * answersOtherYear(kb, question, answer); // true for '내년 서울뷰티위크는 언제 해요?' answered '2022년 9월 30일 …'
 */
export function answersOtherYear(kb: Knowledge, question: Question, answer: Answer): boolean {
  if (!answer.found) return false;
  const docId = answer.citations[0]?.docId;
  const reportYear = docId ? reportYearOf(kb, docId) : null;
  // `'21년 기준 일자리정책과 정원`: the office's figures (its tables) are of their own day; another year written is never theirs.
  const written = reportYear === null ? [] : statedYears(question.text).filter((y) => y !== reportYear);
  if (written.length > 0 && OWN_DAY.has(answer.intent) && !statedYears(answer.text).some((y) => written.includes(y))) return true;
  const offset = relativeYear(kb, question.text);
  // Only a year counted from the report: a year written may be part of a name (`'23년 캠퍼스타운 신규대학 공모`).
  const year = offset !== null && reportYear !== null ? reportYear + offset : null;
  if (year === null) return false;
  if (DATED.has(answer.intent)) {
    const years = writtenYears(answer.headline);
    return years.length > 0 && !years.includes(year);
  }
  // `뷰티패션산업과 작년 예산현액`: a figure of another year than the report's says so on its lines (`'21년 실적`);
  // a place or an area is no figure of a year (`내년에 완공되는 AI지원센터 위치`).
  return offset !== 0 && YEARLY.has(answer.intent) && !statedYears(answer.text).includes(year);
}
