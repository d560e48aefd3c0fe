import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { quotedPhrases } from '../text/quotedPhrases';
import { isHangul } from '../text/grammar';

/** Longest quote read as a question relayed (a pasted passage is longer). */
const MAX_QUOTE = 80;

/**
 * A question refused whole that relays someone's question in quotes (`시민 문의: '남산 애니센터
 * 새로 짓는 거 언제 오픈해요?'`, `민원인 '매출 얼마 이하 회사만 돼요?'`): asked as the quote with
 * what follows it (`'10월 중순에 노들섬에서 하는 음악 행사' 문의, 그거 뭐임`), then as the quote
 * alone, each only when it holds a question word. A quote of one word is a term to find, not a
 * question (`mentionPassage`). Null when no reading is answered.
 *
 * @example
 * askedInQuote(kb, "시민 문의: '남산 애니센터 새로 짓는 거 언제 오픈해요?'", ask)?.found; // true
 */
export function askedInQuote(kb: Knowledge, input: string, ask: (question: string) => Answer): Answer | null {
  const quote = quotedPhrases(input, MAX_QUOTE).find((phrase) => phrase.split(/\s+/).length >= 2 && isHangul(phrase));
  if (!quote || quote.length > input.length - 2) return null;
  const after = input.slice(input.indexOf(quote) + quote.length + 1).trim();
  // A reading must still ask (`어디`, `언제`): never the quoted name alone (`「ON서울 마켓」 … 매출액은?`).
  const asks = (text: string) => text.split(/\s+/).some((word) => kb.lexicon.isQuestionWord(word));
  for (const question of new Set([`${quote} ${after}`.trim(), quote].filter(asks))) {
    const answer = ask(question);
    if (answer.found) return answer;
  }
  return null;
}
