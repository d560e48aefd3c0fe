/** Questions offering alternatives (`행사나 총회`, `관리나 … 문제`): any one of them will do. */
import { stripParticle } from './particles';

/**
 * Whether a text names two things as alternatives, either of which it asks about: `A나 B`,
 * `A이나 B`, `A 또는 B`, or a middle dot between words `isWord` does not know as one (`협약·총회`;
 * never the report's own `바이오·의료`).
 *
 * @example
 * saysEither('10월 국제 행사나 총회 일정', () => false); // true
 * saysEither('바이오·의료 컨퍼런스 언제', (w) => w === '바이오·의료'); // false
 */
export function saysEither(text: string, isWord: (word: string) => boolean = () => false): boolean {
  const words = text.trim().split(/\s+/);
  return words.some((word, i) => {
    if (word === '또는' && i > 0 && i + 1 < words.length) return true;
    const bare = word.replace(/[?？.!,]+$/, '');
    if (/[가-힣]·[가-힣]/.test(bare) && !isWord(stripParticle(bare))) return true;
    // `행사나 총회`: a noun and 나 before another word (not `있나`, `하나`, `얼마나`: verbs and question words).
    const stem = bare.replace(/이?나$/, '');
    return i + 1 < words.length && stem !== bare && stem.length >= 2 && !/[있없하되않했됐갔왔봤겠]$/.test(stem) && !/^(?:얼마|어디|누구|무엇|언제|뭐)/.test(stem);
  });
}

/**
 * A question offering alternatives (`공단 관리나 공장 입지 문제`) as each alternative with what
 * follows the last (`공단 관리 문제`, `공장 입지 문제`), as `saysEither` reads 나; null when it offers none.
 *
 * @example
 * eitherParts('산업단지 관리나 공장 입지 문제'); // ['산업단지 관리 문제', '공장 입지 문제']
 */
export function eitherParts(text: string): [string, string] | null {
  const words = text.trim().split(/\s+/);
  const at = words.findIndex((word, i) => i + 1 < words.length && saysEither(`${word} ${words[i + 1]}`) && /나$/.test(word));
  if (at < 0) return null;
  const first = [...words.slice(0, at), words[at]!.replace(/이?나$/, '')];
  const second = words.slice(at + 1);
  return [[...first, ...second.slice(-1)].join(' '), second.join(' ')];
}
