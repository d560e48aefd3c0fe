/** Sino-Korean digits as spoken (`이`, `삼` …) and the powers of ten within a group of four (`십`, `백`, `천`). */
const DIGITS: Readonly<Record<string, number>> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 륙: 6, 칠: 7, 팔: 8, 구: 9 };
const SMALL: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 };

/** A number spoken in Sino-Korean syllables (`이천이십이`, `십일`, `삼십`): two syllables at least, then what it counts. */
const SPOKEN = /(?<![가-힣])([일이삼사오육륙칠팔구십백천]{2,8}|[일이삼사오육칠팔구십])(?=년|월|일|억|만|명|개|인당|인|곳|건|차|회|시|분기|층|세|살|퍼센트|프로)/gu;

/**
 * A question's numbers spoken in words, as dictation writes them (`이천이십이년 십일월`, `삼십억`,
 * `구월 이십구일`), in digits (`2022년 11월`, `30억`, `9월 29일`); a word that only looks like one
 * (`이월` is carried over, `일부`) stays, because a number must be followed by what it counts and a
 * lone syllable only by a date's unit.
 *
 * @example
 * withSpelledNumbers('이천이십이년 십일월에 개관'); // '2022년 11월에 개관'
 * withSpelledNumbers('본예산이랑 이월 각각');      // unchanged
 */
export function withSpelledNumbers(text: string): string {
  // The two months said otherwise (`유월`, `시월`).
  return text.replace(/(?<![가-힣])(유|시)월/g, (_m, month: string) => (month === '유' ? '6월' : '10월')).replace(SPOKEN, (spoken: string, _group: string, offset: number) => {
    const unit = text.slice(offset + spoken.length);
    // One syllable counts only a month or a day (`구월`), never a word that starts so (`이월`, `일부`).
    if (spoken.length === 1 && !/^(?:월|일|인당)/.test(unit)) return spoken;
    if (spoken.length <= 2 && /^월/.test(unit) && spoken === '이') return spoken;
    const value = spokenValue(spoken);
    return value === null ? spoken : String(value);
  });
}

/** The value of a spoken number below ten thousand, or null when it is no well-formed number (`이이`). */
function spokenValue(spoken: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastPower = 10_000;
  for (const syllable of spoken) {
    if (syllable in DIGITS) {
      if (digit !== null) return null;
      digit = DIGITS[syllable]!;
    } else {
      const power = SMALL[syllable]!;
      if (power >= lastPower) return null;
      total += (digit ?? 1) * power;
      digit = null;
      lastPower = power;
    }
  }
  return total + (digit ?? 0);
}
