/** Opening quote marks and the marks that close them. */
const PAIRS: Record<string, string> = { "'": "'", '"': '"', '‘': '’', '“': '”', '「': '」', '『': '』' };

/**
 * The phrases a text quotes (`'…'`, `"…"`, `‘…’`, `“…”`, `「…」`, `『…』`), in order, trimmed; a
 * quote longer than `max` characters (default 40) is a pasted sentence, not a phrase, and is left out. An apostrophe before a digit marks a year (`'22년`), never a quote.
 *
 * @example
 * quotedPhrases("보고서 내 '프롭테크' 언급 부분"); // ['프롭테크']
 * quotedPhrases('“약자와의 동행”을 어디서 말했나'); // ['약자와의 동행']
 */
export function quotedPhrases(text: string, max = 40): string[] {
  const phrases: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = PAIRS[text[i]!];
    // `'22년`, `'22.11.`, `'23`: an apostrophe before a year is the year's, not a quote; before a month
    // (`'10월 중순에 …'`) it opens one.
    if (!close || (/\d/.test(text[i + 1] ?? '') && !/^\d{1,2}월/.test(text.slice(i + 1)))) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0) break;
    const phrase = text.slice(i + 1, end).trim();
    if (phrase && phrase.length <= max) phrases.push(phrase);
    i = end;
  }
  return phrases;
}
