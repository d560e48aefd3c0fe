/** Hangul syllables: what counts as one, runs of them, final consonants. */

/** One Hangul syllable. */
export const HANGUL = /[가-힣]/;
/** Runs of Hangul syllables. */
export const HANGUL_RUN = /[가-힣]+/g;
/** Runs of Hangul, lower-case Latin letters or digits: the pieces a text is split into. */
export const WORD_RUNS = /[가-힣]+|[a-z]+|\d+/g;

/** Whether a text holds at least one Hangul syllable. */
export function isHangul(text: string): boolean {
  return HANGUL.test(text);
}

/** Whether a text is Hangul syllables only. */
export function isAllHangul(text: string): boolean {
  return /^[가-힣]+$/.test(text);
}

/** The Hangul syllables of a text, everything else dropped. */
export function hangulOnly(text: string): string {
  return text.replace(/[^가-힣]/g, '');
}

/** A word's Hanja gloss in brackets (`자치구(區)`, `시비(市費)`): the word before it already says it. */
export function withoutHanjaGloss(text: string): string {
  return text.replace(/(?<=[가-힣])\([\u3400-\u9FFF]+\)/g, '');
}

/** A syllable's final consonant as its index (0: none, 8: ㄹ, 20: ㅆ), or -1 for anything but a Hangul syllable. */
function finalOf(syllable: string): number {
  const code = syllable.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 ? code % 28 : -1;
}

/**
 * A syllable's vowel as its index among the 21 (0: ㅏ, 1: ㅐ, 4: ㅓ, 6: ㅕ), or -1 for anything but a
 * Hangul syllable.
 *
 * @example
 * vowelOf('켜'); // 6 (ㅕ)
 */
export function vowelOf(syllable: string): number {
  const code = syllable.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 ? Math.floor((code % 588) / 28) : -1;
}

/** Whether a syllable ends in a consonant (받침): `산` yes, `사` no. */
export function hasFinalConsonant(syllable: string): boolean {
  return finalOf(syllable) > 0;
}

/** Whether a Hangul syllable ends in ㄹ (`볼`, `서울`): it takes 로, and ends a verb's future form (`둘러볼`). */
export function hasFinalL(syllable: string): boolean {
  return finalOf(syllable) === 8;
}

/** Whether a Hangul syllable ends in ㅆ (`났`, `됐`, `갔`): a verb's past form, never a noun's syllable. */
export function hasFinalSs(syllable: string): boolean {
  return finalOf(syllable) === 20;
}

/** Whether a syllable ends in ㅇ (`창`, `공`): common in nouns, rare in verb stems. */
export function hasFinalNg(syllable: string): boolean {
  return finalOf(syllable) === 21;
}

/** Whether a syllable ends in ㄴ (`난`, `친`): a verb's -ㄴ before 데 or 것. */
export function hasFinalN(syllable: string): boolean {
  return finalOf(syllable) === 4;
}
