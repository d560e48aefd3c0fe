import { escapeRegExp } from '../text/escapeRegExp';
import { TOPIC_PARTICLES } from '../text/grammar';

/** After the word: a colon, or a topic particle and a space (`※ G밸리는 구로·금천의 …`). */
const DEFINES = `\\s*(?:\\([^)]*\\))?\\s*(?:[:：]|(?:${TOPIC_PARTICLES.join('|')})\\s)`;

/**
 * Whether a line defines one of `words`: a footnote or a note that starts with the word, an
 * optional bracket and a colon (`2) PoC (Proof of Concept) : 기존 시장에 없던 …`, `5) 서울어워드 :
 * 우수 제품을 …`) or a topic particle (`※ G밸리는 구로·금천의 …`), the line a question asking what
 * a word means (`PoC가 뭐임?`, `G밸리가 뭐의 약자야?`) wants.
 *
 * @example
 * definesWord('2) PoC (Proof of Concept) : 기존 시장에 없던 신기술', ['poc']); // true
 * definesWord('시애틀 현지 기업 매칭 및 PoC 지원', ['poc']);                 // false
 */
export function definesWord(line: string, words: readonly string[]): boolean {
  const bare = line.replace(/^\s*(?:\d+\)|※)\s*/, '').toLowerCase();
  return words.some((word) => word.length >= 2 && new RegExp(`^${escapeRegExp(word.toLowerCase())}[⁰-⁹⁾]*${DEFINES}`).test(bare));
}
