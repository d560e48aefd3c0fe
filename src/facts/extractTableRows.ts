import type { TableRow } from '../model/tableRow';
import type { ReportLine } from '../parse/ReportLine';
import { type FactContext, sourceOf } from './FactContext';
import { isTotalLabel } from './isTotalLabel';
import { readQuantity } from './readQuantity';
import { titleOf } from './subjectOf';
import { withoutFootnotes } from '../text/withoutFootnotes';

const UNIT_NOTE = /단위\s*[:：]\s*([^)\],\s]+)/;

/**
 * Every data row of every tab-separated table, with the table's headers: a header continued on a
 * second line (`집행률(%)` over `원인행위액 | 지출액`) is joined, a blank first cell takes the group
 * above it (`기업 R&D`), a header split into one-syllable cells (`구 | 분`) and an unheaded second
 * column are part of the row's name, and each cell's number is read with its unit.
 */
export function extractTableRows(context: FactContext): TableRow[] {
  const rows: TableRow[] = [];
  let run: ReportLine[] = [];
  for (const line of [...context.lines, { n: context.lines.length + 1, raw: '', norm: '' }]) {
    if (line.norm.includes('\t')) {
      run.push(line);
      continue;
    }
    if (run.length > 1) rows.push(...rowsOf(context, run, rows.length));
    run = [];
  }
  return rows;
}

function rowsOf(context: FactContext, run: ReportLine[], offset: number): TableRow[] {
  const split = (l: ReportLine) => l.norm.split('\t').map((c) => withoutFootnotes(c).trim());
  const headers = split(run[0]!);
  let body = run.slice(1);
  const second = body[0] && split(body[0]);
  if (second && second[0] === '' && second.some(Boolean) && !second.some((c) => /\d/.test(c))) {
    let above = '';
    second.forEach((cell, i) => {
      above = headers[i] || above;
      if (cell) headers[i] = `${headers[i] || above} ${cell}`;
    });
    body = body.slice(1);
  }
  const labelColumns = headers[1] === '' || (headers[0]!.length === 1 && headers[1]!.length === 1) ? 2 : 1;
  const { caption, unit, about } = aboveTable(context, run[0]!.n);
  const table = `${context.docId}:${run[0]!.n}`;
  const out: TableRow[] = [];
  let group = '';
  for (const line of body) {
    const cells = split(line);
    if (!cells.some(Boolean)) continue;
    if (cells[0]) group = cells[0];
    const parts = [cells[0] || group, ...cells.slice(1, labelColumns)].filter(Boolean);
    const label = parts.every((p) => p.length === 1) ? parts.join('') : parts.join(' ');
    if (!label) continue;
    out.push({
      id: `table:${context.docId}:${line.n}:${offset + out.length}`,
      table,
      caption,
      context: about,
      unit,
      headers,
      label,
      cells,
      quantities: cells.map((c, i) => (i < labelColumns ? null : readQuantity(c))),
      labelColumns,
      isTotal: isTotalLabel(label, context.tableWords.totals),
      owner: titleOf(context, line.n),
      programId: context.ownerOf(line.n).programId,
      source: sourceOf(context, line.n),
    });
  }
  return out;
}

/**
 * The line just above a table (its caption), the lines above it up to its block's heading (what
 * the table is about: `- 공공기관형 : 229개 사업 …`), and the unit a `(단위 : 억원)` note states.
 */
function aboveTable(context: FactContext, first: number): { caption: string | null; unit: string | null; about: string } {
  let caption: string | null = null;
  let unit: string | null = null;
  const about: string[] = [];
  const section = context.ownerOf(first);
  for (let n = first - 1; n >= Math.max(section.firstLine, first - 6); n--) {
    const text = context.lines[n - 1]!.norm.trim();
    if (!text || text.includes('\t')) continue;
    unit ??= text.match(UNIT_NOTE)?.[1] ?? null;
    const words = text.replace(/\[[^\]]*단위[^\]]*\]|\([^()]*단위[^()]*\)/, '').replace(/^[-□※\s]+/, '').trim();
    if (words && !caption) caption = words;
    if (words) about.unshift(words);
    if (/^□/.test(text) || about.length >= 3) break;
  }
  return { caption, unit, about: about.join(' ') };
}
