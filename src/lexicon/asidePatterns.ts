import { escapeRegExp } from '../text/escapeRegExp';

/** The lexicon's aside phrases as patterns: what a question says besides what it asks. */

/**
 * `(구 애니센터)`, `（옛 서울애니메이션센터）`: an opening bracket, a former-name word, then the old name.
 *
 * @example
 * '서울큐브(구 애니센터) 예산'.replace(formerNameAside(['구']), ' '); // '서울큐브  예산'
 */
export function formerNameAside(words: readonly string[]): RegExp {
  if (words.length === 0) return /(?!)/g;
  return new RegExp(`[(\\[]\\s*(?:${words.map(escapeRegExp).join('|')})(?:\\s+|\\.\\s*)[^()[\\]]{1,40}[)\\]]`, 'g');
}

/**
 * `(하반기 학과개편 반영 기준)`, `(8.29 현재)`: a bracket whose last word is a basis word; and a day
 * with a basis word (`'22.8.29. 기준`, `22년 8월 29일 현재`): the as-of day of a figure, which the report
 * states once for its table. A month (`8월 기준 고용률`) is what is asked, and stays.
 *
 * @example
 * basisAside(['기준']).test("참여인원 '22.8.29. 기준"); // true
 */
export function basisAside(words: readonly string[]): RegExp {
  if (words.length === 0) return /(?!)/g;
  const basis = `(?:${words.map(escapeRegExp).join('|')})`;
  const day = `(?:['‘’]?(?:\\d{2}|\\d{4})\\.\\s?)?\\d{1,2}\\.\\s?\\d{1,2}\\.?|(?:(?:\\d{2}|\\d{4})년\\s?)?\\d{1,2}월\\s?\\d{1,2}일`;
  return new RegExp(`[(\\[][^()[\\]]{0,40}${basis}\\s*[)\\]]|(?<![\\d.])(?:${day})\\s*${basis}(?![가-힣])`, 'g');
}

/**
 * `DDP 말고`, `구비 빼고`: a word, then an "other than" word standing alone.
 *
 * @example
 * 'DDP 말고 다른 장소'.replace(exceptAside(['말고']), ' '); // '  다른 장소'
 */
export function exceptAside(words: readonly string[]): RegExp {
  if (words.length === 0) return /(?!)/g;
  return new RegExp(`(?:^|\\s)\\S{1,40}\\s+(?:${words.map(escapeRegExp).join('|')})(?=\\s|[?.!,]|$)`, 'g');
}
