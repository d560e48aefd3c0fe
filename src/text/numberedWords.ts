// Numbers that are parts of words: years written short, names with a number on them.

/** A year of a series in brackets, before its value (`(19) 60.8 → (20) 59.5`), not a count in a table cell. */
export const SERIES_YEAR = /\((1[5-9]|2\d)\)(?=\s*-?[\d.,]+\s*(?:→|$))/gm;

/**
 * Years written short, as the full year (`'23.`, `’22`, `23년` → `2023`, `2022`), so that a year is
 * one term wherever it is written and never the number of something else (`최대 23개월`).
 * Two-digit years 15–29 only; `2023년` stays, and so does a span of years (`'23~'26` is no one year).
 * A series' bracketed year (`(19) 60.8 → (20) 59.5`) is a full year too.
 */
export function fullYears(text: string): string {
  // Most lines hold no figure at all: nothing to read.
  if (!/\d/.test(text)) return text;
  return (
    text
      .replace(/(?<!~\s*)['’‘](1[5-9]|2\d)(?!\d|\s*~)/g, ' 20$1')
      .replace(/(?<![\d.,'’‘])(1[5-9]|2\d)(?=\s*년)/g, '20$1')
      .replace(SERIES_YEAR, '(20$1)')
  );
}

/** A name with its number written on (`시즌4`, `시즌 3`), not an amount, a date or a count (`4회`, `3월`). */
const NUMBERED_NAME = /([가-힣]{2,})\s?(\d{1,2})(?![\d.,]|\s*(?:[년월일개명곳건층회억만원천배%]|차|시|분|세|살|위))/g;

/**
 * The numbered names of a text (`ON서울마켓 시즌4` → `['시즌4']`), spaces removed, so an answer
 * about 시즌3 is told apart from the 시즌4 asked about.
 */
export function numberedNames(text: string): string[] {
  return [...text.matchAll(NUMBERED_NAME)].map((m) => `${m[1]}${m[2]}`);
}

/** An edition written `제7회`, `제 3 차`, `제2기`, or a round without 제 (`3차`, `2기`; a bare `4회` is a count). */
const ORDINAL = /제\s?(\d{1,3})\s?(회|차|기)|(?<![\d.,'’])(\d{1,2})(차|기)/g;

/**
 * The editions a text names (`제7회 서울혁신챌린지` → `['제7회']`), spaces removed.
 *
 * @example
 * ordinals('제6회 서울혁신챌린지 (제 2 차 심사)'); // ['제6회', '제2차']
 * ordinals('창업큐브 3차 입주기업'); // ['제3차']
 */
export function ordinals(text: string): string[] {
  return [...text.matchAll(ORDINAL)].map((m) => `제${m[1] ?? m[3]}${m[2] ?? m[4]}`);
}

/**
 * The quarters a text names (`4분기`, `2 분기` → `4분기`, `2분기`), spaces removed.
 *
 * @example
 * quarters('1분기 테스트베드 … 2분기 …'); // ['1분기', '2분기']
 */
export function quarters(text: string): string[] {
  return [...text.matchAll(/(?<!\d)([1-4])\s?분기/g)].map((m) => `${m[1]}분기`);
}

/**
 * Whether the quarters a text names are all other than those asked (`1분기`, asked `2분기`); false
 * when no quarter is asked or none is named.
 *
 * @example
 * otherQuarters(['2분기'], ['1분기']); // true
 */
export function otherQuarters(asked: readonly string[], said: readonly string[]): boolean {
  return asked.length > 0 && said.length > 0 && !said.some((q) => asked.includes(q));
}
