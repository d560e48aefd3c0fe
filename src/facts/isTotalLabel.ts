/**
 * Whether a table row or column name is one of the given words, however it is spaced (`합 계`):
 * a total (`계`, `합계`) or a header that numbers rows (`연번`).
 *
 * @example
 * isTotalLabel('합 계', ['계', '합계']); // true
 */
export function isTotalLabel(label: string, words: readonly string[]): boolean {
  return words.includes(label.replace(/\s+/g, ''));
}
