import type { Section } from '../model/section';
import type { SectionTerms } from '../search/SectionIndex';
import type { TermReader } from '../search/TermReader';
import { normalizeForTerms } from '../search/tokenize';
import { hangulWords, rangeHaystack, unionTerms, wordStore, type Haystack, type WordStore } from './haystack';
import { passageLinesOf, type PassageLine } from './passageLines';

/** A section prepared for matching: its text as a haystack, squashed, and its lines. */
export interface SectionMatch {
  haystack: Haystack;
  /** Titles and text without spaces, lower case (exact look-ups for people's names). */
  compact: string;
  lines: PassageLine[];
  /** The report's words, this section's among them. */
  store: WordStore;
  /** Each line's words in the store (`[from, to)`, by line index). */
  lineWords: readonly (readonly [number, number])[];
}

/** Sections passages and facts come from (not parts and chapters, which mostly list titles). */
export function isSearched(section: Section): boolean {
  return section.kind !== 'part' && section.kind !== 'chapter';
}

/**
 * Every searched section prepared for matching, and the terms the section index needs, read in
 * one pass over each line.
 */
export function buildSectionMatches(sections: readonly Section[], reader: TermReader): { matches: Map<string, SectionMatch>; indexTerms: Map<string, SectionTerms> } {
  const indexTerms = new Map<string, SectionTerms>();
  // The words of every section go into one store, indexed once (a section is a range of it).
  const words: string[] = [];
  const read = sections.filter(isSearched).map((section) => {
    const terms: SectionTerms = { title: [], text: [] };
    reader.line(section.path.slice(1).join(' '), terms.title);
    indexTerms.set(section.id, terms);
    const path = section.path.join(' ');
    const raws = section.normText.split('\n');
    // Normalised once for the whole section (lower case, thousands separators, R&D), then read line by line.
    const normalized = normalizeForTerms(section.normText).split('\n');
    const owns = normalized.length === raws.length ? normalized.map((line) => reader.line(line, terms.text, true)) : raws.map((line) => reader.line(line, terms.text));
    const from = words.length;
    hangulWords(path, words);
    const lineWords = raws.map((raw): [number, number] => {
      const start = words.length;
      hangulWords(raw, words);
      return [start, words.length];
    });
    return { section, path, titles: reader.matchTerms(path), owns, lineWords, range: [from, words.length] as const };
  });
  const store = wordStore(words, (run) => reader.runTerms(run));
  const matches = new Map<string, SectionMatch>();
  for (const { section, path, titles, owns, lineWords, range } of read) {
    const compact = `${path}${section.normText}`.replace(/\s+/g, '').toLowerCase();
    const haystack = rangeHaystack(store, [range], unionTerms([titles, ...owns]), compact);
    matches.set(section.id, { haystack, compact, lines: passageLinesOf(section, owns, titles), store, lineWords });
  }
  return { matches, indexTerms };
}
