import type { Section } from '../model/section';
import { isHangul } from '../text/grammar';
import { Bm25Index, type CountedTerms } from './Bm25Index';
import { tokenize } from './tokenize';

/** A section that matched a query, with the share of the query's terms it contains. */
export interface SectionHit {
  section: Section;
  score: number;
  /** Matched query terms / all query terms, 0..1: low means the report likely lacks the answer. */
  coverage: number;
}

/** A section's index terms, read beforehand (in order, repeats kept: they count). */
export type SectionTerms =
  | { title: string[]; text: string[] }
  /** The title's and the text's terms counted (once for a section several reports share). */
  | { counted: readonly [CountedTerms, CountedTerms] };

/** Options for {@link SectionIndex}. */
export interface SectionIndexOptions {
  /** Each section's terms by id, when the builder has read them already (the matcher reads the same lines). */
  terms?: ReadonlyMap<string, SectionTerms>;
  /** Weight of a match in the section's path of titles against its text. Default 3. */
  titleBoost?: number;
  /** How text becomes terms. Default: Korean-aware `tokenize` (words, stems, Hangul bigrams). */
  tokenize?: (text: string) => string[];
  /** Swaps each posting for an equal shared one (`ListInterner`: the views of one build share them). */
  intern?: (list: readonly number[]) => number[];
}

/**
 * The terms indexed and searched: Hangul bigrams (and one-syllable words), Latin words and numbers.
 * Whole Hangul words add nothing the bigrams do not match, and cost a third of the build.
 */
function searchTerms(text: string): string[] {
  return tokenize(text).filter((t) => t.length <= 2 || !isHangul(t));
}

/** Kinds of section worth returning as passages; chapters are lists of titles, parts only when they have text. */
const INDEXED = new Set(['program', 'item', 'subsection', 'topic']);

/**
 * Full-text index over a report's sections: BM25+ as MiniSearch scores it (`Bm25Index`), titles
 * weighted three times the text, with Korean-aware terms (short words, particle-stripped words and
 * Hangul bigrams; see `tokenize`).
 *
 * @example
 * const index = new SectionIndex(sections);
 * index.search('취업사관학교 예산')[0].section.title; // '사업개요' under 청년취업사관학교
 */
export class SectionIndex {
  private readonly bm25: Bm25Index;
  private readonly sections: Section[];
  private readonly tokenizer: (text: string) => string[];

  constructor(sections: Section[], options: SectionIndexOptions = {}) {
    this.tokenizer = options.tokenize ? (text) => options.tokenize!(text).map((t) => t.toLowerCase()) : searchTerms;
    // A part with text of its own (the economy in figures, the vision) is searched too.
    this.sections = sections.filter((s) => INDEXED.has(s.kind) || (s.kind === 'part' && s.normText.trim() !== ''));
    this.bm25 = new Bm25Index([options.titleBoost ?? 3, 1]);
    // Terms read beforehand (the matcher's pass over the same lines) are used as they are.
    const read = options.tokenize ? undefined : options.terms;
    for (const s of this.sections) {
      const terms = read?.get(s.id);
      if (terms && 'counted' in terms) this.bm25.addCounted(terms.counted);
      else this.bm25.add(terms ? [terms.title, terms.text] : [this.tokenizer(s.path.slice(1).join(' ')), this.tokenizer(s.normText)]);
    }
    this.bm25.compact(options.intern);
  }

  /** Number of indexed sections. */
  get size(): number {
    return this.sections.length;
  }

  /**
   * Sections matching a query (already stripped of question words), best first.
   *
   * @example
   * index.search('홍릉 위치', { limit: 3 });
   */
  search(query: string, { limit = 10 }: { limit?: number } = {}): SectionHit[] {
    const terms = [...new Set(this.tokenizer(query))];
    if (terms.length === 0) return [];
    return this.bm25
      .search(terms)
      .slice(0, limit)
      .map((hit) => ({ section: this.sections[hit.doc]!, score: hit.score, coverage: hit.matched / terms.length }));
  }
}
