/**
 * Whether a line says a rate's stem as a word of its own (`수료 291명(83.1%)` for 수료율, or the rate
 * itself), not as the head of another noun (`고용장려금` is no 고용률).
 *
 * @example
 * saysRateStem('직무교육 수료 291명(83.1%)', '수료'); // true
 * saysRateStem('고용장려금 지원 등', '고용');          // false
 */
export function saysRateStem(line: string, stem: string): boolean {
  for (let at = line.indexOf(stem); at >= 0; at = line.indexOf(stem, at + 1)) {
    const next = line[at + stem.length];
    if (next === undefined || !/[\uAC00-\uD7A3]/.test(next) || next === '률' || next === '율') return true;
  }
  return false;
}
