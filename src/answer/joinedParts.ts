import type { Answer } from '../model/answer';
import { joinedNames, stripParticle } from '../text/grammar';
import { compactText } from './compactText';
import type { Knowledge } from '../knowledge/Knowledge';

/* How an answer relates to a question that joins two things (`조성비랑 운영비`, `A랑 B 중`). */

/**
 * How many leading words of a question name the subject of its answer (`홍릉 바이오 클러스터 중 …` →
 * 3): those the subject holds, after at most two it does not (`DDP 뷰티복합문화공간 예산` → 2: a
 * place said before the name).
 */
export function nameSpan(question: string, subject: string): number {
  const held = compactText(subject);
  const words = question.split(' ');
  const holds = (i: number) => held.includes(compactText(stripParticle(words[i]!)));
  let first = 0;
  while (first < Math.min(2, words.length) && !holds(first)) first++;
  if (first === words.length || !holds(first)) return 0;
  let span = first;
  while (span < words.length && holds(span)) span++;
  return span;
}

/**
 * Whether an answer shows both things a question joins (`조성비랑 운영비`), or the question joins
 * none. A ranking compares the items named itself (`문화분야랑 경제분야 중 어디가 많아`).
 */
export function showsBoth(answer: Answer, asked: string, isWord: (word: string) => boolean): boolean {
  if (answer.intent === 'aggregate') return true;
  const shown = compactText(answer.text);
  return (joinedNames(asked, isWord) ?? []).every((name) => shown.includes(compactText(stripParticle(name))));
}

/**
 * Whether a word is written so in the reports or names a department, or ends as one does
 * (`경제정책과`, `추진성과`, `디지털산업과`): then its 과 is not a joint (`총액과 한도` joins two).
 *
 * @example
 * knowsWord(kb)('경제정책과'); // true
 */
export function knowsWord(kb: Knowledge): (word: string) => boolean {
  // A word ending as a department's name does (`디지털산업과` like 바이오AI산업과) is taken for one.
  return (word) => {
    const lower = word.toLowerCase();
    return kb.vocabulary.has(lower) || kb.match.departments.some((d) => lower.endsWith(d.ending) || d.full.test(lower));
  };
}
