import type { Knowledge } from '../knowledge/Knowledge';
import { relativeYear } from './relativeYear';
import { stemOf } from './topicOf';

/**
 * Whether a word says where or when (a city, a year counted from the report's, or a place its
 * reports or departments name: `부산`, `작년`, `노원에도`), so that words carried from one part of a
 * question to another, or dropped with a bracket, still narrow it.
 *
 * @example
 * narrowsWhere(kb, '노원에도'); // true
 * narrowsWhere(kb, '급여');     // false
 */
export function narrowsWhere(kb: Knowledge, word: string): boolean {
  return kb.lexicon.intent('location').cue('cities').test(word) || relativeYear(kb, word) !== null || kb.match.placeWords.has(stemOf(word, kb.vocabulary, kb.lexicon).toLowerCase());
}
