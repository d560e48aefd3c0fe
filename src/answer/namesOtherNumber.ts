import { numberedNames, otherQuarters, quarters } from '../text/numberedWords';

/**
 * Whether an answer is about another number of a name the question numbers: asked about `시즌4`,
 * the answer speaks of `시즌3` and never of 시즌4 (or of `1분기` and `2분기`, asked about `4분기`).
 * Such an answer is about something else.
 *
 * @example
 * namesOtherNumber('ON서울마켓 시즌4 언제 시작해요', '「ON서울 마켓」 시즌3 추진 …'); // true
 */
export function namesOtherNumber(question: string, answer: string): boolean {
  // `4분기 수요과제`: an answer about other quarters only (`1분기 …`, `2분기 …`) is about something else.
  if (otherQuarters(quarters(question), quarters(answer))) return true;
  const said = new Set(numberedNames(answer));
  return numberedNames(question).some((name) => {
    if (said.has(name)) return false;
    const word = name.replace(/\d+$/, '');
    return [...said].some((other) => other.replace(/\d+$/, '').endsWith(word));
  });
}
