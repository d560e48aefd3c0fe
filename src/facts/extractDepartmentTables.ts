import type { BudgetFact } from '../model/budgetFact';
import type { DutyFact } from '../model/dutyFact';
import type { HeadcountFact } from '../model/headcountFact';
import type { Section } from '../model/section';
import { toNumber, unitToWon } from '../money/findAmounts';
import { type FactContext, sourceOf } from './FactContext';
import { tableRows } from './tableRows';

const TOTAL = /^(계|합계|총계)$/;

function frontMatter(context: FactContext, title: string): Section | undefined {
  return context.sections.find((s) => s.kind === 'subsection' && !s.label.includes('-') && s.title === title);
}

/**
 * The 인력현황 table: `경제정책과	35/36 ¹⁾	(17)	26/31	8/5	-	-` → 정원 35, 현원 36, 여성 17,
 * and 정원/현원 per job type named in the header row. The `계` row is kept as the office total.
 */
export function extractHeadcounts(context: FactContext): HeadcountFact[] {
  const section = frontMatter(context, '인력현황');
  if (!section) return [];
  const rows = tableRows(context.lines, section.firstLine, section.lastLine, /^구분$/);
  const header = rows[0]?.cells ?? [];
  const jobTypes = header.slice(2).filter((c) => c !== '');
  const footnote = section.normText.match(/^1\)\s*(.+)$/m)?.[1] ?? null;
  return rows.slice(1).flatMap(({ line, cells }) => {
    const total = cells[1]?.match(/(\d+)\s*\/\s*(\d+)\s*(¹⁾)?/);
    if (!total || !cells[0]) return [];
    const women = (cells[2] ?? '').match(/\((\d+)\)/)?.[1];
    const byJobType: HeadcountFact['byJobType'] = {};
    cells.slice(3).forEach((cell, i) => {
      const m = cell.match(/^(\d+)\s*\/\s*(\d+)$/);
      if (m && jobTypes[i]) byJobType[jobTypes[i]] = { quota: Number(m[1]), current: Number(m[2]) };
    });
    const department = TOTAL.test(cells[0]) ? '경제정책실' : cells[0];
    return [{
      id: `headcount:${context.docId}:${line.n}`,
      department,
      quota: Number(total[1]),
      current: Number(total[2]),
      women: women ? Number(women) : null,
      byJobType,
      note: total[3] ? footnote : null,
      source: sourceOf(context, line.n),
    }];
  });
}

/** The 주요기능 table: department → duties (split at the `•` bullets). */
export function extractDuties(context: FactContext): DutyFact[] {
  const section = frontMatter(context, '주요기능');
  if (!section) return [];
  return tableRows(context.lines, section.firstLine, section.lastLine, /^구분$/)
    .slice(1)
    .filter(({ cells }) => cells[0] && cells[1])
    .map(({ line, cells }) => ({
      id: `duty:${context.docId}:${line.n}`,
      department: cells[0]!,
      duties: cells[1]!.split('•').map((d) => d.trim()).filter(Boolean),
      source: sourceOf(context, line.n),
    }));
}

/**
 * The department 예산 table (`(단위 : 백만원)`): 예산현액, 원인행위액, 지출액 and the two 집행률s
 * for each department and the 계 row, each a budget fact owned by the department.
 */
export function extractDepartmentBudgets(context: FactContext): BudgetFact[] {
  const section = frontMatter(context, '예산');
  if (!section) return [];
  const unit = section.normText.match(/단위\s*:\s*([^,)]+)/)?.[1]?.trim() ?? '백만원';
  const perUnit = unitToWon(unit) ?? 1e6;
  const rows = tableRows(context.lines, section.firstLine, section.lastLine, /^구분$/);
  const [header, subHeader] = [rows[0]?.cells ?? [], rows[1]?.cells ?? []];
  const rateOf = subHeader.filter((c) => c !== '');
  const kinds = [...header.slice(1, 4), ...rateOf.map((k) => `집행률(${k})`)];
  const facts: BudgetFact[] = [];
  for (const { line, cells } of rows) {
    if (!cells[0] || !/\d/.test(cells[1] ?? '')) continue;
    const isTotal = TOTAL.test(cells[0]);
    const owner = isTotal ? '경제정책실' : cells[0];
    cells.slice(1, 1 + kinds.length).forEach((cell, i) => {
      const kind = kinds[i]!;
      const isRate = kind.startsWith('집행률');
      facts.push({
        id: `budget:${context.docId}:${line.n}:${i}`,
        kind,
        amountWon: isRate ? null : Math.round(toNumber(cell) * perUnit),
        percent: isRate ? toNumber(cell) : null,
        raw: isRate ? `${cell}%` : `${cell}${unit}`,
        unit: isRate ? '%' : unit,
        owner,
        ownerType: isTotal ? 'office' : 'department',
        programId: null,
        year: 2000 + Number(section.normText.match(/'(\d{2})\.\d/)?.[1] ?? context.year - 2000),
        partOf: null,
        label: null,
        source: sourceOf(context, line.n),
      });
    });
  }
  return facts;
}
