/**
 * The sentences of a question, and the clauses a linking `-는데` ends (`사장님이 물어보시는데 …`, `… 들었는데, …`):
 * `시네마테크 언제 문 열어요? 어르신이 물어보셔서요` → two. A full stop counts only after a Hangul
 * syllable and before a space, so `'22.11.` and `9.30.` stay whole. One part when there is no break.
 *
 * @example
 * sentencesOf('기술교육원 나오면 취업 잘되나요? 작년 취업률이 몇퍼였어요?');
 * // ['기술교육원 나오면 취업 잘되나요?', '작년 취업률이 몇퍼였어요?']
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[?？!！。]|[가-힣][.．]|[가-힣](?:는데|인데|한데|던데|은데)요?[,，]?)\s+/u)
    .map((part) => part.trim())
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}
