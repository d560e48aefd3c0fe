/**
 * Korean grammar the matcher needs: particles, sentence and verb endings, counters, place-name
 * suffixes. Only grammar lives here; words (synonyms, question words, what each intent is asked
 * with) are data in `corpus/lexicon.json`.
 */

export * from './hangul';
export * from './endings';
export * from './toldVerbs';
export * from './particles';
export * from './predicates';
export * from './counters';
export * from './phrases';
export * from './either';
export * from './sentences';
export * from './statedValue';
export * from './comparedWith';
export * from './spelledNumbers';
export * from './adnominal';
export * from './placeholders';
export * from './joinedWords';
