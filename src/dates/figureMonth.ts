/**
 * The months a line's figures are stated for, when its label says so: `고용률(7월,%) : …` → [7, 7],
 * `('22.1.~7.) : 총 10,898개사` and `□ 추진실적('22.1.~7.) : …` → [1, 7]; null for any other line.
 *
 * @example
 * figureMonth('고용률(7월,%) : (19) 60.8 → (22) 60.9'); // [7, 7]
 * figureMonth("개관 : '22.11월");                        // null
 */
export function figureMonth(line: string): readonly [number, number] | null {
  const month = /^[^:：]*\((\d{1,2})\s*월\s*[,)]/.exec(line);
  if (month) return [Number(month[1]), Number(month[1])];
  const span = /^[^:：]*\('?\d{2}\.\s*(\d{1,2})\.?\s*~\s*(\d{1,2})\.?\s*\)\s*:/.exec(line);
  return span ? [Number(span[1]), Number(span[2])] : null;
}
