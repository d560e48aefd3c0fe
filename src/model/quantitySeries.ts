import { z } from 'zod';
import { SourceRef } from './sourceRef';

/** One named figure of a series: a table cell, or a facility's area. */
export const SeriesItem = z.object({
  name: z.string(),
  value: z.number(),
  /** The figure as the report writes it (`3,561 (56.1%)`, `1,369㎡(약 415평)`). */
  shown: z.string(),
  /** The whole cell when the figure is half of one (`48/1,826` under `학과/인원`), for finding it in the report. */
  cell: z.string().optional(),
  line: z.number().int().positive(),
});
export type SeriesItem = z.infer<typeof SeriesItem>;

/**
 * Figures of one kind and one unit that can be compared or added up: a table column with a
 * quantity header (`참여인원`, `지원금액(백만원)`), a table row across named columns (`규모` of
 * 창작뜰 · 배움뜰 · 창업뜰), or the areas of a program's facilities.
 */
export const QuantitySeries = z.object({
  id: z.string(),
  /** `total`: a table's total column (each row's own total, `합 계` before '19년 … '22년). */
  kind: z.enum(['column', 'total', 'row', 'area']),
  /** What is measured: the column header, the row's name, or `면적`. */
  name: z.string(),
  /** One unit for every item (`백만원`, `㎡`, `명`), or '' when the report states none. */
  unit: z.string(),
  /** The table's caption or, for areas, the program's title. */
  caption: z.string().nullable(),
  /** The lines just above the table (what it is about). */
  context: z.string(),
  /** The table's headers (its other columns name what it is about too: `지원과제 중 지원금액`); none for areas. */
  headers: z.array(z.string()),
  items: z.array(SeriesItem).min(2),
  /** The report's own total of the series (a `계` row or column), if it has one. */
  total: SeriesItem.nullable(),
  owner: z.string(),
  programId: z.string().nullable(),
  source: SourceRef,
});
export type QuantitySeries = z.infer<typeof QuantitySeries>;
