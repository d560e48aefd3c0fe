/** Single syllables that are words on their own, so a run that starts or ends with one is prose, not a spaced-out label. */
const STANDALONE = new Set(['및', '등', '약', '총', '것', '수', '더', '또']);

const CAPITALS = /(?<![\p{L}\p{N}])[A-Z](?: [A-Z]){2,}(?![\p{L}\p{N}])/gu;

const RUN = /(?<![\p{L}\p{N}·])[가-힣](?: [가-힣])+(?![\p{L}\p{N}·])/gu;

/**
 * Joins table cells the OCR spaced out letter by letter (`경 제 정 책 과` → `경제정책과`,
 * `위 치` → `위치`), leaving prose alone: runs next to `·`, and runs that begin or end with a
 * word that stands alone (`및`, `등`, `약`, `총` …), are kept as written.
 *
 * @example
 * joinSpacedLetters('금 용 투 자 과\t26,003'); // '금용투자과\t26,003'
 * joinSpacedLetters('및 온·오프라인');        // unchanged
 * joinSpacedLetters('◆ G R D P (22.7%)');   // '◆ GRDP (22.7%)'
 */
export function joinSpacedLetters(text: string): string {
  // Capitals spelled out the same way (`G R D P` → `GRDP`), three or more.
  return text.replace(CAPITALS, (run) => run.replace(/ /g, '')).replace(RUN, (run) => {
    const letters = run.split(' ');
    const first = letters[0]!;
    const last = letters[letters.length - 1]!;
    if (STANDALONE.has(first) || STANDALONE.has(last)) return run;
    return letters.join('');
  });
}
