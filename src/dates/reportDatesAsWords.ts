/** `’22.11월`, `'22. 10.`, `’22.9.30.` (an apostrophe, then year.month) or `22.11월` (a month word after it). */
const REPORT_DATE = /(?<![\d.])(?:['’‘]\s?(\d{2})\.\s?(\d{1,2})(?:\.\s?(\d{1,2}))?\.?(?:\s*월)?|(\d{2})\.\s?(\d{1,2})\s*월)/g;

/**
 * A date a question writes the report's way (`’22.11월 개관`, `'22.10월 일정`) as words (`22년 11월`),
 * so it is read as a period like any other. A year alone (`'21`) is `21년`. A month over 12 or a day over 31 is left as written,
 * and so is a decimal (`31.3`), which has no apostrophe and no month word. `'23년` is `23년`.
 *
 * @example
 * reportDatesAsWords("’22.11월 개관 예정 시설"); // '22년 11월 개관 예정 시설'
 * reportDatesAsWords("’22.9.30. 개소"); // '22년 9월 30일 개소'
 * reportDatesAsWords("펀드 '21 창업지원 조성액"); // "펀드 21년 창업지원 조성액"
 * reportDatesAsWords("'23년 7월에 완공되는 건물"); // "23년 7월에 완공되는 건물"
 */
export function reportDatesAsWords(text: string): string {
  return withYearWords(text).replace(REPORT_DATE, (whole, y1?: string, m1?: string, d1?: string, y2?: string, m2?: string) => {
    const [year, month, day] = [y1 ?? y2!, Number(m1 ?? m2), d1 === undefined ? null : Number(d1)];
    if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return whole;
    return `${year}년 ${month}월${day === null ? '' : ` ${day}일`}`;
  });
}

/** A year written the report's way alone (`'21 조성액`), never a span's (`'23~'26`) or a date's (`'22.11`). */
const BARE_YEAR = /(?<![\d~]\s*)['’‘](\d{2})(?![\d.,년~])(?!\s*~)/g;

/** A year with its apostrophe and 년 (`'23년 7월`): the apostrophe says nothing more. */
const MARKED_YEAR = /(?<![\d~]\s*)['’‘](\d{2})(?=\s?년)/g;

/** `'21` as `21년`, `'23년` as `23년`. */
function withYearWords(text: string): string {
  return text.replace(BARE_YEAR, '$1년').replace(MARKED_YEAR, '$1');
}
