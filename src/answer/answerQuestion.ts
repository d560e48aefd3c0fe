import { FACT_INTENTS, INTENTS, search } from '../../intents';
import { searchPassage } from '../../intents/search';
import { findAmounts } from '../money/findAmounts';
import { containsAll, matchTerms } from './matchScore';
import { topicsOf } from './rankFacts';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { makeCorrector } from '../text/makeCorrector';
import { analyzeQuestion } from './analyzeQuestion';
import { notFound } from './compose';

/** What a passage line must contain to answer a fact question the fact tables could not. */
const CARRIES: Record<string, (line: string) => boolean> = {
  budget: (line) => findAmounts(line).length > 0,
  schedule: (line) => /'\d{2}|\d{4}년|\d{1,2}월/.test(line),
  location: (line) => /[가-힣]+(?:구|동|로|길)\s*\d|㎡/.test(line),
};

const correctors = new WeakMap<Knowledge, (text: string) => string>();

/**
 * Answers one question from the report: picks the intents the question's words ask for, answers
 * from the fact tables first, falls back to the best passage, and says plainly when the report
 * does not contain the answer. Pure: the same knowledge and question give the same answer.
 *
 * @example
 * const answer = answerQuestion(kb, '청년취업사관학교 예산 얼마야');
 * answer.text; // '청년취업사관학교 조성·운영의 소요예산: 20,255백만원 (약 202.6억원)\n출처: IV-1-① …'
 */
export function answerQuestion(kb: Knowledge, input: string): Answer {
  let correct = correctors.get(kb);
  if (!correct) {
    correct = makeCorrector(kb.corrections);
    correctors.set(kb, correct);
  }
  const question = analyzeQuestion(kb, input, correct);
  if (!/[\p{L}\p{N}]/u.test(question.topic + question.text)) {
    return { ...notFound(kb, question, 'search', '질문이 비어 있습니다'), text: '질문을 입력해 주세요. 예: 청년취업사관학교 개관 언제야?' };
  }
  const detected = INTENTS.filter((intent) => intent.detect(question));
  for (const intent of detected) {
    const answer = intent.answer(kb, question);
    if (answer) return answer;
  }
  const factIntent = detected.find((intent) => FACT_INTENTS.has(intent.name));
  if (!factIntent) return search.answer(kb, question) ?? notFound(kb, question, 'search');
  // A passage still answers if it carries the kind of fact asked for (an amount for a budget question).
  // and names the event asked about (`마곡 R&D센터 완공` needs 완공 on the line).
  const named = topicsOf(kb, question).map((t) => t.required);
  const event = question.text.match(/완공|준공|착공|개관/)?.[0];
  const carries = CARRIES[factIntent.name] ?? (() => false);
  // The section must contain every named word (searchPassage checks); the line at least half of them.
  const passage = searchPassage(kb, question, (line) => {
    const terms = matchTerms(line);
    if (!carries(line) || (event && !line.includes(event))) return false;
    return named.some((words) => 2 * words.filter((w) => containsAll([w], terms)).length >= words.length);
  });
  return passage ? { ...passage, intent: factIntent.name } : notFound(kb, question, factIntent.name, `${question.topic || '이 질문'}에 대한 내용이 없습니다`);
}

