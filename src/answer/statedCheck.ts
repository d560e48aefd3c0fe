import type { Lexicon } from '../lexicon/Lexicon';
import type { Answer } from '../model/answer';
import { heardValue, statedValue, valueKind, type StatedValue } from '../text/grammar';
import { compactText } from './compactText';
import { MESSAGES } from './messages';
import { withLine } from './withReading';

/** The intents whose answers a heard value of each kind is judged by. */
const KIND_INTENTS: Readonly<Record<'money' | 'date' | 'count', readonly string[]>> = {
  money: ['budget', 'compare', 'table', 'aggregate', 'search'],
  date: ['schedule', 'calendar', 'overview', 'search'],
  count: ['headcount', 'table', 'aggregate', 'overview', 'search'],
};

/** Most words after the check word (`맞는 금액` `입니까`): a check closes the question. */
const MAX_AFTER_CHECK = 1;

/**
 * The value a question states to have it checked (`소요예산이 4,000백만원으로 되어 있는데 맞습니까?`),
 * or heard before it (`… 한 60억쯤 된다던데 정확한 숫자가 뭐예요?`, see `heardValue`), and the question
 * without it; null when the question states no value.
 *
 * @example
 * statedValueOf(kb.lexicon, '안심일자리 참여인원이 6,434명으로 되어 있는데 맞습니까?')?.value; // '6,434명'
 */
export function statedValueOf(lexicon: Lexicon, question: string): StatedValue | null {
  const check = lexicon.checks.find(question);
  // `… 한 60억쯤 된다던데 정확한 숫자가 뭐예요?`: a figure heard, then the question (a check word after it goes with the claim).
  const heard = (check ? checkedValue(lexicon, question, check) : null) ?? heardValue(question);
  return heard && check ? { ...heard, text: heard.text.replace(check, ' ').replace(/\s+/g, ' ').trim() } : heard;
}

/** The value stated before the check word `check` that closes the question. */
function checkedValue(lexicon: Lexicon, question: string, check: string): StatedValue | null {
  const at = question.lastIndexOf(check);
  if (question.slice(at + check.length).trim().split(/\s+/).filter(Boolean).length > MAX_AFTER_CHECK) return null;
  // The check word goes with the value: what is left asks for the report's own (`개관이 … 언제`).
  return statedValue(question, at, (word) => lexicon.topicStopWords.has(word));
}

/**
 * The answer to a question that checked a value, with a line saying whether the report's figure is
 * the one stated (`말씀하신 “6,434명”은 보고서와 다릅니다`): each number stated must be in the answer
 * (a year's last two digits will do: `'24년` is 2024년), or, with no number, the words themselves.
 *
 * @example
 * withStatedCheck({ value: '6,434명', text: '안심일자리 참여인원이' }, answer).text;
 * // '참여인원 : 6,344명 …\n(말씀하신 “6,434명”은 보고서와 다릅니다)\n출처: …'
 */
export function withStatedCheck(stated: StatedValue, answer: Answer): Answer {
  if (!answer.found) return answer;
  // `… 60억이라던데 담당 부서 어디예요?`: a figure heard is judged only by an answer of its kind.
  const kind = valueKind(stated.value);
  if (stated.heard && (!kind || !KIND_INTENTS[kind].includes(answer.intent))) return answer;
  return withLine(answer, MESSAGES.statedCheck(stated.value, agrees(stated.value, answer.text)));
}

/** Whether an answer holds a stated value: its every number, or its words when it has none. */
function agrees(value: string, answer: string): boolean {
  const numbers = value.match(/\d[\d,]*/g);
  if (!numbers) return compactText(answer).includes(compactText(value));
  const shown = new Set((answer.match(/\d[\d,]*/g) ?? []).flatMap((n) => [n, n.replace(/,/g, ''), ...(/^(?:19|20)\d\d$/.test(n) ? [n.slice(2)] : [])]));
  return numbers.every((n) => shown.has(n) || shown.has(n.replace(/,/g, '')));
}
