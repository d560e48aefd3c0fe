import { escapeRegExp } from '../text/escapeRegExp';
import type { Reading } from '../answer/readTypos';

/** A question read again with one word swapped for its equivalent, and the swap (for the answer to say). */
export interface EquivalentReading {
  text: string;
  readAs: Reading;
}

/**
 * Reads a question again with each word of an equivalence group it uses swapped for the group's
 * other words (`양재 AI R&D 지원금액` → `양재 인공지능 R&D 지원금액`): both are the report's own
 * words for one thing, so a question refused as typed may be answered in the other. A Latin word
 * is matched whole, never inside a longer Latin word (`AI` is not in `MAIN`); case does not matter.
 *
 * @example
 * const read = equivalentReadings([['AI', '인공지능']]);
 * read('양재 AI R&D 지원금액').map((r) => r.text); // ['양재 인공지능 R&D 지원금액']
 */
export function equivalentReadings(groups: readonly (readonly string[])[]): (text: string) => EquivalentReading[] {
  const swaps = groups.flatMap((group) =>
    group.map((word) => ({ others: group.filter((other) => other !== word), pattern: new RegExp(`(?<![A-Za-z])${escapeRegExp(word)}(?![A-Za-z])`, 'gi') })),
  );
  return (text) =>
    swaps.flatMap(({ others, pattern }) => {
      pattern.lastIndex = 0;
      const typed = text.match(pattern)?.[0];
      return typed === undefined ? [] : others.map((other) => ({ text: text.replace(pattern, other), readAs: { typed, read: other } }));
    });
}

/**
 * A question naming one thing twice, side by side in two words of an equivalence group
 * (`FDI(외국인직접투자) 유치 실적`, a gloss), without the second: it names nothing more than the first does.
 *
 * @example
 * const once = withoutEquivalentRepeats([['FDI', '외국인직접투자']]);
 * once('서울투자청 FDI(외국인직접투자) 유치 실적'); // '서울투자청 FDI 유치 실적'
 */
export function withoutEquivalentRepeats(groups: readonly (readonly string[])[]): (text: string) => string {
  const patterns = groups.map((group) => group.map((word) => new RegExp(`\\(?(?<![A-Za-z])${escapeRegExp(word)}(?![A-Za-z])\\)?`, 'i')));
  return (text) => {
    let result = text;
    for (const group of patterns) {
      const found = group.map((pattern) => pattern.exec(result)).filter((m): m is RegExpExecArray => m !== null);
      if (found.length < 2) continue;
      const [first, later] = found.sort((a, b) => a.index - b.index) as [RegExpExecArray, RegExpExecArray];
      // Only side by side (a gloss), never two words apart (`양성 교육`: both said for a reason).
      if (later.index - (first.index + first[0].length) > 1) continue;
      result = `${result.slice(0, later.index)} ${result.slice(later.index + later[0].length)}`;
    }
    return result;
  };
}
