import { shortTitle } from '../facts/shortTitle';
import type { ReportChanges } from './reportChanges';

/**
 * A report-to-report comparison in a few lines: the programs added and dropped, then one line per
 * changed program: `청년취업사관학교 조성·운영: 예산 1건, 일정 2건`.
 *
 * @example
 * describeReportChanges(changes, '… (2021년 9월)', '… (2022년 9월)').headline; // '… (2021년 9월) → … (2022년 9월): 사업 12개 변경, 새 사업 1개, 빠진 사업 1개'
 */
export function describeReportChanges(changes: ReportChanges, before: string, after: string, focus: 'all' | 'added' | 'dropped' = 'all'): { headline: string; lines: string[] } {
  const headline = `${before} → ${after}: 사업 ${changes.changed.length}개 변경, 새 사업 ${changes.added.length}개, 빠진 사업 ${changes.dropped.length}개`;
  if (focus === 'added') return { headline: `${before} → ${after}: 새 사업 ${changes.added.length}개`, lines: changes.added };
  if (focus === 'dropped') return { headline: `${before} → ${after}: 빠진 사업 ${changes.dropped.length}개`, lines: changes.dropped };
  const lines = changes.changed.map((c) => {
    const m = c.milestones;
    const budgets = c.budgets.filter(({ before: b, after: a }) => b.amountWon !== a.amountWon || b.percent !== a.percent).length;
    const parts = [budgets && `예산 ${budgets}건`, m.moved.length && `일정 변경 ${m.moved.length}건`, m.completed.length && `완료 ${m.completed.length}건`, m.added.length + m.removed.length && `일정 추가·빠짐 ${m.added.length + m.removed.length}건`].filter(Boolean);
    return `${shortTitle(c.title)}: ${parts.join(', ')}`;
  });
  if (changes.dropped.length) lines.unshift(`빠진 사업: ${names(changes.dropped)}`);
  if (changes.added.length) lines.unshift(`새 사업: ${names(changes.added)}`);
  return { headline, lines };
}

/** A few program names, then how many more. */
function names(titles: readonly string[]): string {
  return titles.length > 4 ? `${titles.slice(0, 4).join(', ')} 외 ${titles.length - 4}개` : titles.join(', ');
}
