/**
 * Chat emoticons typed with Hangul letters alone (`ㅠㅠ`, `ㅎㅎ`, `ㅋㅋ`, `ㅜ.ㅜ`) or marks (`^^`, `;;`),
 * glued to a word's end or standing alone: they close what was said, as a comma does, so an ending
 * before them is read (`못 가는데ㅠ` is `못 가는데,`). A letter inside a word or glued to it other
 * than ㅠ, ㅜ, ㅋ, ㅎ (a typo: `예ㅅ산`, `예산ㅇ`) stays.
 *
 * @example
 * withoutEmoticons('멀리는 못 가는데ㅠ 어디서 받나요?'); // '멀리는 못 가는데, 어디서 받나요?'
 * withoutEmoticons('해보고 싶어서요 ㅎㅎ 몇 명이에요');   // '해보고 싶어서요, 몇 명이에요'
 */
export function withoutEmoticons(text: string): string {
  if (!MAYBE.test(text)) return text;
  return text
    .replace(EMOTICON, ',')
    .replace(/\s+,/g, ',')
    .replace(/,+(?=[,?？!！.]|\s*$)/g, '')
    .replace(/^\s*,\s*/, '')
    .replace(/,(?=\S)/g, ', ')
    .trim();
}

/** A lone Hangul letter, `^` or `;` somewhere: the only texts worth a look. */
const MAYBE = /[\u3131-\u3163^;]/;

/**
 * A run of lone Hangul letters standing alone, or of the crying and laughing letters (ㅠ, ㅜ, ㅋ, ㅎ) glued
 * to a word (another letter glued is a typo: `예산ㅇ`), or `^^`/`;;`, before a space, a mark or the end.
 */
const EMOTICON = /(?:(?<=^|\s)[\u3131-\u3163][.\u3131-\u3163]*|(?<=[^\s\u3131-\u3163.^;])[ㅠㅜㅋㅎ][.ㅠㅜㅋㅎ]*|\^[\^_]*\^|;{2,})(?=\s|$|[?？!！,])/g;
