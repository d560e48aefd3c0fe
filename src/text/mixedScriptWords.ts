import { stripParticle } from './grammar';

const LATIN = /[a-z]/i;
const HANGUL = /[\uAC00-\uD7A3]/;

/**
 * The words of a text written with Latin letters and Hangul together (`AI지원센터`, `G밸리`),
 * lower case, without a particle: a name the report may write as one word, which its two halves
 * found apart (`AI` here, `…지원센터` there) do not name.
 *
 * @example
 * mixedScriptWords('AI지원센터 운영기관은 어디로'); // ['ai지원센터']
 */
export function mixedScriptWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((word) => word.length <= 40 && LATIN.test(word) && HANGUL.test(word))
    .map((word) => stripParticle(word.replace(/[^0-9a-z\uAC00-\uD7A3&]/gi, '')).toLowerCase())
    .filter((word) => LATIN.test(word) && HANGUL.test(word));
}

/**
 * The ways a squashed text may write a mixed word: as typed, or with a hyphen where Latin letters
 * meet Hangul (`job코디` is written `Job-코디` too).
 *
 * @example
 * mixedSpellings('job코디'); // ['job코디', 'job-코디']
 */
export function mixedSpellings(word: string): string[] {
  const hyphenated = word.replace(/([a-z])(?=[\uAC00-\uD7A3])|([\uAC00-\uD7A3])(?=[a-z])/g, '$1$2-');
  return hyphenated === word ? [word] : [word, hyphenated];
}
