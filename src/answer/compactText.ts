/**
 * Text for "does the question name it" checks: lower case, without spaces and the bracket marks
 * around names, so `청년 취업 사관학교` and `「청년취업사관학교」` both read `청년취업사관학교`.
 *
 * @example
 * compactText('지원기업 수'); // '지원기업수'
 */
export function compactText(text: string): string {
  return text.toLowerCase().replace(/[\s「」'"‘’“”]+/g, '');
}
