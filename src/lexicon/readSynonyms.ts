import { stripParticle } from '../text/grammar';
import type { LexiconFile } from './LexiconFile';
import { phrasePattern } from './WordCue';

/**
 * Builds the function that rewrites a question's synonyms into the report's words (`시급` →
 * `시간당`, `budget` → `예산`), longest variant first. A variant that is only part of a longer
 * word the report uses (`시급` in `시급성`) is left as it is.
 *
 * @example
 * const read = makeSynonymReader(lexicon, vocabulary);
 * read('안심일자리 시급 얼마'); // '안심일자리 시간당 얼마'
 */
export function makeSynonymReader(lexicon: LexiconFile, vocabulary: ReadonlySet<string>): (text: string) => string {
  const byVariant = new Map<string, string>();
  for (const { word, variants } of lexicon.synonyms) for (const v of variants) byVariant.set(squash(v), word);
  if (byVariant.size === 0) return (text) => text;
  const variants = [...byVariant.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(variants.map(phrasePattern).join('|'), 'gi');
  return (text) =>
    text.replace(pattern, (found: string, offset: number) => {
      const start = text.lastIndexOf(' ', offset) + 1;
      const end = text.indexOf(' ', offset + found.length);
      const word = text.slice(start, end === -1 ? text.length : end).toLowerCase();
      const partOfReportWord = word.length > found.length && (vocabulary.has(word) || vocabulary.has(stripParticle(word))) && stripParticle(word) !== found.toLowerCase();
      return partOfReportWord ? found : (byVariant.get(squash(found)) ?? found);
    });
}

function squash(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}
