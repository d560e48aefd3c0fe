/** One line of a report: 1-based number, the text as written, and its normalised form. */
export interface ReportLine {
  n: number;
  raw: string;
  norm: string;
}

/**
 * Splits a report into lines, normalising each for parsing while keeping the raw text.
 *
 * @example
 * toReportLines('가\n나', (s) => s)[1]; // { n: 2, raw: '나', norm: '나' }
 */
export function toReportLines(text: string, normalize: (raw: string) => string): ReportLine[] {
  return text.split(/\r?\n/).map((raw, i) => ({ n: i + 1, raw, norm: normalize(raw) }));
}
