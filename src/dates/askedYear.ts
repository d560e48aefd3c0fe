/**
 * The year a question asks about, if it names one: `2023년`, `'23년`, `23년도`.
 *
 * @example
 * askedYear('2023년 경제정책실 예산'); // 2023
 * askedYear('캠퍼스타운 예산');         // null
 */
export function askedYear(text: string): number | null {
  const m = text.match(/(?<!\d)(20\d{2})\s*년|'(\d{2})\s*년?|(?<![\d.])(\d{2})\s*년(?!\s*간)/);
  if (!m) return null;
  if (m[1]) return Number(m[1]);
  return 2000 + Number(m[2] ?? m[3]);
}
