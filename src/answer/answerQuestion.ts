import { FACT_INTENTS, INTENTS } from '../../intents';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { makeCorrector } from '../text/makeCorrector';
import { analyzeQuestion } from './analyzeQuestion';
import { notFound } from './compose';

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
  if (factIntent) return notFound(kb, question, factIntent.name, `${question.topic || '이 질문'}에 대한 내용이 없습니다`);
  return notFound(kb, question, 'search');
}

