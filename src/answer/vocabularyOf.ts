import type { Knowledge } from '../knowledge/Knowledge';
import { tokenize } from '../search/tokenize';

const vocabularies = new WeakMap<Knowledge, Set<string>>();

/**
 * Every term of the report (computed once per corpus): a word the report uses is a name, even
 * when it ends like a verb or a particle (`부지`, `단지`).
 */
export function vocabularyOf(kb: Knowledge): ReadonlySet<string> {
  let vocabulary = vocabularies.get(kb);
  if (!vocabulary) {
    vocabulary = new Set(kb.sections.flatMap((s) => tokenize(`${s.title} ${s.normText}`)));
    vocabularies.set(kb, vocabulary);
  }
  return vocabulary;
}
