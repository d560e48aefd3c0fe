/**
 * A follow-up sentence setting what was just asked against something else (`안심일자리보다 높지?`,
 * `실무인재 양성에 비해선?`, `실 전체 평균 대비 높아?`): the words naming that something, or null.
 */
const COMPARED = /^(.+?)(?:보다(?:는|도)?|에\s*비해(?:선|서는|서|도)?|에\s*비하면|대비|하고\s*비교하면)(?:\s+(?:더|좀|훨씬|많이))?(?:\s*(?:높|많|크|적|낮|작|비싸|싸|넓|좁|길|짧|빠르|늦|앞서|늘|줄|나|어때|어떤가)[가-힣]*)?[\s?？.]*$/;

/**
 * What a follow-up sentence compares the question with, or null when it compares nothing.
 *
 * @example
 * comparedWith('안심일자리보다 높지?');       // '안심일자리'
 * comparedWith('실무인재 양성에 비해선?');    // '실무인재 양성'
 * comparedWith('예산 얼마야?');             // null
 */
export function comparedWith(sentence: string): string | null {
  const found = COMPARED.exec(sentence.trim());
  return found ? found[1]!.trim() : null;
}
