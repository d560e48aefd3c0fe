/**
 * A year (and month) written before a report word: `2021년`, `21년`, `'21년`, `2021`, `21년도`,
 * or a month alone (`9월`). Returns null for anything else.
 *
 * @example
 * reportYearMonth('2021년');  // { year: 2021, month: null }
 * reportYearMonth("'22.9월"); // { year: 2022, month: 9 }
 * reportYearMonth('9월');     // { year: null, month: 9 }
 */
export function reportYearMonth(token: string): { year: number | null; month: number | null } | null {
  const m = token.match(/^(?:(?:(20\d{2})|'?(\d{2}))(?:년도?|\.)\s*)?(?:(\d{1,2})월)?$/);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  const year = m[1] ? Number(m[1]) : m[2] ? 2000 + Number(m[2]) : null;
  const month = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  return { year, month };
}
