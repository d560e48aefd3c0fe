import { stripParticle } from '../text/grammar';

/**
 * Words a question writes with a middle dot that the report writes as one word (`출자·출연기관` →
 * `출자출연기관`), joined; a word the report writes with its dot (`바이오·의료`) stays as it is.
 *
 * @example
 * dotJoined('서울투자청 출자·출연기관 전환', kb.vocabulary); // '서울투자청 출자출연기관 전환'
 */
export function dotJoined(text: string, vocabulary: ReadonlySet<string>): string {
  if (!/[·ㆍ]/.test(text)) return text;
  const known = (word: string) => vocabulary.has(word.toLowerCase()) || vocabulary.has(stripParticle(word).toLowerCase());
  return text
    .split(' ')
    .map((token) => {
      if (!/[·ㆍ]/.test(token)) return token;
      const joined = token.replace(/[·ㆍ]/g, '');
      return !known(token) && known(joined) ? joined : token;
    })
    .join(' ');
}
