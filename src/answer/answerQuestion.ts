import { FACT_INTENTS, INTENTS, search } from '../../intents';
import { searchPassage } from '../../intents/search';
import { findAmounts } from '../money/findAmounts';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer, IntentName } from '../model/answer';
import type { Question } from './Question';
import { makeCorrector } from '../text/makeCorrector';
import { analyzeQuestion } from './analyzeQuestion';
import { notFound } from './compose';
import { type AnswerOptions, resolveAsOf } from './resolveAsOf';

/** What a passage line must contain to answer a fact question the fact tables could not. */
const CARRIES: Partial<Record<IntentName, (line: string) => boolean>> = {
  budget: (line) => findAmounts(line).length > 0,
  // A date, not `'22년 예산`: `'22.9.`, `9월`, `('24)`, `2022. 3.`.
  schedule: (line) => /'\d{2}\s*\.\s*\d{1,2}|\d{1,2}\s*월|'\d{2}\s*[)~]|\d{4}\s*\.\s*\d{1,2}/.test(line),
  location: (line) => /[가-힣]+(?:구|동|로|길)\s*\d|㎡/.test(line),
};

/** Words that make a question about money or a place, not just any quantity or name. */
const EXPLICIT_WORDS: Partial<Record<IntentName, RegExp>> = {
  budget: /예산|사업비|금액|비용|돈|규모|조성|펀드|억|만\s*원|집행|지출/,
  location: /위치|주소|장소|면적|규모|소재|층|어디에\s*있|어디\s*있|가는\s*길/,
};

const correctors = new WeakMap<Knowledge, (text: string) => string>();

/**
 * Answers one question from the report: picks the intents the question's words ask for, answers
 * from the fact tables first, falls back to the best passage, and says plainly when the report
 * does not contain the answer. Pure: the same knowledge, question and clock give the same answer.
 * The clock (`options.asOf`, default now) is the caller's "today": `다음 달` and done/planned are
 * read against it, never against the report's own date.
 *
 * @example
 * const answer = answerQuestion(kb, '청년취업사관학교 예산 얼마야', { asOf: '2022-10-01' });
 * answer.text; // '청년취업사관학교 조성·운영의 소요예산: 20,255백만원 (약 202.6억원)\n출처: IV-1-① …'
 */
export function answerQuestion(kb: Knowledge, input: string, options: AnswerOptions = {}): Answer {
  const question: Question = { ...analyzeQuestion(kb, input, correctorOf(kb)), asOf: resolveAsOf(options) };
  if (!/[\p{L}\p{N}]/u.test(question.text)) return emptyQuestion(kb, question);
  const detected = INTENTS.filter((intent) => intent.detect(question));
  for (const intent of detected) {
    const answer = intent.answer(kb, question);
    if (answer) return answer;
  }
  const factIntent = detected.find((intent) => FACT_INTENTS.has(intent.name));
  if (!factIntent) return search.answer(kb, question) ?? notFound(kb, question, 'search');
  // `취업률 얼마야` asks for some quantity, `선정된 대학 어디야` for a name: a bare 얼마 or 어디
  // without a money or place word may be answered by any passage.
  const explicit = EXPLICIT_WORDS[factIntent.name];
  if (explicit && !explicit.test(question.text)) {
    const passage = search.answer(kb, question);
    if (passage) return passage;
  }
  return factPassage(kb, question, factIntent.name) ?? notFound(kb, question, factIntent.name, `${question.topic || '이 질문'}에 대한 내용이 없습니다`);
}

/**
 * When the fact tables have nothing, a passage still answers a fact question if a line carries
 * the kind of fact asked for (an amount for a budget question), names the event asked about
 * (`마곡 R&D센터 완공` needs 완공 on the line) and, read with its section's titles, every word
 * the question names.
 */
function factPassage(kb: Knowledge, question: Question, intent: IntentName): Answer | null {
  const event = question.text.match(/완공|준공|착공|개관|개소/)?.[0];
  const carries = CARRIES[intent] ?? (() => false);
  const passage = searchPassage(kb, question, (line) => carries(line) && (!event || line.includes(event)), { allNamedOnLine: true });
  return passage && { ...passage, intent };
}

function emptyQuestion(kb: Knowledge, question: Question): Answer {
  const answer = notFound(kb, question, 'search', '질문이 비어 있습니다');
  const headline = '질문을 입력해 주세요. 예: 청년취업사관학교 개관 언제야?';
  return { ...answer, headline, text: headline };
}

function correctorOf(kb: Knowledge): (text: string) => string {
  let correct = correctors.get(kb);
  if (!correct) {
    correct = makeCorrector(kb.corrections);
    correctors.set(kb, correct);
  }
  return correct;
}
