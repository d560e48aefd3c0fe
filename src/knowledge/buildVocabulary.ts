import type { Section } from '../model/section';
import { stripParticle, withDottedSyllablesJoined } from '../text/grammar';

/**
 * Every word of the report, as written and without its particle: a word the report uses is a
 * name, even when it ends like a verb or a particle (`부지`, `단지`).
 *
 * @example
 * buildVocabulary(kb.sections).has('단지'); // true
 */
export function buildVocabulary(sections: readonly Section[]): ReadonlySet<string> {
  const vocabulary = new Set<string>();
  // Reports of other years repeat most lines: a line seen before adds no word (nor changes their order).
  const seen = new Set<string>();
  for (const section of sections) {
    for (const line of [section.title, ...section.normText.split('\n')]) {
      if (seen.has(line)) continue;
      seen.add(line);
      // `인·허가` is the word `인허가` too.
      for (const word of withDottedSyllablesJoined(line).toLowerCase().split(/[\s\p{P}\p{S}]+/u)) {
        if (!word) continue;
        vocabulary.add(word);
        vocabulary.add(stripParticle(word));
      }
    }
  }
  return vocabulary;
}
