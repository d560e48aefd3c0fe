import type { Answer } from '../model/answer';

/**
 * The answer as the terminal shows it: the plain text, then the candidates to ask about when the
 * question was ambiguous.
 */
export function answerToText(answer: Answer): string {
  const candidates = answer.candidates.map((c, i) => `  ${i + 1}. ${c.title}`);
  return [answer.text, ...(candidates.length ? ['다시 물어보기:', ...candidates] : [])].join('\n');
}
