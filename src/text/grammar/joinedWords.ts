/** How staff join or part words the report writes otherwise: dotted compounds, "per one", "regarding". */
/**
 * A chain of syllables and short words joined by middle dots, one piece a single syllable (`인·허가`,
 * `산·학·연·병원`), with the same written together after it: the report's way of writing a compound
 * that staff type as one word (`인허가`, `산학연병`). Other chains (`바이오·의료`) stay as they are.
 *
 * @example
 * withDottedSyllablesJoined('실무인재(인·허가, 임상 등)'); // '실무인재(인·허가 인허가, 임상 등)'
 */
export function withDottedSyllablesJoined(text: string): string {
  if (!/[·ㆍ]/.test(text)) return text;
  return text.replace(/(?<![가-힣·ㆍ])[가-힣]{1,2}(?:[·ㆍ][가-힣]{1,2})+(?![가-힣·ㆍ])/g, (chain) => (chain.split(/[·ㆍ]/).some((piece) => piece.length === 1) ? `${chain} ${chain.replace(/[·ㆍ]/g, '')}` : chain));
}

/**
 * "Per one" said with its noun apart (`과제 한건당`, `과제 하나에`, `과제 1개당`), as the report writes
 * it, the noun with 당 (`과제당`), when the report writes that word (`isWord`); `대학 한곳에` stays
 * (the report has no `대학당`, and `한곳에` is as often "in one place").
 *
 * @example
 * withPerOneJoined('과제 한건당 최대 지원액', (w) => w === '과제당'); // '과제당 최대 지원액'
 */
export function withPerOneJoined(text: string, isWord: (word: string) => boolean): string {
  return text.replace(/([가-힣]{2,})\s+(?:(?:(?:한|1)\s?(?:건|곳|개)|하나)(?:당|에)|(?:건|개)당)(?=\s|[?？.,]|$)/g, (whole, noun: string) => (isWord(`${noun}당`) ? `${noun}당` : whole));
}

/**
 * "Regarding" with its particle (`서울혁신챌린지 사업과 관련하여`, `건립 건과 관련해서`): the 과/와
 * before 관련 joins nothing, so the word before it is read without it; never a word the report
 * writes with its 과 (`뷰티패션산업과`, `성과`, `결과`).
 *
 * @example
 * withoutRegardingParticle('서울혁신챌린지 사업과 관련하여', (w) => w === '성과'); // '서울혁신챌린지 사업 관련하여'
 */
export function withoutRegardingParticle(text: string, isWord: (word: string) => boolean): string {
  return text.replace(/(?<![\p{L}\p{N}])([\p{L}\p{N}]+)(과|와)(?=\s+관련)/gu, (whole, word: string, particle: string) => (isWord(`${word}${particle}`) ? whole : word));
}
