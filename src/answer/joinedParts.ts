import type { Answer } from '../model/answer';
import { joinedNames, stripParticle } from '../text/grammar';
import { compactText } from './compactText';

/* How an answer relates to a question that joins two things (`조성비랑 운영비`, `A랑 B 중`). */

/** How many leading words of a question the subject of its answer holds (`홍릉 바이오 클러스터 중 …` → 3). */
export function nameSpan(question: string, subject: string): number {
  const held = compactText(subject);
  const words = question.split(' ');
  let span = 0;
  while (span < words.length && held.includes(compactText(stripParticle(words[span]!)))) span++;
  return span;
}

/**
 * Whether an answer shows both things a question joins (`조성비랑 운영비`), or the question joins
 * none. A ranking compares the items named itself (`문화분야랑 경제분야 중 어디가 많아`).
 */
export function showsBoth(answer: Answer, asked: string): boolean {
  if (answer.intent === 'aggregate') return true;
  const shown = compactText(answer.text);
  return (joinedNames(asked) ?? []).every((name) => shown.includes(compactText(stripParticle(name))));
}
