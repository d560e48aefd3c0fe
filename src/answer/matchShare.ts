import { ListInterner } from '../search/ListInterner';
import { TermReader } from '../search/TermReader';
import { haystackFrom, hangulWords, joinHaystacks, matchTerms, type Haystack } from './haystack';

/** A short text's haystack, and its terms as a set for the card index. */
export interface TextHaystack {
  haystack: Haystack;
  keys: ReadonlySet<string>;
}

/** One normalised line's match terms (a set) and index terms (in order, repeats kept). */
export interface LineTerms {
  own: ReadonlySet<string>;
  index: readonly string[];
}

/** A text's Hangul words (see `hangulWords`) and each word's bigrams. */
export interface TextWords {
  words: readonly string[];
  grams: readonly (readonly string[])[];
}

/**
 * What the views of one library build share, by content: one `TermReader`, each distinct line's
 * terms, each distinct name's or titles' haystack, and any structure derived from text alone
 * (a section's match, a fact line's context), so the same line in ten yearly reports is read
 * once and held once. Everything handed out is immutable; the share itself is dropped with the
 * build (a reload's kept views keep what they were built with).
 *
 * @example
 * const share = new MatchShare();
 * share.text('청년취업사관학교') === share.text('청년취업사관학교'); // true
 */
export class MatchShare {
  readonly reader = new TermReader();
  /** Equal number lists (postings, card holders, word holders) held once. */
  readonly lists: ListInterner;

  /**
   * `shareLists` (default true) holds equal number lists (and term maps) once: worth it across several reports; for
   * one report it only costs start-up time (about 0.1 s while the engine is cold).
   */
  constructor({ shareLists = true }: { shareLists?: boolean } = {}) {
    this.lists = new ListInterner({ enabled: shareLists });
    this.shareMaps = shareLists;
  }
  private readonly shareMaps: boolean;
  private readonly texts = new Map<string, TextHaystack>();
  private readonly joined = new Map<Haystack, Map<Haystack, Haystack>>();
  private readonly lines = new Map<string, LineTerms>();
  private readonly wordsOf = new Map<string, TextWords>();
  private readonly derived = new Map<string, unknown>();
  private readonly contexts = new WeakMap<object, Map<number, unknown>>();

  /**
   * The shared map equal to `map`, a map of term → lists whose numbers are held once already
   * (`lists`): the same card index in reports that differ only in their figures. Maps are told
   * apart by a hash of their terms, then compared entry by entry.
   */
  readonly termLists = <V extends readonly unknown[]>(map: Map<string, V>): ReadonlyMap<string, V> => {
    if (!this.shareMaps) return map;
    let hash = map.size;
    for (const [term, value] of map) hash = (Math.imul(hash, 31) + term.length * 7 + term.charCodeAt(0) + value.length) | 0;
    const known = this.maps.get(hash) ?? [];
    const same = known.find((other) => sameEntries(other, map));
    if (same) return same as ReadonlyMap<string, V>;
    this.maps.set(hash, [...known, map]);
    return map;
  };
  private readonly maps = new Map<number, ReadonlyMap<string, readonly unknown[]>[]>();

  /** A run's match terms (see `TermReader.runTerms`). */
  readonly runTerms = (run: string): readonly string[] => this.reader.runTerms(run);

  /** A short text's haystack with its terms (a fact's name, a program's titles). */
  text(text: string): TextHaystack {
    let found = this.texts.get(text);
    if (!found) {
      const keys = matchTerms(text, this.runTerms);
      const words = hangulWords(text);
      // The words part depends on the Hangul words alone: names that differ only in figures share it.
      const shape = this.once('nameWords', words.join(' '), () => haystackFrom(keys, words, this.runTerms));
      found = { haystack: { ...shape, terms: keys }, keys };
      this.texts.set(text, found);
    }
    return found;
  }

  /** Two haystacks joined (a fact's name and its program's titles), once per pair. */
  join(first: Haystack, second: Haystack): Haystack {
    let inner = this.joined.get(first);
    if (!inner) this.joined.set(first, (inner = new Map()));
    let found = inner.get(second);
    if (!found) inner.set(second, (found = joinHaystacks([first, second])));
    return found;
  }

  /** A line's terms; `normalized` when it went through `normalizeForTerms` already. */
  line(text: string, normalized: boolean): LineTerms {
    const key = normalized ? text : `\u0000${text}`;
    let found = this.lines.get(key);
    if (!found) {
      const index: string[] = [];
      found = { own: this.reader.line(text, index, normalized), index };
      this.lines.set(key, found);
    }
    return found;
  }

  /** A line's Hangul words and their bigrams. */
  words(text: string): TextWords {
    let found = this.wordsOf.get(text);
    if (!found) {
      const words = hangulWords(text);
      found = { words, grams: words.map(this.runTerms) };
      this.wordsOf.set(text, found);
    }
    return found;
  }

  /** Whatever `make` derives from the content `key` stands for, made once per key and kind. */
  once<T>(kind: string, key: string, make: () => T): T {
    const full = `${kind}\u0000${key}`;
    if (this.derived.has(full)) return this.derived.get(full) as T;
    const made = make();
    this.derived.set(full, made);
    return made;
  }

  /** What `make` derives from one line of a shared structure (a fact line's context in its section's match). */
  context<T>(owner: object, line: number, make: () => T): T {
    let lines = this.contexts.get(owner);
    if (!lines) this.contexts.set(owner, (lines = new Map()));
    if (!lines.has(line)) lines.set(line, make());
    return lines.get(line) as T;
  }
}

/** Whether two maps hold the same terms with equal lists (the same lists, or lists of the same lists). */
function sameEntries(a: ReadonlyMap<string, readonly unknown[]>, b: ReadonlyMap<string, readonly unknown[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [term, list] of a) {
    const other = b.get(term);
    if (other === undefined || other.length !== list.length || list.some((item, i) => item !== other[i])) return false;
  }
  return true;
}
