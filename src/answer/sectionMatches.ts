import type { Section } from '../model/section';
import type { SectionTerms } from '../search/SectionIndex';
import type { TermReader } from '../search/TermReader';
import { normalizeForTerms } from '../search/tokenize';
import { hangulWords, haystackFrom, unionTerms, type Haystack } from './haystack';
import { passageLinesOf, type PassageLine } from './passageLines';

/** A section prepared for matching: its text as a haystack, squashed, and its lines. */
export interface SectionMatch {
  haystack: Haystack;
  /** Titles and text without spaces, lower case (exact look-ups for people's names). */
  compact: string;
  lines: PassageLine[];
  /** Each line's words in the haystack (`[from, to)`, by line index). */
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
  const matches = new Map<string, SectionMatch>();
  const indexTerms = new Map<string, SectionTerms>();
  for (const section of sections.filter(isSearched)) {
    const terms: SectionTerms = { title: [], text: [] };
    reader.line(section.path.slice(1).join(' '), terms.title);
    const path = section.path.join(' ');
    const titles = reader.matchTerms(path);
    const raws = section.normText.split('\n');
    // Normalised once for the whole section (lower case, thousands separators, R&D), then read line by line.
    const normalized = normalizeForTerms(section.normText).split('\n');
    const owns = normalized.length === raws.length ? normalized.map((line) => reader.line(line, terms.text, true)) : raws.map((line) => reader.line(line, terms.text));
    // The titles' words, then each line's, remembering where each line's words are.
    const words = hangulWords(path);
    const lineWords = raws.map((raw): [number, number] => {
      const from = words.length;
      hangulWords(raw, words);
      return [from, words.length];
    });
    const haystack = haystackFrom(unionTerms([titles, ...owns]), words, (run) => reader.runTerms(run));
    const compact = `${path}${section.normText}`.replace(/\s+/g, '').toLowerCase();
    matches.set(section.id, { haystack, compact, lines: passageLinesOf(section, owns, titles), lineWords });
    indexTerms.set(section.id, terms);
  }
  return { matches, indexTerms };
}
