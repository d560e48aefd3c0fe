/** An HTML tag the OCR left in a cell: `<ul style="list-style-type: none">`, `</li>`, `<br/>` (ASCII names only, so `<서울라이트>` stays). */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?\/?>/g;

/**
 * Removes the HTML tags the OCR left in the report's text (nobody wrote them). Tabs, line breaks
 * and indentation are kept (they carry tables and bullet depth); spaces left behind inside a line
 * are collapsed and dropped before a tab or the line's end.
 *
 * @example
 * stripMarkup('뷰티×테크 \t<ul style="list-style-type: none"> · 기능 : 체험공간'); // '뷰티×테크\t · 기능 : 체험공간'
 */
export function stripMarkup(text: string): string {
  if (!/<\/?[A-Za-z]/.test(text)) return text;
  return text
    .replace(HTML_TAG, ' ')
    .replace(/(?<=\S) {2,}/g, ' ')
    .replace(/ +(?=\t|$)/gm, '');
}
