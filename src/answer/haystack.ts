import { runsOf } from '../search/tokenize';
import { hangulOnly, isHangul, stripParticle } from '../text/grammar';

/**
 * The terms of a text used for fuzzy matching of names: Hangul bigrams, Latin words and numbers
 * (whole Hangul words are dropped, since bigrams already cover them and spacing varies).
 */
export function matchTerms(text: string, termsOfRun: RunTerms = runTerms): Set<string> {
  const terms = new Set<string>();
  for (const run of runsOf(text)) for (const term of termsOfRun(run)) terms.add(term);
  return terms;
}

/** How a word run becomes match terms (`runTerms`, or the same remembered while a corpus is built). */
export type RunTerms = (run: string) => readonly string[];

/** One word run's match terms: a Hangul run's bigrams (without its particle), else the run. */
export function runTerms(run: string): string[] {
  if (!isHangul(run)) return run.length >= 2 || /\d/.test(run) ? [run] : [];
  const stem = stripParticle(run);
  const grams: string[] = [];
  for (let i = 0; i + 1 < stem.length; i++) grams.push(stem.slice(i, i + 2));
  return grams;
}

/**
 * `runTerms` remembered while a corpus is built (the same words recur all through a report);
 * made by the builder and dropped with it, never kept between questions.
 */
export function rememberingRunTerms(): RunTerms {
  const memo = new Map<string, readonly string[]>();
  return (run) => {
    let terms = memo.get(run);
    if (!terms) memo.set(run, (terms = runTerms(run)));
    return terms;
  };
}

/**
 * Share of the query's terms found in a candidate (0..1): how well a fact's name covers what
 * the question is about. Spacing and particles do not matter.
 *
 * @example
 * coverage(matchTerms('홍릉 R&D지원센터'), matchTerms('홍릉 R&D지원센터 동대문구 청량리동')); // 1
 */
export function coverage(query: ReadonlySet<string>, candidate: Terms): number {
  if (query.size === 0) return 0;
  let hits = 0;
  for (const term of query) if (candidate.has(term)) hits++;
  return hits / query.size;
}

/** A set of terms, as far as matching needs one (a `Set`, or several seen as one). */
export interface Terms {
  has(term: string): boolean;
}

/** Several term sets seen as one, without copying them. */
export function unionTerms(sets: readonly Terms[]): Terms {
  return { has: (term) => sets.some((set) => set.has(term)) };
}

/**
 * Which words of a text hold each bigram (by index into the text's words). A named word matches
 * when one word holds enough of its bigrams, so pieces of different words never add up.
 */
export type WordIndex = ReadonlyMap<string, readonly number[]>;

/** Text prepared for `contains`: its terms, its Hangul words and which word holds which bigram. */
export interface Haystack {
  terms: Terms;
  /** Each part's word index (a fact's name, its program's titles); null for a bag of terms in which words are not told apart. */
  parts: readonly (WordIndex | null)[];
  words: readonly string[];
  /** Every Hangul syllable in the text, for a cheap "cannot match" answer. */
  syllables: Terms;
}

/** Prepares a text to be searched for a question's named words (words split at white space only, so `중소·벤처·창업기업` is one word). */
export function haystackOf(text: string, termsOfRun: RunTerms = runTerms): Haystack {
  return haystackFrom(matchTerms(text, termsOfRun), hangulWords(text), termsOfRun);
}

/** The Hangul of each white-space word of a text, lower case, two syllables or more. */
export function hangulWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).map(hangulOnly).filter((w) => w.length >= 2);
}

/** A haystack from a text's terms and its Hangul words (each word's bigrams, without its particle). */
export function haystackFrom(terms: Terms, words: readonly string[], termsOfRun: RunTerms = runTerms): Haystack {
  const index = new Map<string, number[]>();
  words.forEach((word, i) => {
    for (const gram of termsOfRun(word)) {
      const holders = index.get(gram);
      if (!holders) index.set(gram, [i]);
      else if (holders[holders.length - 1] !== i) holders.push(i);
    }
  });
  const text = words.join(' ');
  return { terms, parts: [index], words, syllables: { has: (ch) => text.includes(ch) } };
}

/**
 * A line's terms as a haystack in which the words are not told apart (a passage line with its
 * titles is one bag of bigrams).
 */
export function bagHaystack(terms: Terms, text: string): Haystack {
  return { terms, parts: [null], words: [], syllables: { has: (ch) => text.includes(ch) } };
}

/** Haystacks joined into one (a fact's name and its program's titles), sharing their parts. */
export function joinHaystacks(parts: readonly Haystack[]): Haystack {
  return {
    terms: unionTerms(parts.map((p) => p.terms)),
    parts: parts.flatMap((p) => p.parts),
    words: parts.flatMap((p) => p.words),
    syllables: unionTerms(parts.map((p) => p.syllables)),
  };
}

/** The haystack of no text. */
export const EMPTY_HAYSTACK: Haystack = { terms: new Set(), parts: [], words: [], syllables: new Set() };
