import { readMatchTerms } from '../search/TermReader';
import { runsOf } from '../search/tokenize';
import { hangulOnly, isAllHangul } from '../text/grammar';

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
export function runTerms(run: string): readonly string[] {
  return readMatchTerms(run);
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
  return new UnionTerms(sets);
}

class UnionTerms implements Terms {
  constructor(private readonly sets: readonly Terms[]) {}

  has(term: string): boolean {
    for (const set of this.sets) if (set.has(term)) return true;
    return false;
  }
}

/** The characters of a text, as terms (a haystack's syllables). */
class Characters implements Terms {
  constructor(private readonly text: string) {}

  has(ch: string): boolean {
    return this.text.includes(ch);
  }
}

/**
 * Which words of a text hold each bigram (by index into the text's words). A named word matches
 * when one word holds enough of its bigrams, so pieces of different words never add up.
 */
export type WordIndex = ReadonlyMap<string, readonly number[]>;

/**
 * A word index, or only the words of some ranges of it (`[from, to)`: a section in the report's
 * index); for a short text (a name), each word's bigrams in a list.
 */
export type WordPart = { index: WordIndex; ranges?: readonly (readonly [number, number])[] } | { wordGrams: readonly (readonly string[])[] };

/** Words a near match may be looked for in (an array, or a few ranges of a report's words). */
export interface Words {
  some(test: (word: string) => boolean): boolean;
}

/** Some ranges of a store's words, seen as one list without copying them. */
class RangeWords implements Words {
  constructor(
    private readonly words: readonly string[],
    private readonly ranges: readonly (readonly [number, number])[],
  ) {}

  some(test: (word: string) => boolean): boolean {
    for (const [from, to] of this.ranges) for (let i = from; i < to; i++) if (test(this.words[i]!)) return true;
    return false;
  }
}

/** Several word lists seen as one. */
class JoinedWords implements Words {
  constructor(private readonly lists: readonly Words[]) {}

  some(test: (word: string) => boolean): boolean {
    return this.lists.some((list) => list.some(test));
  }
}

/** Text prepared for `contains`: its terms, its Hangul words and which word holds which bigram. */
export interface Haystack {
  terms: Terms;
  /** Each part's words (a fact's name, its program's titles); null for a bag of terms in which words are not told apart. */
  parts: readonly (WordPart | null)[];
  words: Words;
  /** Every Hangul syllable in the text, for a cheap "cannot match" answer. */
  syllables: Terms;
}

/** Prepares a text to be searched for a question's named words (words split at white space only, so `중소·벤처·창업기업` is one word). */
export function haystackOf(text: string, termsOfRun: RunTerms = runTerms): Haystack {
  return haystackFrom(matchTerms(text, termsOfRun), hangulWords(text), termsOfRun);
}

/** The Hangul of each white-space word of a text, two syllables or more (`중소·벤처·창업기업` → `중소벤처창업기업`). */
export function hangulWords(text: string, into: string[] = []): string[] {
  for (const word of text.split(/\s+/)) {
    const hangul = isAllHangul(word) ? word : hangulOnly(word);
    if (hangul.length >= 2) into.push(hangul);
  }
  return into;
}

/** Words and which of them hold each bigram: one text's, or a whole report's shared by its sections. */
export interface WordStore {
  words: readonly string[];
  index: WordIndex;
}

/** Indexes words by their bigrams (each word's, without its particle). */
export function wordStore(words: readonly string[], termsOfRun: RunTerms = runTerms): WordStore {
  return wordStoreOf(words, words.map((word) => termsOfRun(word)));
}

/**
 * `wordStore` of words whose bigrams are read already (`grams[i]` are `words[i]`'s); `intern`
 * swaps each list of holders for an equal shared one (`[0]`, `[3, 7]` recur in every section).
 */
export function wordStoreOf(words: readonly string[], grams: readonly (readonly string[])[], intern: (list: readonly number[]) => number[] = (list) => list.slice()): WordStore {
  const index = new Map<string, number[]>();
  grams.forEach((own, i) => {
    for (const gram of own) {
      const holders = index.get(gram);
      if (!holders) index.set(gram, [i]);
      else if (holders[holders.length - 1] !== i) holders.push(i);
    }
  });
  // Arrays built by push keep room to grow: exact copies hold the same for a fraction of the memory.
  for (const [gram, holders] of index) index.set(gram, intern(holders));
  return { words, index };
}

/** A haystack from a short text's terms and its Hangul words (each word's bigrams, without its particle, in a list). */
export function haystackFrom(terms: Terms, words: readonly string[], termsOfRun: RunTerms = runTerms): Haystack {
  return { terms, parts: [{ wordGrams: words.map(termsOfRun) }], words, syllables: new Characters(words.join(' ')) };
}

/**
 * Some ranges of a word store's words, with their own terms (a section out of the report's words,
 * a fact's line and the bullets above it out of its section's), without a second index.
 */
export function rangeHaystack(store: WordStore, ranges: readonly (readonly [number, number])[], terms: Terms, text: string): Haystack {
  return { terms, parts: [{ index: store.index, ranges }], words: new RangeWords(store.words, ranges), syllables: new Characters(text) };
}

const BAG_PARTS: readonly (WordPart | null)[] = [null];
const NO_WORDS: readonly string[] = [];

/**
 * A line's terms as a haystack in which the words are not told apart (a passage line with its
 * titles is one bag of bigrams).
 */
export function bagHaystack(terms: Terms, text: string): Haystack {
  return { terms, parts: BAG_PARTS, words: NO_WORDS, syllables: new Characters(text) };
}

/** Haystacks joined into one (a fact's name and its program's titles), sharing their parts. */
export function joinHaystacks(parts: readonly Haystack[]): Haystack {
  return {
    terms: unionTerms(parts.map((p) => p.terms)),
    parts: parts.flatMap((p) => p.parts),
    words: new JoinedWords(parts.map((p) => p.words)),
    syllables: unionTerms(parts.map((p) => p.syllables)),
  };
}

/** The haystack of no text. */
export const EMPTY_HAYSTACK: Haystack = { terms: new Set(), parts: [], words: [], syllables: new Set() };
