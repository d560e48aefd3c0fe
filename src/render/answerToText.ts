import type { Answer } from '../model/answer';

/**
 * The answer as the terminal shows it: the plain text, or for an ambiguous question the numbered
 * programs to choose from.
 */
export function answerToText(answer: Answer): string {
  if (answer.candidates.length === 0) return answer.text;
  return [answer.headline, ...answer.candidates.map((c, i) => `  ${i + 1}. ${c.title}`)].join('\n');
}
