/**
 * The month a line's figures are stated for, when its label says so (`고용률(7월,%) : …` → 7);
 * null for any other line.
 *
 * @example
 * figureMonth('고용률(7월,%) : (19) 60.8 → (22) 60.9'); // 7
 * figureMonth("개관 : '22.11월");                        // null
 */
export function figureMonth(line: string): number | null {
  const m = /^[^:：]*\((\d{1,2})\s*월\s*[,)]/.exec(line);
  return m ? Number(m[1]) : null;
}
