import { numberedNames } from '../text/numberedWords';

/**
 * Whether an answer is about another number of a name the question numbers: asked about `시즌4`,
 * the answer speaks of `시즌3` and never of 시즌4. Such an answer is about something else.
 *
 * @example
 * namesOtherNumber('ON서울마켓 시즌4 언제 시작해요', '「ON서울 마켓」 시즌3 추진 …'); // true
 */
export function namesOtherNumber(question: string, answer: string): boolean {
  const said = new Set(numberedNames(answer));
  return numberedNames(question).some((name) => {
    if (said.has(name)) return false;
    const word = name.replace(/\d+$/, '');
    return [...said].some((other) => other.replace(/\d+$/, '').endsWith(word));
  });
}
