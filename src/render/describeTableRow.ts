import type { TableRow } from '../model/tableRow';
import { withoutFootnotes } from '../text/withoutFootnotes';

/**
 * A table row as `header: value` pairs after its name, skipping blank cells; a cell under no
 * header is shown alone. `only` keeps just those columns (the one asked about).
 *
 * @example
 * describeTableRow(row); // '문화 — 사업(개): 96 · 참여자(명): 988 · 주요 사업: 박물관미술관 학예인력 양성, …'
 */
export function describeTableRow(row: TableRow, only?: readonly number[]): string {
  const pairs: string[] = [];
  row.cells.forEach((cell, i) => {
    if (i < row.labelColumns || !cell || (only && !only.includes(i))) return;
    const header = row.headers[i]?.trim();
    const value = withoutFootnotes(cell).replace(/^[·•]\s*/, '');
    pairs.push(header ? `${header}: ${value}` : value);
  });
  return pairs.length ? `${row.label} — ${pairs.join(' · ')}` : row.label;
}
