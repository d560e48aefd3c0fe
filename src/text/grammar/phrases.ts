import { hasFinalConsonant } from './hangul';

/**
 * A question's month, day or quarter (`11월에`, `9월 30일`, `4분기`) removed: a date is a condition
 * on the answer, not a name. Years stay (`2019년 예산` must not be read as this year's).
 *
 * @example
 * withoutDayOrMonth('22년 11월에 개관하는 곳'); // '22년  개관하는 곳'
 */
export function withoutDayOrMonth(text: string): string {
  return text
    .replace(/(?<![\d.])\d{1,2}\s*월(?:\s*\d{1,2}\s*일)?(?:에는|에|부터|까지|말|초)?|(?<![\d.])\d{1,2}\s*일(?:에는|에|부터|까지)?(?=\s|$)|(?<!\d)[1-4]\s*분기(?:에는|에)?/g, ' ')
    // `8.29 기준`, `8.29.`: a month and day written with a dot (never a decimal: `3.2조`, `45.8%`).
    .replace(/(?<![\d.])(?:1[0-2]|0?[1-9])\.\s?(?:[12]\d|3[01]|0?[1-9])\.?(?=\s|$|기준|현재|일)/g, ' ');
}

/**
 * A question naming two things joined by 랑/이랑/하고/와/및 (`서울큐브랑 시네마테크 예산`), as two
 * questions sharing what follows the second name (`서울큐브 예산`, `시네마테크 예산`), or compared
 * with 보다 (`서울큐브 예산이 시네마테크보다 커`); null when nothing is joined. 과 is never read as
 * joining: department names end in it.
 */
export function splitJoined(text: string): [string, string] | null {
  const words = text.trim().split(/\s+/);
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]!;
    // `서울큐브 총사업비가 시네마테크보다 얼마나 커`: the thing compared with comes second, and shares
    // what the first names after its name (`총사업비`).
    if (i > 0 && word.endsWith('보다') && word.length >= 4) {
      const [first, rest] = [words.slice(0, i), words.slice(i + 1)];
      return [[...first, ...rest].join(' '), [word.slice(0, -2), ...first.slice(1), ...rest].join(' ')];
    }
    const joined = word === '및' ? '' : (['이랑', '하고', '랑', '와'].find((j) => word.endsWith(j) && word.length - j.length >= 2) ?? null);
    if (joined === null || (joined === '와' && hasFinalConsonant(word.at(-2)!)) || (joined === '이랑' && !hasFinalConsonant(word.at(-3)!))) continue;
    const first = [...words.slice(0, i), ...(joined ? [word.slice(0, -joined.length)] : [])];
    const rest = words.slice(i + 1);
    if (first.length === 0 || rest.length === 0) return null;
    return [[...first, ...rest.slice(1)].join(' '), rest.join(' ')];
  }
  return null;
}
