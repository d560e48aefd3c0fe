import type { Knowledge } from '../knowledge/Knowledge';

/**
 * How many years from its report's year a question's words name (`내후년` +2, `내년` +1, `작년` −1, `올해` 0;
 * the calendar intent's `yearAfterNext`, `nextYear`, `lastYear` and `thisYear` cues), or null when it names none.
 * A report's `올해` is its own year, however long ago it was written.
 *
 * @example
 * relativeYear(kb, '내년 청년취업사관학교 예산'); // 1
 * relativeYear(kb, '청년취업사관학교 예산');      // null
 */
export function relativeYear(kb: Knowledge, text: string): number | null {
  const words = kb.lexicon.intent('calendar');
  if (words.cue('yearAfterNext').test(text)) return 2;
  if (words.cue('nextYear').test(text)) return 1;
  if (words.cue('lastYear').test(text)) return -1;
  if (words.cue('thisYear').test(text) || kb.lexicon.thisYear.test(text)) return 0;
  return null;
}

