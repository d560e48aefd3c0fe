/**
 * The month a question asks about, if it names one by itself (`8월`, `22년 8월`), not a span of
 * months (`6개월`) or a date (`8.15`).
 *
 * @example
 * askedMonth('서울 8월 고용률 몇%'); // 8
 * askedMonth('고용률 몇%');         // null
 */
export function askedMonth(text: string): number | null {
  const m = /(?<![\d.'])(\d{1,2})\s*월(?!\s*간)/.exec(text);
  const month = m ? Number(m[1]) : NaN;
  return month >= 1 && month <= 12 ? month : null;
}
