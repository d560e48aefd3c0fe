/**
 * A label without the year written in it, so the same kind of figure matches across yearly
 * reports: `'22년 예산` and `'21년 예산` are both `예산`.
 *
 * @example
 * withoutYear("'22년 예산"); // '예산'
 * withoutYear('2023년도 사업비'); // '사업비'
 */
export function withoutYear(label: string): string {
  return label.replace(/(?:'|‘|’)?(?:20)?\d{2}년도?\s*/g, '').trim();
}

/**
 * A name without the four-digit years in it: `Try Everything 2022` → `Try Everything`.
 *
 * @example
 * withoutFullYears("'Try Everything 2022' 개최"); // "'Try Everything' 개최"
 */
export function withoutFullYears(name: string): string {
  return name.replace(/\s*(?:19|20)\d{2}(?!\d)/g, '').trim();
}
