import { syllableDistance } from '../text/jamo';

/**
 * Whether `text` contains `word` with at most one syllable a jamo off (시네마태크 in 서울시네마테크).
 *
 * @example
 * hasNearMatch('서울시네마테크', '시네마태크'); // true
 */
export function hasNearMatch(text: string, word: string): boolean {
  for (let start = 0; start + word.length <= text.length; start++) {
    let differences = 0;
    let near = true;
    for (let i = 0; i < word.length && differences <= 1; i++) {
      if (text[start + i] === word[i]) continue;
      differences++;
      near = syllableDistance(text[start + i]!, word[i]!) <= 1;
    }
    if (differences === 0 || (differences === 1 && near)) return true;
  }
  return false;
}
