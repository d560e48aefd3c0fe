import type { Knowledge } from '../knowledge/Knowledge';
import type { Question } from './Question';

/**
 * The area of a kind a question asks for (`서울큐브 연면적`: the location intent's `areaKinds`), as a
 * test of a text: it writes that kind (`연면적 15,929㎡`, never the 부지's `8,473㎡`). Every text passes
 * when the question names no such kind.
 *
 * @example
 * areaAsked(kb, question)('건축규모 : 부지 8,473㎡, 연면적 15,929㎡'); // true for `서울큐브 연면적`
 */
export function areaAsked(kb: Knowledge, question: Question): (text: string) => boolean {
  const kind = kb.lexicon.intent('location').cue('areaKinds').find(question.text);
  return kind === null ? () => true : (text) => text.includes(kind);
}
