import type { Knowledge } from '../knowledge/Knowledge';
import { compactText } from './compactText';
import { contains, namedWord } from './matchScore';

/**
 * Whether a word names something the reports have: a place of an address (`마포`), a short name of
 * the alias table (`캠타`), or, three syllables or more, a word every
 * bigram of which one word of a program title, department or place holds (`서울큐브` in `마켓서울큐브`). Everyday words the titles
 * also use (`시민` of 서울시민) are not names.
 *
 * @example
 * isReportName(kb, '청년취업사관학교'); // true
 * isReportName(kb, '안내문');           // false
 */
export function isReportName(kb: Knowledge, word: string): boolean {
  if (kb.match.placeWords.has(word)) return true;
  const compact = compactText(word);
  if (kb.match.aliasRules.some((rule) => rule.alias === compact)) return true;
  if (word.length < 3) return false;
  const named = namedWord(word);
  return contains({ ...named, needed: named.grams.length, ends: [] }, kb.match.names);
}
