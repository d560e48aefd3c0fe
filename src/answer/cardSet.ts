import type { Card } from './matchState';
import type { NamedWord } from './matchScore';

/** Cards with an index from each match term to the cards whose names or line hold it. */
export interface CardSet<T> {
  cards: readonly Card<T>[];
  byTerm: ReadonlyMap<string, readonly number[]>;
}

/** Indexes cards by the terms of their names, their program's titles and their line. */
export function cardSet<T>(cards: readonly Card<T>[]): CardSet<T> {
  const byTerm = new Map<string, number[]>();
  cards.forEach((card, i) => {
    for (const set of card.keys) {
      for (const term of set) {
        const holders = byTerm.get(term);
        if (!holders) byTerm.set(term, [i]);
        else if (holders[holders.length - 1] !== i) holders.push(i);
      }
    }
  });
  return { cards, byTerm };
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
    for (const term of word.grams.length ? word.grams : [word.text]) for (const i of set.byTerm.get(term) ?? []) holders.add(i);
    keep = (keep ?? [...holders].sort((a, b) => a - b)).filter((i) => holders.has(i));
    if (keep.length === 0) return [];
  }
  return keep ? keep.map((i) => set.cards[i]!) : [...set.cards];
}
