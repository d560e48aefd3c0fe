import { escapeRegExp } from '../text/escapeRegExp';
import { TOPIC_PARTICLES } from '../text/grammar';

/** After the word: a colon, or a topic particle and a space (`※ G밸리는 구로·금천의 …`). */
const DEFINES = `\\s*(?:\\([^)]*\\))?\\s*(?:[:：]|(?:${TOPIC_PARTICLES.join('|')})\\s)`;

/**
 * A test for the lines that define one of `words`: a footnote or a note that starts with the word,
 * an optional bracket and a colon (`2) PoC (Proof of Concept) : 기존 시장에 없던 …`, `5) 서울어워드 :
 * 우수 제품을 …`) or a topic particle (`※ G밸리는 구로·금천의 …`), the line a question asking what a
 * word means (`PoC가 뭐임?`, `G밸리가 뭐의 약자야?`) wants. Built once per question, run per line.
 *
 * @example
 * const defines = definesWord(['poc']);
 * defines('2) PoC (Proof of Concept) : 기존 시장에 없던 신기술'); // true
 * defines('시애틀 현지 기업 매칭 및 PoC 지원');                 // false
 */
export function definesWord(words: readonly string[]): (line: string) => boolean {
  const long = words.filter((word) => word.length >= 2).map((word) => escapeRegExp(word.toLowerCase()));
  if (long.length === 0) return () => false;
  const pattern = new RegExp(`^(?:${long.join('|')})[⁰-⁹⁾]*${DEFINES}`);
  return (line) => pattern.test(line.replace(/^\s*(?:\d+\)|※)\s*/, '').toLowerCase());
}
