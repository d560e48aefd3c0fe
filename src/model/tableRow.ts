import { z } from 'zod';
import { SourceRef } from './sourceRef';

/** A number read from a table cell with the unit written after it: `3,561 (56.1%)` → 3561, ``; `1,369㎡(약 415평)` → 1369, `㎡`. */
export const Quantity = z.object({ value: z.number(), unit: z.string() });
export type Quantity = z.infer<typeof Quantity>;

/**
 * One data row of a tab-separated table, with the table's column headers: answers show it as
 * `header: value` pairs, aggregates read a column across the rows of one table.
 */
export const TableRow = z.object({
  id: z.string(),
  /** The table it belongs to (`<docId>:<first line>`): rows with the same key form one table. */
  table: z.string(),
  /** The line just above the table (`주요 프로그램`, `- 조성분야(6개 분야) 및 투자대상`), if any. */
  caption: z.string().nullable(),
  /** The lines above the table up to its block's heading (what the table is about). */
  context: z.string(),
  /** The unit the table states for its figures (`(단위 : 억원)`), if any. */
  unit: z.string().nullable(),
  /** Column headers (a two-line header joined: `집행률(%) 지출액`); empty for a column without one. */
  headers: z.array(z.string()),
  /** The row's name: its first cell (or the group above it when blank) and any unlabelled name column. */
  label: z.string(),
  /** Every cell, trimmed, in column order (the label cells included). */
  cells: z.array(z.string()),
  /** The number in each cell, when the cell is one number with at most a unit and a note in parentheses. */
  quantities: z.array(Quantity.nullable()),
  /** Columns holding the row's name (never aggregated). */
  labelColumns: z.number().int().nonnegative(),
  /** A total row (`계`, `합계`, `총계`): never a candidate for "the most". */
  isTotal: z.boolean(),
  /** Program, item or section the table belongs to (short title). */
  owner: z.string(),
  programId: z.string().nullable(),
  source: SourceRef,
});
export type TableRow = z.infer<typeof TableRow>;
