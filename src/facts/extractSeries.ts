import type { LocationFact } from '../model/locationFact';
import type { QuantitySeries, SeriesItem } from '../model/quantitySeries';
import type { TableRow } from '../model/tableRow';
import type { FactContext, TableWords } from './FactContext';
import { isTotalLabel } from './isTotalLabel';
import { readArea } from './readArea';
import { readQuantity } from './readQuantity';
import { shortTitle } from './shortTitle';

/** A unit written in parentheses in a header or row name: `지원금액(백만원)`, `참여자(명)`, `집행률(%)`. */
const NAME_UNIT = /\(\s*(%|(?:백만|천만|[백천만억])?원|명|개|개사|개소|건|㎡|회|팀|평)\s*\)/;

function unitIn(name: string): string | undefined {
  return name.match(NAME_UNIT)?.[1];
}

/**
 * Every series of comparable figures: each table column whose cells are all numbers in one unit
 * under a quantity header (never 연번, never a mix of units), each row of a table whose figures
 * run across named columns (`규모` of 창작뜰 · 배움뜰 · 창업뜰) when no column qualifies (a row of
 * pairs, `학과/인원 35/1,640 …`, as two rows), and the areas of each program's facilities.
 */
export function extractSeries(context: FactContext, rows: TableRow[], locations: LocationFact[]): QuantitySeries[] {
  const tables = new Map<string, TableRow[]>();
  for (const row of rows) {
    if (!tables.has(row.table)) tables.set(row.table, []);
    tables.get(row.table)!.push(row);
  }
  const series: QuantitySeries[] = [];
  for (const table of tables.values()) {
    const columns = columnSeries(table, context.tableWords);
    // A table of totals only (`합계 | 181 | 24 | 41 | …` under 리더 · 디벨로퍼 · …) is read across its columns.
    const totalsOnly = table.every((row) => row.isTotal);
    series.push(...(columns.length ? columns : table.flatMap((row) => rowSeries(row, context.tableWords, totalsOnly))));
  }
  // A facility's area read from a table row is already that row's series.
  const same = (a: QuantitySeries, b: QuantitySeries) => a.items.map((i) => i.value).join() === b.items.map((i) => i.value).join();
  return [...series, ...areaSeries(context, locations).filter((area) => !series.some((s) => same(s, area)))];
}

function columnSeries(table: TableRow[], words: TableWords): QuantitySeries[] {
  const first = table[0]!;
  // Rows that state their own units (`지원기업 수`, `매출액(백만원)`) measure different things: no column adds them up.
  if (new Set(table.filter((r) => !r.isTotal).map((r) => unitIn(r.label) ?? '')).size > 1) return [];
  const width = Math.max(...table.map((r) => r.cells.length));
  const out: QuantitySeries[] = [];
  for (let i = first.labelColumns; i < width; i++) {
    const header = first.headers[i]?.trim() ?? '';
    if (!header || isTotalLabel(header, words.notQuantities)) continue;
    // The total column (`합 계` of '19년 … '22년) is each row's own total: what "which field is largest" ranks by.
    const kind = isTotalLabel(header, words.totals) ? 'total' : 'column';
    const items = itemsOf(table.filter((r) => !r.isTotal).map((r) => ({ name: r.label, cell: r.cells[i] ?? '', quantity: r.quantities[i] ?? null, line: r.source.line })));
    if (!items) continue;
    const totalRow = table.find((r) => r.isTotal && r.quantities[i]);
    const total = totalRow ? { name: totalRow.label, value: totalRow.quantities[i]!.value, shown: totalRow.cells[i]!, line: totalRow.source.line } : null;
    out.push(seriesOf(first, kind, header, items, total, unitIn(header)));
  }
  return out;
}

function rowSeries(row: TableRow, words: TableWords, totalsOnly = false): QuantitySeries[] {
  if (row.isTotal && !totalsOnly) return [];
  const columns = row.headers.map((h, i) => ({ h: h.trim(), i })).filter(({ h, i }) => i >= row.labelColumns && h !== '');
  const named = columns.filter(({ h }) => !isTotalLabel(h, words.totals));
  const items = itemsOf(named.map(({ h, i }) => ({ name: h, cell: row.cells[i] ?? '', quantity: row.quantities[i] ?? null, line: row.source.line })));
  if (!items) return pairSeries(row, named);
  const totalColumn = columns.find(({ h, i }) => isTotalLabel(h, words.totals) && row.quantities[i]);
  const total = totalColumn ? { name: totalColumn.h, value: row.quantities[totalColumn.i]!.value, shown: row.cells[totalColumn.i]!, line: row.source.line } : null;
  return [seriesOf(row, 'row', row.label, items, total, unitIn(row.label))];
}

/** `학과/인원 | 35/1,640 | 19/833 | …`: a row of pairs is a series per half, named by its half of the label. */
function pairSeries(row: TableRow, columns: readonly { h: string; i: number }[]): QuantitySeries[] {
  const names = row.label.split('/').map((name) => name.trim());
  if (names.length !== 2 || names.some((name) => name === '')) return [];
  return names.flatMap((name, half) => {
    const cells = columns.map(({ h, i }) => {
      const part = (row.cells[i] ?? '').split('/')[half]?.trim() ?? '';
      return { name: h, cell: part, quantity: readQuantity(part), line: row.source.line, whole: row.cells[i] ?? '' };
    });
    const items = itemsOf(cells);
    return items ? [seriesOf(row, 'row', name, items, null, unitIn(name))] : [];
  });
}

interface Cell {
  name: string;
  cell: string;
  /** The whole cell a half was cut from. */
  whole?: string;
  quantity: { value: number; unit: string } | null;
  line: number;
}

/** The items of a series with their one unit, or null when a cell is not a figure, units mix, or fewer than two remain. */
function itemsOf(cells: Cell[]): (SeriesItem & { unit: string })[] | null {
  const filled = cells.filter((c) => c.cell !== '' && c.cell !== '-');
  if (filled.length < 2 || filled.some((c) => c.quantity === null)) return null;
  const units = new Set(filled.map((c) => c.quantity!.unit));
  if (units.size > 1) return null;
  return filled.map((c) => ({ name: c.name, value: c.quantity!.value, shown: c.cell, ...(c.whole === undefined ? {} : { cell: c.whole }), line: c.line, unit: c.quantity!.unit }));
}

function seriesOf(row: TableRow, kind: 'column' | 'total' | 'row', name: string, items: (SeriesItem & { unit: string })[], total: SeriesItem | null, headerUnit?: string): QuantitySeries {
  return {
    id: `series:${row.table}:${kind}:${name}`,
    kind,
    name,
    unit: headerUnit ?? (items[0]!.unit || row.unit || ''),
    caption: row.caption,
    context: row.context,
    headers: row.headers.map((h) => h.trim()).filter(Boolean),
    items: items.map(({ unit: _unit, ...item }) => item),
    total,
    owner: row.owner,
    programId: row.programId,
    source: row.source,
  };
}

/** The areas of each program's facilities (not the program's own site), when it has two or more. */
function areaSeries(context: FactContext, locations: LocationFact[]): QuantitySeries[] {
  const byProgram = new Map<string, LocationFact[]>();
  for (const l of locations) {
    if (!l.programId || !l.area) continue;
    if (!byProgram.has(l.programId)) byProgram.set(l.programId, []);
    byProgram.get(l.programId)!.push(l);
  }
  const out: QuantitySeries[] = [];
  for (const [programId, places] of byProgram) {
    const title = shortTitle(context.sectionById.get(programId)?.title ?? '');
    const items = places
      .filter((l) => l.name !== title)
      .flatMap((l) => {
        const value = readArea(l.area!);
        return value === null ? [] : [{ name: l.name, value, shown: l.area!, line: l.source.line }];
      });
    if (items.length < 2) continue;
    out.push({ id: `series:${programId}:area`, kind: 'area', name: '면적', unit: '㎡', caption: title, context: '', headers: [], items, total: null, owner: title, programId, source: places[0]!.source });
  }
  return out;
}
