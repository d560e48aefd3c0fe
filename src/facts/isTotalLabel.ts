/** Row or column names that mark a total. */
const TOTAL = /^(?:계|합계|총계|소계)$/;

/**
 * Whether a table row or column name marks a total (`계`, `합 계`, `총계`).
 *
 * @example
 * isTotalLabel('합 계'); // true
 */
export function isTotalLabel(label: string): boolean {
  return TOTAL.test(label.replace(/\s+/g, ''));
}
