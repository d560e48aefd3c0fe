import type { Knowledge } from '../knowledge/Knowledge';
import type { Answer } from '../model/answer';
import { quotedPhrases } from '../text/quotedPhrases';
import { isHangul } from '../text/grammar';
import { namedWords } from './followUp';
import { holdsQuestionWord } from './holdsQuestionWord';

/** Longest quote read as a question relayed (a pasted passage is longer). */
const MAX_QUOTE = 80;

/**
 * A question refused whole that relays someone's question in quotes (`시민 문의 '청년 취업 1:1
 * 매칭해주는 창구' 어디 있어요`): asked as the names said before the quote (`직무캠프 관련 민원:`),
 * the quote and what follows it, then as the quote alone. A reading must name a program (the names
 * before the quote, or a name of three syllables or more) and hold a question word: never the quoted
 * name alone (`「ON서울 마켓」 … 매출액은?`), never a quote naming no program (`'매출 얼마 이하 회사만
 * 돼요?'`). A
 * quote of one word is a term to find, not a question (`mentionPassage`). Null when no reading is
 * answered.
 *
 * @example
 * askedInQuote(kb, "청년인턴 민원: '직무캠프 참여기업 몇 개예요?'", ask)?.found; // true
 */
export function askedInQuote(kb: Knowledge, input: string, ask: (question: string) => Answer): Answer | null {
  const quote = quotedPhrases(input, MAX_QUOTE).find((phrase) => phrase.split(/\s+/).length >= 2 && isHangul(phrase));
  if (!quote || quote.length > input.length - 2) return null;
  const at = input.indexOf(quote);
  const close = input.slice(at + quote.length).search(/\S/);
  const after = input.slice(at + quote.length + Math.max(close, 0) + 1).trim();
  const names = namedWords(kb, input.slice(0, at)).join(' ');
  // A reading names a program (a name of three syllables or more, or the names said before the quote):
  // `매출 얼마 이하 회사만 돼요?` names only words of many programs' names.
  const named = (text: string) => namedWords(kb, text).some((word) => word.length >= 3);
  const asks = (text: string) => holdsQuestionWord(kb.lexicon, text) && (names.length > 0 || named(text));
  for (const question of new Set([`${names} ${quote} ${after}`.trim(), `${quote} ${after}`.trim(), quote].filter(asks))) {
    const answer = ask(question);
    if (answer.found) return answer;
  }
  return null;
}
