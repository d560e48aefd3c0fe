import { isAllHangul } from '../text/grammar';
import { isKeySlip, jamoDistance } from '../text/jamo';

/** Words a corrector reads typos as, and the words it must never take for typos. */
export interface TypoWords {
  /** Words of three syllables or more: the report's, the lexicon's, the program names'. */
  long: Iterable<string>;
  /** Two-syllable words a short typo may stand for (the lexicon's routing words: 예산, 위치 …). */
  short: Iterable<string>;
  /** Whether a word (or a known word with a particle or ending) is a real word, so no typo. */
  isKnown: (word: string) => boolean;
}

/**
 * Reads a mistyped word as the word meant: in three-syllable words one jamo off (`시네마태크`
 * has four), in longer ones one jamo off in each of two syllables at most (`지원센타`), and in
 * two-syllable words one slip of the finger onto a lexicon word only (`예싼` → `예산`; the report's
 * `인턴` is never read for an unknown `인천`). A known word is never a typo, and a typo as close to
 * two words as to one is left as typed. Built once per corpus.
 *
 * @example
 * corrector.correct('예싼');       // '예산'
 * corrector.correct('시네마태크'); // '시네마테크'
 */
export class TypoCorrector {
  private readonly byPattern = new Map<string, string[]>();
  private readonly short = new Set<string>();

  constructor(private readonly words: TypoWords) {
    for (const word of new Set([...words.long].filter((w) => w.length >= 3 && isAllHangul(w)))) this.add(word);
    for (const word of words.short) if (word.length === 2 && isAllHangul(word)) this.short.add(word);
  }

  /** The word meant, or null when the word is known, not Hangul, or not clearly one word's typo. */
  correct(word: string): string | null {
    if (word.length < 2 || !isAllHangul(word) || this.words.isKnown(word)) return null;
    if (word.length === 2) return this.unique([...this.short].filter((w) => slipped(word, w)));
    const scored = new Map<string, number>();
    for (const key of patternsOf(word)) {
      for (const candidate of this.byPattern.get(key) ?? []) {
        if (scored.has(candidate) || candidate.length !== word.length) continue;
        scored.set(candidate, distanceBySyllable(word, candidate));
      }
    }
    const best = Math.min(...scored.values());
    return Number.isFinite(best) ? this.unique([...scored].filter(([, d]) => d === best).map(([w]) => w)) : null;
  }

  private unique(candidates: string[]): string | null {
    return candidates.length === 1 ? candidates[0]! : null;
  }

  private add(word: string): void {
    for (const key of patternsOf(word)) {
      const list = this.byPattern.get(key);
      if (list) list.push(word);
      else this.byPattern.set(key, [word]);
    }
  }
}

/** A two-syllable word with one syllable slipped on the keyboard. */
function slipped(typed: string, meant: string): boolean {
  const same = [0, 1].filter((i) => typed[i] === meant[i]).length;
  return same === 1 && [0, 1].some((i) => typed[i] !== meant[i] && isKeySlip(typed[i]!, meant[i]!));
}

/** Jamo apart, when every differing syllable is one jamo off and few enough syllables differ; else Infinity. */
function distanceBySyllable(typed: string, meant: string): number {
  let total = 0;
  for (let i = 0; i < typed.length; i++) {
    if (typed[i] === meant[i]) continue;
    if (jamoDistance(typed[i]!, meant[i]!) > 1) return Infinity;
    total++;
  }
  return total === 0 || total > (typed.length >= 4 ? 2 : 1) ? Infinity : total;
}

/** The word with one syllable left open (and two, in words of four syllables or more). */
function patternsOf(word: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < word.length; i++) {
    keys.push(`${word.slice(0, i)}\u0000${word.slice(i + 1)}`);
    if (word.length < 4) continue;
    for (let j = i + 1; j < word.length; j++) keys.push(`${word.slice(0, i)}\u0000${word.slice(i + 1, j)}\u0000${word.slice(j + 1)}`);
  }
  return keys;
}
