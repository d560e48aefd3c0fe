const BASE = 0xac00;
const LAST = 0xd7a3;

/**
 * A Hangul syllable's letters (jamo) as numbers: initial consonant (0–18), vowel (19–39) and,
 * when there is one, final consonant (40–67). Compound vowels and finals count as one letter,
 * so `예산`/`예싼` differ by one letter (ㅅ/ㅆ) and `건`/`권` by one (ㅓ/ㅝ).
 */
function lettersOf(syllable: number): number[] {
  const index = syllable - BASE;
  const initial = Math.floor(index / 588);
  const vowel = Math.floor((index % 588) / 28);
  const final = index % 28;
  return final === 0 ? [initial, 19 + vowel] : [initial, 19 + vowel, 39 + final];
}

/**
 * The letters of a word, syllable by syllable; a character that is not a Hangul syllable is one
 * letter of its own (by its code, above every jamo number).
 *
 * @example
 * jamoOf('예산').length; // 5 (ㅇ ㅖ ㅅ ㅏ ㄴ)
 */
export function jamoOf(word: string): number[] {
  const letters: number[] = [];
  for (const ch of word) {
    const code = ch.codePointAt(0)!;
    if (code >= BASE && code <= LAST) letters.push(...lettersOf(code));
    else letters.push(100 + code);
  }
  return letters;
}

/**
 * Edit distance between two words counted in jamo (insert, delete or replace one letter), not
 * stopping early: a few letters apart at most, since it is only asked of words of equal length.
 *
 * @example
 * jamoDistance('예싼', '예산');       // 1
 * jamoDistance('시네마태크', '시네마테크'); // 1
 */
export function jamoDistance(a: string, b: string): number {
  const x = jamoOf(a);
  const y = jamoOf(b);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[y.length]!;
}

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const VOWELS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
/** The two-set (두벌식) keyboard, row by row, and the keys reached with shift. */
const ROWS = ['ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ', 'ㅁㄴㅇㄹㅎㅗㅓㅏㅣ', 'ㅋㅌㅊㅍㅠㅜㅡ'];
const SHIFTED: Record<string, string> = { ㅃ: 'ㅂ', ㅉ: 'ㅈ', ㄸ: 'ㄷ', ㄲ: 'ㄱ', ㅆ: 'ㅅ', ㅒ: 'ㅐ', ㅖ: 'ㅔ' };

/** Whether two keys sit side by side on a row, or are one key with and without shift. */
function nextKeys(a: string, b: string): boolean {
  const [x, y] = [SHIFTED[a] ?? a, SHIFTED[b] ?? b];
  if (x === y) return true;
  return ROWS.some((row) => row.includes(x) && row.includes(y) && Math.abs(row.indexOf(x) - row.indexOf(y)) === 1);
}

/**
 * Whether one syllable is another typed with one slip of the finger: the same letters but one
 * initial consonant or vowel hit with or without shift or on the key next to it (`싼` for `산`,
 * `랴` for `라`). Final consonants and compound vowels take two keystrokes and are not slips.
 *
 * @example
 * isKeySlip('싼', '산'); // true
 * isKeySlip('맡', '많'); // false
 */
export function isKeySlip(typed: string, meant: string): boolean {
  const [a, b] = [typed.charCodeAt(0) - 0xac00, meant.charCodeAt(0) - 0xac00];
  if (a < 0 || b < 0 || a > 11171 || b > 11171 || a === b) return false;
  const parts = (s: number) => [INITIALS[Math.floor(s / 588)]!, VOWELS[Math.floor((s % 588) / 28)]!, s % 28];
  const [p, q] = [parts(a), parts(b)];
  if (p[2] !== q[2]) return false;
  if (p[0] !== q[0] && p[1] !== q[1]) return false;
  return p[0] !== q[0] ? nextKeys(p[0] as string, q[0] as string) : nextKeys(p[1] as string, q[1] as string);
}

/**
 * Jamo apart between two syllables: initial, vowel and final compared slot by slot (a missing
 * final against one is one letter). The same as `jamoDistance` for two syllables, without its
 * tables, since letters of different slots never line up.
 *
 * @example
 * syllableDistance('싼', '산'); // 1
 * syllableDistance('사', '설'); // 2
 */
export function syllableDistance(a: string, b: string): number {
  const x = a.charCodeAt(0) - BASE;
  const y = b.charCodeAt(0) - BASE;
  if (x < 0 || y < 0 || x > LAST - BASE || y > LAST - BASE) return a === b ? 0 : 3;
  return Number(Math.floor(x / 588) !== Math.floor(y / 588)) + Number(Math.floor((x % 588) / 28) !== Math.floor((y % 588) / 28)) + Number(x % 28 !== y % 28);
}
