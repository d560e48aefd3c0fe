import { formatDateInterval } from '../dates/formatDateInterval';
import type { BudgetFact } from '../model/budgetFact';
import type { DutyFact } from '../model/dutyFact';
import type { HeadcountFact } from '../model/headcountFact';
import type { LocationFact } from '../model/locationFact';
import type { Milestone } from '../model/milestone';
import { formatWon } from '../money/formatWon';
import { statusOn } from '../facts/statusOn';
import type { OverviewFact } from '../model/overviewFact';
import type { TableRow } from '../model/tableRow';
import { describeTableRow } from './describeTableRow';

/** `20,255백만원 (약 202.6억원)`; a rate as `64.3%`. */
export function describeAmount(fact: BudgetFact): string {
  if (fact.amountWon === null) return fact.raw;
  const readable = formatWon(fact.amountWon);
  return readable.replace(/^약 /, '') === fact.raw ? fact.raw : `${fact.raw} (${readable})`;
}

/** `2022년 11월`, `2022년 9월 ~ 12월`, or the recurrence (`분기별`) / `일정 미기재`. */
export function describeWhen(milestone: Milestone): string {
  if (milestone.when) return formatDateInterval(milestone.when);
  return milestone.recurrence ?? '일정 미기재';
}

const STATUS = { done: '완료', ongoing: '진행 중', planned: '계획', due: '예정 시점 지남' } as const;

/**
 * `완료` / `진행 중` / `계획` as of the report date, or, given the caller's day, as of that day
 * (`예정 시점 지남` when a planned period is over and the report cannot say it happened).
 */
export function describeStatus(milestone: Milestone, asOf?: string): string {
  return STATUS[asOf ? statusOn(milestone, asOf) : milestone.status];
}

/** `정원 24명 / 현원 23명 [원문 24/23]`: spelled out, then as the report's table writes it (a search in the PDF finds it). */
export function describeHeadcount(h: HeadcountFact): string {
  return `정원 ${h.quota}명 / 현원 ${h.current}명 [원문 ${h.quota}/${h.current}]`;
}

/** One line per fact for the terminal. */
export function describeFact(
  kind: 'budget' | 'milestone' | 'location' | 'headcount' | 'duty' | 'overview' | 'table',
  fact: BudgetFact | Milestone | LocationFact | HeadcountFact | DutyFact | OverviewFact | TableRow,
): string {
  switch (kind) {
    case 'budget': {
      const f = fact as BudgetFact;
      return `${f.owner} · ${f.kind}${f.label ? ` (${f.label})` : ''}: ${describeAmount(f)}`;
    }
    case 'milestone': {
      const f = fact as Milestone;
      return `${f.owner} · ${f.label}: ${describeWhen(f)} [${describeStatus(f)}] (${f.raw})`;
    }
    case 'location': {
      const f = fact as LocationFact;
      return `${f.name}: ${f.address}${f.area ? ` · ${f.area}` : ''}${f.district ? ` · ${f.district}` : ''}`;
    }
    case 'headcount': {
      const f = fact as HeadcountFact;
      return `${f.department}: ${describeHeadcount(f)}${f.women !== null ? ` (여성 ${f.women})` : ''}`;
    }
    case 'duty': {
      const f = fact as DutyFact;
      return `${f.department}: ${f.duties.join(' / ')}`;
    }
    case 'overview': {
      const f = fact as OverviewFact;
      return `${f.owner} · ${f.block} · ${f.parent ? `${f.parent} › ` : ''}${f.label}: ${f.value}`;
    }
    case 'table': {
      const f = fact as TableRow;
      return `${f.owner} · ${describeTableRow(f)}${f.unit ? ` (단위: ${f.unit})` : ''}`;
    }
  }
}
