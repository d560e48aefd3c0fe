import type { BudgetFact } from '../model/budgetFact';
import type { Milestone } from '../model/milestone';
import { formatWon } from '../money/formatWon';
import { describeWhen } from '../render/describeFact';
import { shortTitle } from '../facts/shortTitle';
import type { ProgramChanges } from './compareProgram';
import { reportName } from './reportName';
import { groupThousands } from '../text/groupThousands';

/** Which changes to show: a budget question shows budgets, a schedule question milestones. */
export type ChangeKinds = 'all' | 'budgets' | 'milestones';

/**
 * The lines saying what changed in a program between two reports, budgets first:
 * `소요예산: 15,000백만원 → 20,255백만원 (+52.6억원, +35.0%)`, `일정 변경: 개관 2022년 11월 → 2023년 3월`.
 *
 * @example
 * describeChanges(changes, 'all'); // ['소요예산: 15,000백만원 → 20,255백만원 (+52.6억원, +35.0%)', …]
 */
export function describeChanges(changes: ProgramChanges, kinds: ChangeKinds = 'all'): string[] {
  const lines: string[] = [];
  if (kinds !== 'milestones') {
    for (const { before, after } of changes.budgets) lines.push(`${budgetLabel(after)}: ${before.raw} → ${after.raw}${delta(before, after)}`);
    for (const added of changes.budgetsAdded) lines.push(`새로 적힌 예산: ${budgetLabel(added)} ${added.raw}`);
  }
  if (kinds !== 'budgets') {
    const m = changes.milestones;
    for (const { before, after } of m.moved) lines.push(`일정 변경: ${after.label} ${describeWhen(before)} → ${describeWhen(after)} [원문 ${before.raw} → ${after.raw}]`);
    for (const { after } of m.completed) lines.push(`완료: ${after.label} (${describeWhen(after)}, 계획 → 완료)`);
    for (const added of m.added) lines.push(`추가: ${milestoneLine(added)}`);
    for (const removed of m.removed) lines.push(`빠짐: ${milestoneLine(removed)}`);
  }
  return lines;
}

/** `청년취업사관학교 조성·운영: 경제정책실 주요 업무보고 (2021년 9월) → (2022년 9월)`. */
export function changesHeadline(changes: ProgramChanges): string {
  const [from, to] = [reportName(changes.before.meta), reportName(changes.after.meta)];
  const sameName = from.replace(/ \(.*\)$/, '') === to.replace(/ \(.*\)$/, '');
  return `${shortTitle(changes.title)}: ${from} → ${sameName ? to.replace(/^.* \(/, '(') : to}`;
}

function budgetLabel(fact: BudgetFact): string {
  return fact.label ? `${fact.kind} (${fact.label})` : fact.kind;
}

function milestoneLine(m: Milestone): string {
  return `${m.label} (${describeWhen(m)})`;
}

/** ` (+52.6억원, +35.0%)`, ` (+1.5%p)` for rates, `` when nothing changed. */
function delta(before: BudgetFact, after: BudgetFact): string {
  const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '±');
  if (before.amountWon !== null && after.amountWon !== null) {
    const diff = after.amountWon - before.amountWon;
    if (diff === 0) return ' (변동 없음)';
    const ratio = before.amountWon === 0 ? '' : `, ${sign(diff)}${Math.abs((diff / before.amountWon) * 100).toFixed(1)}%`;
    // In the unit both figures are written in (`+7,225백만원`), with a readable 억/조 beside it.
    const inUnit = sameUnitDelta(before, after);
    const readable = formatWon(Math.abs(diff)).replace(/^약 /, '');
    return inUnit ? ` (${sign(diff)}${inUnit}, 약 ${readable}${ratio})` : ` (${sign(diff)}${readable}${ratio})`;
  }
  if (before.percent !== null && after.percent !== null) {
    const diff = after.percent - before.percent;
    return diff === 0 ? ' (변동 없음)' : ` (${sign(diff)}${Math.abs(diff).toFixed(1)}%p)`;
  }
  return '';
}

/** The size of a change in the unit both figures are written in (`7,225백만원`), when they share one. */
function sameUnitDelta(before: BudgetFact, after: BudgetFact): string | null {
  const number = (raw: string) => Number(raw.replace(/[^\d.]/g, ''));
  if (before.unit !== after.unit || !/^[\d,.]+\D*$/.test(before.raw) || !/^[\d,.]+\D*$/.test(after.raw)) return null;
  const diff = Math.abs(number(after.raw) - number(before.raw));
  const decimals = Math.max(...[before.raw, after.raw].map((raw) => raw.split('.')[1]?.replace(/\D/g, '').length ?? 0));
  return `${groupThousands(diff, decimals)}${after.unit}`;
}
