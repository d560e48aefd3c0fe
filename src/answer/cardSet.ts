import type { Card } from './matchState';
import type { NamedWord } from './matchScore';

/**
 * Cards with an index from each match term to the cards whose names or line hold it, and from
 * each term of a program's titles to that program's cards (titles are shared, so indexed once).
 */
export interface CardSet<T> {
  cards: readonly Card<T>[];
  byTerm: ReadonlyMap<string, readonly number[]>;
  byTitleTerm: ReadonlyMap<string, readonly (readonly number[])[]>;
}

/**
 * Indexes cards by the terms of their names and their line, and by their program's titles.
 * `intern` swaps each list of cards for an equal shared one (see `ListInterner`).
 */
export function cardSet<T>(cards: readonly Card<T>[], intern: (list: readonly number[]) => number[] = (list) => list.slice()): CardSet<T> {
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
  const byTitleTerm = new Map<string, number[][]>();
  for (const [titles, group] of byTitles) {
    for (const term of titles) {
      const groups = byTitleTerm.get(term);
      if (groups) groups.push(group);
      else byTitleTerm.set(term, [group]);
    }
  }
  // Arrays built by push keep room to grow: exact (or equal shared) copies hold the same for a fraction of the memory.
  for (const [term, holders] of byTerm) byTerm.set(term, intern(holders));
  const exact = new Map([...byTitles.values()].map((group) => [group, intern(group)]));
  for (const [term, groups] of byTitleTerm) byTitleTerm.set(term, groups.map((group) => exact.get(group)!));
  return { cards, byTerm, byTitleTerm };
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
      for (const i of set.byTerm.get(term) ?? []) holders.add(i);
      for (const group of set.byTitleTerm.get(term) ?? []) for (const i of group) holders.add(i);
    }
    keep = (keep ?? [...holders].sort((a, b) => a - b)).filter((i) => holders.has(i));
    if (keep.length === 0) return [];
  }
  return keep ? keep.map((i) => set.cards[i]!) : [...set.cards];
}
