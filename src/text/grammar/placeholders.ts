import { stripParticle } from './particles';

/** Words that stand for a part of a name the speaker forgot (`청년 뭐시기 학교`, `시네마 뭐시기`). */
const FORGOTTEN = /^(?:뭐시기|머시기|거시기|뭐더라|뭐라더라|뭐라던가|뭐였더라)[,，]?$/;

/** A question word said in the middle of a name instead of its forgotten part (`캠퍼스 무슨 타운`). */
const IN_NAME = /^(?:무슨|뭔|뭐)$/;

/**
 * A name said with its forgotten part replaced (`안심 무슨 일자리`, `캠퍼스 무슨 타운`, `청년 뭐시기
 * 학교`): the two parts joined when together they are a word `isKnown` knows (`안심일자리`,
 * `캠퍼스타운`, a particle after it kept); otherwise a word standing for the forgotten part
 * (`뭐시기`) is dropped and a question word (`무슨`) stays, asking as it does. A question word is read
 * as a forgotten part only when another word asks the question (`캠퍼스 무슨 타운 예산 얼마요?`).
 *
 * @example
 * withoutForgottenParts('캠퍼스 무슨 타운 사업 예산 얼마', (w) => w === '캠퍼스타운'); // '캠퍼스타운 사업 예산 얼마'
 * withoutForgottenParts('청년 뭐시기 학교 주소', () => false);                  // '청년 학교 주소'
 */
export function withoutForgottenParts(text: string, isKnown: (word: string) => boolean): string {
  const words = text.split(' ');
  const out: string[] = [];
  // A question word said in a name (`캠퍼스 무슨 타운`) is one only when another asks (`… 예산 얼마요?`):
  // alone (`창업 무슨 지원 있어요?`) it is the question.
  const othersAsk = words.some((word) => ASKING.test(word));
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const forgotten = FORGOTTEN.test(word) || (IN_NAME.test(word) && othersAsk);
    if (!forgotten || out.length === 0 || i + 1 >= words.length) {
      out.push(word);
      continue;
    }
    const before = out.at(-1)!;
    const after = words[i + 1]!;
    // The part after may carry a particle (`캠퍼스 무슨 타운은`): the joined word is known without it.
    if (isKnown(`${before}${after}`) || isKnown(`${before}${stripParticle(after)}`)) {
      out[out.length - 1] = `${before}${after}`;
      i++;
    } else if (FORGOTTEN.test(word)) continue;
    else out.push(word);
  }
  return out.join(' ');
}

/** Words that ask (`얼마`, `언제`, `어디`, `몇`): another question in the sentence. */
const ASKING = /^(?:얼마|언제|어디|몇|누가|누구|며칠)/;
