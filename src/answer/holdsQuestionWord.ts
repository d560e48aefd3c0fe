import type { Lexicon } from '../lexicon/Lexicon';

/**
 * Whether some word of a text is a question word of the lexicon (`… 사업 올해 돈 얼마`): the text
 * still asks something.
 *
 * @example
 * holdsQuestionWord(kb.lexicon, '사업 올해 돈 얼마 잡혀있어'); // true
 * holdsQuestionWord(kb.lexicon, '전화번호 아시는 분');          // false
 */
export function holdsQuestionWord(lexicon: Lexicon, text: string): boolean {
  return text.split(/\s+/).some((word) => lexicon.isQuestionWord(word));
}
