import type { Knowledge } from '../knowledge/Knowledge';
import type { Question } from './Question';

/** Longest question we read; the rest is ignored (Slack allows far more, nobody asks that much). */
export const MAX_QUESTION_LENGTH = 300;

/**
 * Words that say what kind of answer is wanted, not what it is about; removed to get the topic.
 * Longest first so `예산현액` goes before `예산`.
 */
const INTENT_WORDS = [
  '알려주세요', '알려줘요', '알려줘', '알고싶어', '궁금해', '궁금합니다', '알수있을까요', '알 수 있을까요', '말해줘', '보여줘',
  '어디에 있어', '어디있어', '어디야', '어디에', '어디서', '어디', '언제야', '언제쯤', '언제', '얼마야', '얼마지', '얼마나', '얼마', '몇 명', '몇명',
  '몇 군데', '몇군데', '몇 개', '몇개', '몇 곳', '몇곳', '무엇', '뭐야', '뭐지', '뭐', '무슨', '어느', '어떤', '누가',
  '예산현액', '원인행위액', '집행률', '지출액', '소요예산', '사업예산', '총사업비', '예산', '사업비', '금액', '비용',
  '일정', '기간', '날짜', '시기', '위치', '주소', '장소', '정원', '현원', '인원', '담당', '부서', '업무',
  '인가요', '인가', '이에요', '예요', '입니까', '이야', '이지', '나요', '까요', '해요', '하나요', '했어', '해', '야', '요', '?', '？',
];

/**
 * Cleans a question for matching: NFKC, OCR corrections (so `금용투자과` finds 금융투자과), short
 * names expanded to the program they stand for, and the topic stripped of question words.
 *
 * @example
 * analyzeQuestion(kb, '캠타 예산 얼마야?', fix).topic; // '캠퍼스타운' (alias expanded)
 */
export function analyzeQuestion(kb: Knowledge, input: string, correct: (text: string) => string): Question {
  const original = input.normalize('NFC').trim().slice(0, MAX_QUESTION_LENGTH);
  let text = correct(original.normalize('NFKC').replace(/[\u200B-\u200D\uFEFF]/g, '').replace(/\s+/g, ' '));
  text = expandAliases(kb, text);
  const compact = text.replace(/\s+/g, '');
  const department = findDepartment(kb, compact);
  let topic = ` ${text} `;
  for (const word of INTENT_WORDS) topic = topic.split(word).join(' ');
  topic = topic.replace(/[?？!.,~]/g, ' ').replace(/\s+/g, ' ').trim();
  return { original, text, topic, department };
}

function expandAliases(kb: Knowledge, text: string): string {
  const compact = text.replace(/\s+/g, '').toLowerCase();
  const additions: string[] = [];
  for (const { target, aliases } of kb.aliases.aliases) {
    const targetCompact = target.replace(/\s+/g, '').toLowerCase();
    if (compact.includes(targetCompact)) continue;
    if (aliases.some((a) => compact.includes(a.replace(/\s+/g, '').toLowerCase()))) additions.push(target);
  }
  return additions.length ? `${text} ${additions.join(' ')}` : text;
}

/** A department named in full (`금융투자과`) or by its stem (`금융투자`, `뷰티패션`), not `경제정책실`. */
function findDepartment(kb: Knowledge, compact: string): string | null {
  const lower = compact.toLowerCase();
  const names = kb.headcounts.map((h) => h.department).filter((d) => d !== '경제정책실');
  const named = (stem: string) => stem.length >= 3 && new RegExp(`${stem.toLowerCase()}(?!실)`).test(lower);
  const full = names.find((d) => named(d));
  if (full) return full;
  const byStem = names.filter((d) => named(d.replace(/과$/, '')) || named(d.replace(/산업과$/, '')));
  return byStem.length === 1 ? byStem[0]! : null;
}
