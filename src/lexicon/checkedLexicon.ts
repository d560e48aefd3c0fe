import { CorpusError } from '../corpus/CorpusError';
import type { RawCorpus } from '../corpus/readCorpus';
import type { LocationFact } from '../model/locationFact';
import type { Section } from '../model/section';
import { equivalentConflict, synonymConflict } from './checkSynonyms';
import { compileLexicon, type Lexicon } from './Lexicon';

/**
 * The corpus's lexicon compiled, after checking that no synonym turns a program's or facility's
 * name into another word; throws a `CorpusError` naming the lexicon file and the entry.
 */
export function checkedLexicon(corpus: RawCorpus, parsed: { sections: Section[]; locations: LocationFact[] }, vocabulary: ReadonlySet<string>): Lexicon {
  const names = [
    ...parsed.sections.filter((s) => s.kind === 'program' || s.kind === 'item').map((s) => s.title),
    ...parsed.locations.map((l) => l.name),
    ...corpus.aliases.aliases.flatMap((a) => [a.target, ...a.aliases]),
  ];
  const conflict = synonymConflict(corpus.lexicon, names) ?? equivalentConflict(corpus.lexicon, names);
  if (conflict) throw new CorpusError(corpus.lexiconPath, conflict);
  return compileLexicon(corpus.lexicon, vocabulary, names);
}
