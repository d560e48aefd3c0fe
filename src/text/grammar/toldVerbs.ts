/** Verbs someone was told of, and sentences of what the asker will do: never what a question is about. */
import { PURPOSE_ENDINGS, withoutVerbTail } from './endings';
import { hasFinalL, hasFinalN, hasFinalSs, isHangul } from './hangul';

/**
 * A verb told or quoted (`뽑는다고`, `챙긴다는`, `맡았다는`, `체결한다며`): the noun it is made of (`체결`),
 * '' when it is a verb alone, null when the word is no such verb (`바다는`).
 *
 * @example
 * quotedVerbNoun('체결한다며'); // '체결'
 * quotedVerbNoun('뽑는다고');   // ''
 */
export function quotedVerbNoun(word: string): string | null {
  const told = /^(.+)다(?:는|고|며|면서|던데)$/.exec(word);
  const before = told?.[1];
  // The syllable before 다 is a verb's: 는/ㄴ of the present (`챙긴`), ㅆ of the past (`맡았`).
  if (!before || !isHangul(before.at(-1)!) || !(hasFinalN(before.at(-1)!) || hasFinalSs(before.at(-1)!))) return null;
  const noun = withoutVerbTail(before);
  return noun !== before && noun.length >= 2 ? noun : '';
}

/**
 * What an asker says they will do with the answer (`보도자료 일정란에 넣을 거예요`, `쓸 겁니다`): a
 * sentence of purpose, never the question.
 *
 * @example
 * statesIntent('보도자료에 넣을 거예요'); // true
 * statesIntent('언제 열 거예요?');        // false
 * statesIntent('봉제 기술 좀 배워보려고요.'); // true
 */
export function statesIntent(sentence: string): boolean {
  if (/[?？]/.test(sentence)) return false;
  const words = sentence.replace(/[.。!…\s]+$/, '').split(/\s+/);
  const [verb, last] = [words.at(-2) ?? '', words.at(-1) ?? ''];
  // `연말 전에 봉제 기술 좀 배워보려고요.`: a verb of purpose ends the sentence.
  if (last.length >= 4 && PURPOSE_ENDINGS.some((ending) => last.endsWith(ending))) return true;
  const glued = /^(.*)(?:거예요|거에요|겁니다|거라서요|거라서|거거든요)$/.exec(last);
  if (!glued) return false;
  const before = glued[1] || verb;
  return before.length > 0 && isHangul(before.at(-1)!) && hasFinalL(before.at(-1)!);
}
