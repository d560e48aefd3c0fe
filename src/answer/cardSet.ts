import type { Card } from './matchState';
import type { NamedWord } from './matchScore';
import { isAllHangul } from '../text/grammar';

/**
 * Cards with an index from each match term to the cards whose names or line hold it, and from
 * each term of a program's titles to that program's cards (titles are shared, so indexed once).
 * Hangul bigrams and other terms (figures, Latin words) are indexed apart, so that reports differing
 * only in figures share their bigram index (see `CardIndexShare`).
 */
export interface CardSet<T> {
  cards: readonly Card<T>[];
  byBigram: ReadonlyMap<string, readonly number[]>;
  byOtherTerm: ReadonlyMap<string, readonly number[]>;
  byTitleTerm: ReadonlyMap<string, readonly (readonly number[])[]>;
}

/** How a card set's lists and maps are held once across the views of a build (`MatchShare`). */
export interface CardIndexShare {
  /** The shared list equal to a list of card numbers. */
  intern: (list: readonly number[]) => number[];
  /** The shared map equal to a map of term → lists already interned. */
  termLists: <V extends readonly unknown[]>(map: Map<string, V>) => ReadonlyMap<string, V>;
}

const UNSHARED: CardIndexShare = { intern: (list) => list.slice(), termLists: (map) => map };

/**
 * Indexes cards by the terms of their names and their line, and by their program's titles.
 *
 * @example
 * const set = cardSet(kb.match.budgets.cards);
 * candidateCards(set, [], () => false).length === set.cards.length; // true
 */
export function cardSet<T>(cards: readonly Card<T>[], share: CardIndexShare = UNSHARED): CardSet<T> {
  const byTerm = new Map<string, number[]>();
  const byTitles = new Map<ReadonlySet<string>, number[]>();
  cards.forEach((card, i) => {
    for (const set of card.keys) {
      for (const term of set) {
        const holders = byTerm.get(term);
        if (!holders) byTerm.set(term, [i]);
        else if (holders[holders.length - 1] !== i) holders.push(i);
      }
    }
    const group = byTitles.get(card.titleKeys);
    if (group) group.push(i);
    else byTitles.set(card.titleKeys, [i]);
  });
  const exact = new Map([...byTitles.values()].map((group) => [group, share.intern(group)]));
  const byTitleTerm = new Map<string, number[][]>();
  for (const [titles, group] of byTitles) {
    const shared = exact.get(group)!;
    for (const term of titles) {
      const groups = byTitleTerm.get(term);
      if (groups) groups.push(shared);
      else byTitleTerm.set(term, [shared]);
    }
  }
  // Arrays built by push keep room to grow: exact (or equal shared) copies hold the same for a fraction of the memory.
  const bigrams = new Map<string, number[]>();
  const others = new Map<string, number[]>();
  for (const [term, holders] of byTerm) (isAllHangul(term) ? bigrams : others).set(term, share.intern(holders));
  return { cards, byBigram: share.termLists(bigrams), byOtherTerm: others, byTitleTerm: share.termLists(byTitleTerm) };
}

/**
 * The cards that may match a reading of a question: those holding at least one term of every
 * named word (a word that is not there at all cannot be matched), leaving aside words that may be
 * matched elsewhere (place words, found in the fact's section). All cards when nothing is left.
 */
export function candidateCards<T>(set: CardSet<T>, named: readonly NamedWord[], elsewhere: (word: string) => boolean): Card<T>[] {
  let keep: number[] | null = null;
  for (const word of named) {
    if (elsewhere(word.text)) continue;
    const holders = new Set<number>();
    for (const term of word.grams.length ? word.grams : [word.text]) {
      for (const i of set.byBigram.get(term) ?? set.byOtherTerm.get(term) ?? []) holders.add(i);
      for (const group of set.byTitleTerm.get(term) ?? []) for (const i of group) holders.add(i);
    }
    keep = (keep ?? [...holders].sort((a, b) => a - b)).filter((i) => holders.has(i));
    if (keep.length === 0) return [];
  }
  return keep ? keep.map((i) => set.cards[i]!) : [...set.cards];
}
