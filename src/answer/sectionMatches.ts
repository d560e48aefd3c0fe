import type { Section } from '../model/section';
import { countTerms } from '../search/Bm25Index';
import type { SectionTerms } from '../search/SectionIndex';
import { normalizeForTerms } from '../search/tokenize';
import { rangeHaystack, unionTerms, wordStoreOf, type Haystack, type WordStore } from './haystack';
import { MatchShare } from './matchShare';
import { passageLinesOf, type PassageLine } from './passageLines';

/** A section prepared for matching: its text as a haystack, squashed, and its lines. */
export interface SectionMatch {
  haystack: Haystack;
  /** Titles and text without spaces, lower case (exact look-ups for people's names). */
  compact: string;
  /** The section's title path alone (what every line of it shares). */
  titles: Haystack;
  lines: PassageLine[];
  /** The report's words, this section's among them. */
  store: WordStore;
  /** Each line's words in the store (`[from, to)`, by line index). */
  lineWords: readonly (readonly [number, number])[];
}

/**
 * Sections passages and facts come from: not chapters, which list their programs' titles, nor a
 * part without text of its own (a part's text is the economy in figures, the vision, the five areas).
 */
export function isSearched(section: Section): boolean {
  return section.kind !== 'chapter' && (section.kind !== 'part' || section.normText.trim() !== '');
}

/**
 * Whether some section writes `compact` (spaces removed, lower case) in its titles or text: a name
 * the reports use as written (`바이오·의료`, a short name's target).
 *
 * @example
 * writtenIn(kb.match.sections, '바이오·의료'); // true
 */
export function writtenIn(sections: ReadonlyMap<string, SectionMatch>, compact: string): boolean {
  for (const match of sections.values()) if (match.compact.includes(compact)) return true;
  return false;
}

/**
 * Every searched section prepared for matching, and the terms the section index needs, read in
 * one pass over each line. A section's match is derived from its titles and text alone, so the
 * same section in several reports is built once and shared (`share`).
 */
export function buildSectionMatches(sections: readonly Section[], share: MatchShare = new MatchShare()): { matches: Map<string, SectionMatch>; indexTerms: Map<string, SectionTerms> } {
  const indexTerms = new Map<string, SectionTerms>();
  const matches = new Map<string, SectionMatch>();
  for (const section of sections.filter(isSearched)) {
    const built = share.once('section', `${section.path.join('\u0001')}\u0000${section.normText}`, () => sectionMatch(section, share));
    matches.set(section.id, built.match);
    indexTerms.set(section.id, built.terms);
  }
  return { matches, indexTerms };
}

/** One section's match, over a word store of its own words (titles first, then line by line). */
function sectionMatch(section: Section, share: MatchShare): { match: SectionMatch; terms: SectionTerms } {
  // The part a section is in says little about it, but a part's own title is what it is about (`정책비전 및 목표`).
  const title = share.line((section.kind === 'part' ? section.path : section.path.slice(1)).join(' '), false).index;
  const text: string[] = [];
  const path = section.path.join(' ');
  const raws = section.normText.split('\n');
  // Normalised once for the whole section (lower case, thousands separators, R&D), then read line by line.
  const normalized = normalizeForTerms(section.normText).split('\n');
  const owns = (normalized.length === raws.length ? normalized.map((line) => share.line(line, true)) : raws.map((line) => share.line(line, false))).map((line) => {
    for (const term of line.index) text.push(term);
    return line.own;
  });
  const { store, lineWords } = sharedWords([path, ...raws], share);
  const titles = share.line(path, false).own;
  const compact = `${path}${section.normText}`.replace(/\s+/g, '').toLowerCase();
  const haystack = rangeHaystack(store, [[0, store.words.length]], unionTerms([titles, ...owns]), compact);
  const terms: SectionTerms = { counted: [countTerms(title), countTerms(text)] };
  return { match: { haystack, compact, titles: share.text(path).haystack, lines: passageLinesOf(section, owns, titles, share.lists.intern), store, lineWords }, terms };
}

/**
 * The word store of a section's title path and lines, with each line's range in it. It depends on
 * the Hangul words alone, so sections that differ only in figures (a yearly report's) share one.
 */
function sharedWords(texts: readonly string[], share: MatchShare): { store: WordStore; lineWords: readonly (readonly [number, number])[] } {
  const reads = texts.map((text) => share.words(text));
  return share.once('words', reads.map((read) => read.words.join(' ')).join('\n'), () => {
    const words: string[] = [];
    const grams: (readonly string[])[] = [];
    const ranges = reads.map((read): [number, number] => {
      const start = words.length;
      for (let i = 0; i < read.words.length; i++) {
        words.push(read.words[i]!);
        grams.push(read.grams[i]!);
      }
      return [start, words.length];
    });
    return { store: wordStoreOf(words, grams, share.lists.intern), lineWords: ranges.slice(1) };
  });
}
