import type { BudgetFact } from '../model/budgetFact';
import { toNumber, unitToWon } from '../money/findAmounts';
import { type FactContext, sourceOf } from './FactContext';
import { titleOf } from './subjectOf';

/** A header cell naming a money column with its unit: `지원금액(백만원)`. */
const MONEY_HEADER = /^(.+?)\s*\((천원|백만원|억원|조원|원)\)$/;
/** A `(단위 : 억원)` line just above a table gives every unnamed-unit column its unit. */
const UNIT_LINE = /단위\s*:\s*(천원|백만원|억원|조원|원)/;
const MONEY_WORD = /금액|예산|목표|사업비|규모/;
const NUMBER = /^\d[\d,]*(?:\.\d+)?$/;

/**
 * Money columns of the program tables: `지원금액(백만원)` in the R&D table, `조성목표` under
 * `(단위 : 억원)` in the fund table. Each row becomes a budget fact named by its label cells
 * (`(홍릉) 바이오·의료 R&D`, `서울형 팁스(TIPS)`); a row whose first cells are blank continues
 * the group above it. The front-matter 예산 table has its own extractor.
 */
export function extractAmountTables(context: FactContext): BudgetFact[] {
  const facts: BudgetFact[] = [];
  const lines = context.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.norm.includes('\t') || (i > 0 && lines[i - 1]!.norm.includes('\t'))) continue;
    if (!context.ownerOf(line.n).label.includes('-')) continue;
    const header = line.norm.split('\t').map((c) => c.trim());
    const unitAbove = [i - 1, i - 2, i - 3].map((j) => lines[j]?.norm.match(UNIT_LINE)?.[1]).find(Boolean);
    const columns = header
      .map((cell, index) => {
        const named = cell.match(MONEY_HEADER);
        if (named) return { index, kind: named[1]!.replace(/\s+/g, ''), unit: named[2]! };
        if (unitAbove && MONEY_WORD.test(cell)) return { index, kind: cell.replace(/\s+/g, ''), unit: unitAbove };
        return null;
      })
      .filter((c): c is { index: number; kind: string; unit: string } => c !== null);
    if (columns.length === 0) continue;
    let group = '';
    for (let j = i + 1; j < lines.length && lines[j]!.norm.includes('\t'); j++) {
      const row = lines[j]!;
      const cells = row.norm.split('\t').map((c) => c.trim());
      const firstValue = Math.min(...columns.map((c) => c.index));
      const labelCells = cells.slice(0, firstValue).filter((c) => c && c !== '-' && !NUMBER.test(c));
      if (cells[0]) group = cells[0];
      else if (labelCells.length) labelCells.unshift(group);
      const label = labelCells.join(labelCells.every((c) => c.length === 1) ? '' : ' ').trim();
      if (!label) continue;
      for (const column of columns) {
        const value = cells[column.index]?.match(/^(\d[\d,]*(?:\.\d+)?)/)?.[1];
        if (!value) continue;
        const isTotal = /^(계|합계|총계)$/.test(label);
        facts.push({
          id: `budget:${context.docId}:${row.n}:t${column.index}`,
          kind: isTotal ? `${column.kind} 합계` : column.kind,
          amountWon: Math.round(toNumber(value) * (unitToWon(column.unit) ?? 1)),
          percent: null,
          raw: `${value}${column.unit}`,
          unit: column.unit,
          owner: isTotal ? titleOf(context, row.n) : label,
          ownerType: isTotal ? 'program' : 'facility',
          programId: context.ownerOf(row.n).programId,
          year: null,
          partOf: null,
          label: null,
          source: sourceOf(context, row.n),
        });
      }
    }
  }
  return facts;
}
