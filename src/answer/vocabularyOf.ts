import type { Knowledge } from '../knowledge/Knowledge';
import { stripParticle } from '../search/tokenize';

const vocabularies = new WeakMap<Knowledge, Set<string>>();

/**
 * Every word of the report, as written and without its particle (computed once per corpus): a
 * word the report uses is a name, even when it ends like a verb or a particle (`부지`, `단지`).
 */
export function vocabularyOf(kb: Knowledge): ReadonlySet<string> {
  let vocabulary = vocabularies.get(kb);
  if (!vocabulary) {
    vocabulary = new Set();
    for (const section of kb.sections) {
      for (const word of `${section.title} ${section.normText}`.toLowerCase().split(/[\s\p{P}\p{S}]+/u)) {
        if (!word) continue;
        vocabulary.add(word);
        vocabulary.add(stripParticle(word));
      }
    }
    vocabularies.set(kb, vocabulary);
  }
  return vocabulary;
}
