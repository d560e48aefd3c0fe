import { escapeRegExp } from '../text/escapeRegExp';

/**
 * Whether a line defines one of `words`: a footnote or a note that starts with the word, an
 * optional bracket and a colon (`2) PoC (Proof of Concept) : 기존 시장에 없던 …`, `5) 서울어워드 :
 * 우수 제품을 …`), the line a question asking what a word means (`PoC가 뭐임?`) wants.
 *
 * @example
 * definesWord('2) PoC (Proof of Concept) : 기존 시장에 없던 신기술', ['poc']); // true
 * definesWord('시애틀 현지 기업 매칭 및 PoC 지원', ['poc']);                 // false
 */
export function definesWord(line: string, words: readonly string[]): boolean {
  const bare = line.replace(/^\s*(?:\d+\)|※)\s*/, '').toLowerCase();
  return words.some((word) => word.length >= 2 && new RegExp(`^${escapeRegExp(word.toLowerCase())}[⁰-⁹⁾]*\\s*(?:\\([^)]*\\))?\\s*[:：]`).test(bare));
}
