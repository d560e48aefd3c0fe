import type { Answer } from '../model/answer';
import { MESSAGES } from './messages';
import type { Reading } from './readTypos';

/**
 * The answer with one more line above its source line (`(말씀하신 “500백만원”은 보고서와 다릅니다)`),
 * or at its end when it cites nothing.
 *
 * @example
 * withLine(answer, '(…)').text; // '… 400백만원 …\n(…)\n출처: …'
 */
export function withLine(answer: Answer, line: string): Answer {
  const lines = answer.text.split('\n');
  const source = lines.findIndex((text) => text.startsWith(MESSAGES.sourceLabel));
  const at = source < 0 ? lines.length : source;
  return { ...answer, text: [...lines.slice(0, at), line, ...lines.slice(at)].join('\n') };
}

/**
 * The answer saying how words of the question were read (`('SIC' → '서울혁신챌린지'로 읽었습니다)`).
 *
 * @example
 * withReading(answer, { typed: 'SIC', read: '서울혁신챌린지' }).text; // '…\n('SIC' → '서울혁신챌린지'로 읽었습니다)\n출처: …'
 */
export function withReading(answer: Answer, ...readings: Reading[]): Answer {
  return withLine(answer, MESSAGES.readAs(readings));
}
