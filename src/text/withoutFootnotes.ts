/** A footnote mark: superscript digits with an optional closing parenthesis (`스케일업¹⁾`, `지원기업 수 ⁴⁾`). */
const FOOTNOTE = /\s?[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾?/g;

/**
 * Text to show without the report's footnote marks, which mean nothing outside the page they
 * point into. (Extractors still see them: a mark ties a figure to its note.)
 *
 * @example
 * withoutFootnotes('지원기업 수 ⁴⁾: 29'); // '지원기업 수: 29'
 */
export function withoutFootnotes(text: string): string {
  return text.replace(FOOTNOTE, '');
}
