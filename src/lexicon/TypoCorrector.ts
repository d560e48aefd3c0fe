import { isAllHangul } from '../text/grammar';
import { isKeySlip, syllableDistance } from '../text/jamo';
import { withinOneEdit } from '../text/withinOneEdit';

/** A Latin word long enough to read one keystroke off as a typo (`everthing`). */
const LATIN_WORD = /^[a-z]{6,}$/;

/** Words a corrector reads typos as, and the words it must never take for typos. */
export interface TypoWords {
  /** Words of three syllables or more: the report's, the lexicon's, the program names'. */
  long: Iterable<string>;
  /** Two-syllable words a short typo may stand for (the lexicon's routing words: 예산, 위치 …). */
  short: Iterable<string>;
  /** Whether a word (or a known word with a particle or ending) is a real word, so no typo. */
  isKnown: (word: string) => boolean;
  /** Latin names of two words (`try everything`), read when written together. */
  latinPairs?: Iterable<string>;
  /** Names (`서울투자청`, `서울형 강소기업`, `경제정책과`), which an abbreviation of their syllables may stand for (`서투청`, `서강기`, `경정과`). */
  abbreviated?: Iterable<string>;
}

/** Syllables an abbreviation has (`서투청`, `뷰복공` … four at most). */
const ABBREVIATION = { min: 3, max: 4 };
/** How near the end of the name an abbreviation's last syllable falls (`기` of 서울형 강소**기**업). */
const ABBREVIATION_TAIL = 3;

/**
 * Reads a mistyped word as the word meant: in three-syllable words one jamo off (`시네마태크`
 * has four), in longer ones one jamo off in one syllable (`지원센타`), in two at most from five syllables on (`시네마태끄`), and in
 * two-syllable words one slip of the finger onto a lexicon word only (`예싼` → `예산`; the report's
 * `인턴` is never read for an unknown `인천`); failing that, a short form leaving out the middle of one
 * longer word (`애니센터` → `애니메이션센터`). A Latin word of six letters or more may be one keystroke
 * off (`everthing` → `everything`), or two words of a name written together (`tryeverything`). A known word is never a typo, and a typo as close to
 * two words as to one is left as typed, and two known words written together (`교육기간`) are no typo of a third
 * (`교육기관`), though they may be a short form (`애니센터`). Built once per corpus.
 *
 * @example
 * corrector.correct('예싼');       // '예산'
 * corrector.correct('시네마태크'); // '시네마테크'
 */
export class TypoCorrector {
  /** Candidate words by length in syllables. */
  private readonly byLength = new Map<number, string[]>();
  /** The long candidate words by first syllable (a short form keeps a word's first syllable). */
  private readonly byFirst = new Map<string, string[]>();
  /** The long Latin words (`everything`), read one keystroke off. */
  private readonly latin: string[] = [];
  /** Two-word Latin names by the two written together (`tryeverything` → `try everything`). */
  private readonly latinPairs = new Map<string, string>();
  /** Names an abbreviation may stand for, by first syllable: each written together, and as it is. */
  private readonly byInitial = new Map<string, { together: string; name: string }[]>();

  constructor(private readonly words: TypoWords) {
    for (const word of new Set(words.long)) {
      if (LATIN_WORD.test(word)) this.latin.push(word);
      if (word.length < 3 || !isAllHangul(word)) continue;
      listIn(this.byLength, word.length).push(word);
      listIn(this.byFirst, word[0]!).push(word);
    }
    for (const pair of words.latinPairs ?? []) this.latinPairs.set(pair.replace(' ', ''), pair);
    const seen = new Set<string>();
    for (const name of words.abbreviated ?? []) {
      const together = name.replace(/\s+/g, '');
      if (together.length < ABBREVIATION.min + 2 || !isAllHangul(together) || seen.has(together)) continue;
      seen.add(together);
      listOf(this.byInitial, together[0]!).push({ together, name });
    }
    this.byLength.set(2, [...new Set(words.short)].filter((w) => w.length === 2 && isAllHangul(w)));
  }

  /** The word meant, or null when the word is known, neither Hangul nor a long Latin word, or not clearly one word's typo. */
  correct(word: string): string | null {
    if (LATIN_WORD.test(word)) return this.words.isKnown(word) ? null : (this.latinPairs.get(word) ?? unique(this.latin.filter((w) => withinOneEdit(word, w))));
    if (word.length < 2 || !isAllHangul(word) || this.words.isKnown(word)) return null;
    const candidates = this.byLength.get(word.length) ?? [];
    if (word.length === 2) return unique(candidates.filter((w) => slipped(word, w)));
    return (this.isCompound(word) ? null : this.closest(word, candidates)) ?? this.shortened(word) ?? this.abbreviated(word);
  }

  /**
   * The one name an abbreviation of its syllables stands for (`서투청` → `서울투자청`, `서강기` →
   * `서울형 강소기업`): the same first syllable, then each syllable in order, the last near the end.
   */
  private abbreviated(word: string): string | null {
    if (word.length < ABBREVIATION.min || word.length > ABBREVIATION.max) return null;
    const found = new Set<string>();
    for (const { together, name } of this.byInitial.get(word[0]!) ?? []) {
      let at = 0;
      for (const syllable of word.slice(1)) {
        at = together.indexOf(syllable, at + 1);
        if (at < 0) break;
      }
      if (at >= together.length - ABBREVIATION_TAIL && !together.includes(word)) found.add(name);
    }
    return unique([...found]);
  }

  /** Two known words written together (`교육기간`: 교육 and 기간), which is no typo of a third (`교육기관`). */
  private isCompound(word: string): boolean {
    for (let at = 2; at <= word.length - 2; at++) if (this.words.isKnown(word.slice(0, at)) && this.words.isKnown(word.slice(at))) return true;
    return false;
  }

  /** The one word of the same length a few jamo off, or null. */
  private closest(word: string, candidates: readonly string[]): string | null {
    let best = Infinity;
    let found: string[] = [];
    for (const candidate of candidates) {
      const distance = distanceBySyllable(word, candidate);
      if (distance < best) [best, found] = [distance, [candidate]];
      else if (distance === best && Number.isFinite(distance)) found.push(candidate);
    }
    return unique(found);
  }

  /**
   * The one longer word this is a short form of, its middle left out (`애니센터` for 애니메이션센터,
   * `캠타운활성화과` for 캠퍼스타운활성화과): the same first syllables, then the same last two or more.
   * None for a word the report writes inside a longer one.
   */
  private shortened(word: string): string | null {
    if (word.length < 3) return null;
    // Written inside a longer word (`패션업체` in 중소패션업체): the report's own word, not a short form of another.
    for (const [length, words] of this.byLength) if (length > word.length && words.some((w) => w.includes(word))) return null;
    const found = new Set<string>();
    for (const candidate of this.byFirst.get(word[0]!) ?? []) {
      if (candidate.length < word.length + 2) continue;
      for (let k = 1; k <= word.length - 2; k++) {
        if (candidate.startsWith(word.slice(0, k)) && candidate.endsWith(word.slice(k))) found.add(candidate);
      }
    }
    return unique([...found]);
  }
}

/** The list a map holds under `key`, made empty on first use. */
function listIn<K>(map: Map<K, string[]>, key: K): string[] {
  return listOf(map, key);
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function unique(candidates: string[]): string | null {
  return candidates.length === 1 ? candidates[0]! : null;
}

/** A two-syllable word with one syllable slipped on the keyboard. */
function slipped(typed: string, meant: string): boolean {
  const same = [0, 1].filter((i) => typed[i] === meant[i]).length;
  return same === 1 && [0, 1].some((i) => typed[i] !== meant[i] && isKeySlip(typed[i]!, meant[i]!));
}

/** Syllables apart, when every differing syllable is one jamo off and few enough differ (one, two in words of five or more); else Infinity. */
function distanceBySyllable(typed: string, meant: string): number {
  // Two syllables off in a four-syllable word is half of it (`운영시간` is not a typo of 운영기관).
  const allowed = typed.length >= 5 ? 2 : 1;
  let differing = 0;
  for (let i = 0; i < typed.length; i++) if (typed[i] !== meant[i] && ++differing > allowed) return Infinity;
  if (differing === 0) return Infinity;
  for (let i = 0; i < typed.length; i++) if (typed[i] !== meant[i] && syllableDistance(typed[i]!, meant[i]!) > 1) return Infinity;
  return differing;
}
