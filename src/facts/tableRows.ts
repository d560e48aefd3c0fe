import type { ReportLine } from '../parse/ReportLine';

/** A tab-separated table row: its line and its cells (normalised, trimmed). */
export interface TableRow {
  line: ReportLine;
  cells: string[];
}

/**
 * The tab-separated rows of a section's lines, from the first row whose first cell matches
 * `header` up to the first line that is not a table row.
 */
export function tableRows(lines: ReportLine[], from: number, to: number, header: RegExp): TableRow[] {
  const rows: TableRow[] = [];
  let started = false;
  for (let n = from; n <= to && n <= lines.length; n++) {
    const line = lines[n - 1]!;
    if (!line.norm.includes('\t')) {
      if (started && line.norm.trim() !== '') break;
      continue;
    }
    const cells = line.norm.split('\t').map((c) => c.trim());
    if (!started && !header.test(cells[0] ?? '')) continue;
    started = true;
    rows.push({ line, cells });
  }
  return rows;
}
