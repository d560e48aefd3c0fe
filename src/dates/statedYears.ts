import { SERIES_YEAR } from '../text/numberedWords';

/**
 * Whether a report line states its figures for another year than the one asked: it names years
 * (`'21년`, `2021년`, `'21.7.`) and not the one asked, and spans no range of years (`'21~'23`).
 *
 * @example
 * statesOtherYear("'21년 참여자 취업률 : 58.4%('19년 52.9%, '20년 56.6%)", 2022); // true
 * statesOtherYear("'22년 참여자 취업률 : 60%", 2022);                              // false
 * statesOtherYear("'21년(1.~12.) 추진실적 : 총 16,572개사", 2022);                // true
 */
export function statesOtherYear(line: string, year: number): boolean {
  const years = statedYears(line);
  if (years.length === 0 || years.includes(year)) return false;
  // A range (`'21~'23`) holds the years between its ends; months within one year (`'21년(1.~12.)`) do not.
  return !(line.includes('~') && Math.min(...years) < year && year < Math.max(...years));
}

/**
 * The years a report line names (`'21년`, `2021년`, `'21.7.`).
 *
 * @example
 * statedYears("'21년 참여자 취업률 : 58.4%('19년 52.9%)"); // [2021, 2019]
 * statedYears('실업률(7월,%) : (21) 4.5 → (22) 3.3');      // [2021, 2022]
 */
export function statedYears(line: string): number[] {
  const written = [...line.matchAll(/(?<!\d)(20\d{2})\s*년|'(\d{2})(?!\d)|(?<![\d.'])(\d{2})\s*년(?!\s*간)/g)].map((m) => (m[1] ? Number(m[1]) : 2000 + Number(m[2] ?? m[3])));
  // A series' years in brackets (`(19) 60.8 → (20) 59.5`).
  return [...written, ...[...line.matchAll(SERIES_YEAR)].map((m) => 2000 + Number(m[1]))];
}
