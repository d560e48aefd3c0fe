/**
 * Whether a line gives a date — `'22.9.`, `9월`, `('24)`, `2022. 3.` — and not only a year
 * label like `'22년 예산`.
 *
 * @example
 * mentionsDate("개관 : '22.11월"); // true
 * mentionsDate("'22년 예산 : 262억원"); // false
 */
export function mentionsDate(line: string): boolean {
  return /'\d{2}\s*\.\s*\d{1,2}|\d{1,2}\s*월|'\d{2}\s*[)~]|\d{4}\s*\.\s*\d{1,2}/.test(line);
}
