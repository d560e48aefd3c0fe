/**
 * `Lexicon.gluedStopWord` over these words: the longest of them written at the end of a word with
 * two syllables or more before it, looked up by the word's last letter (built once per lexicon).
 *
 * @example
 * gluedStopWordOf(['기간', '예산'])('모집기간'); // '기간'
 */
export function gluedStopWordOf(words: readonly string[]): (word: string) => string | undefined {
  const byEnd = new Map<string, string[]>();
  for (const w of words.filter((w) => w.length >= 2).sort((a, b) => b.length - a.length)) {
    const end = w.at(-1)!;
    const list = byEnd.get(end);
    if (list) list.push(w);
    else byEnd.set(end, [w]);
  }
  return (word) => byEnd.get(word.at(-1) ?? '')?.find((w) => word.endsWith(w) && word.length - w.length >= 2);
}
