import { withoutYear } from '../dates/withoutYear';
import type { BudgetFact } from '../model/budgetFact';
import type { Milestone } from '../model/milestone';
import type { DocParts } from './DocParts';

/** One program's changes from an older report to a newer one. */
export interface ProgramChanges {
  before: DocParts;
  after: DocParts;
  /** The program's title in the newer report (the older one's, if the newer dropped it). */
  title: string;
  budgets: { before: BudgetFact; after: BudgetFact }[];
  /** Whole figures (not parts) the newer report gives and the older one did not. */
  budgetsAdded: BudgetFact[];
  milestones: {
    added: Milestone[];
    removed: Milestone[];
    moved: { before: Milestone; after: Milestone }[];
    /** Planned in the older report, done in the newer (계획 → 완료). */
    completed: { before: Milestone; after: Milestone }[];
  };
}

/**
 * Compares one program across two reports: budgets of the same kind (and label) for the same
 * year, or each for its own report's year; milestones matched by program and event (their
 * label, without a done word from `doneWords`), added, removed, moved (both dates kept) or completed.
 *
 * @example
 * const changes = compareProgram(parts2021, 'seoul-econ-2021-09/IV-1-1', parts2022, 'seoul-econ-2022-09/IV-1-1');
 * changes.budgets[0]; // { before: { raw: '15,000백만원', … }, after: { raw: '20,255백만원', … } }
 */
export function compareProgram(before: DocParts, beforeId: string | null, after: DocParts, afterId: string | null, doneWords: readonly string[] = []): ProgramChanges {
  const own = <T extends { source: { sectionId: string } }>(parts: DocParts, id: string | null, facts: readonly T[]) =>
    id ? facts.filter((f) => parts.topProgram.get(f.source.sectionId) === id) : [];
  const [oldBudgets, newBudgets] = [own(before, beforeId, before.facts.budgets), own(after, afterId, after.facts.budgets)];
  const [oldMilestones, newMilestones] = [own(before, beforeId, before.facts.milestones), own(after, afterId, after.facts.milestones)];
  const titleOf = (parts: DocParts, id: string | null) => (id ? parts.sections.find((s) => s.id === id)?.title : undefined);
  const budgets = pairBudgets(oldBudgets, newBudgets, yearOf(before), yearOf(after));
  return {
    before,
    after,
    title: titleOf(after, afterId) ?? titleOf(before, beforeId) ?? '',
    budgets,
    budgetsAdded: newBudgets.filter((f) => f.partOf === null && f.amountWon !== null && !budgets.some((p) => p.after === f)),
    milestones: compareMilestones(oldMilestones, newMilestones, doneWords),
  };
}

const yearOf = (parts: DocParts) => Number(parts.meta.reportDate.slice(0, 4));
const budgetKey = (f: BudgetFact) => `${withoutYear(f.kind)}|${f.label ?? ''}`;
/** A milestone's event, without the word saying it is done (`종합계획 수립 완료` is `종합계획 수립`). */
const milestoneKey = (m: Milestone, doneWords: readonly string[]) => {
  const label = m.label.replace(/\s+/g, '');
  const done = doneWords.find((w) => label.endsWith(w) && label.length > w.length);
  return done ? label.slice(0, -done.length) : label;
};

function pairBudgets(before: BudgetFact[], after: BudgetFact[], beforeYear: number, afterYear: number): ProgramChanges['budgets'] {
  const pairs: ProgramChanges['budgets'] = [];
  const used = new Set<BudgetFact>();
  for (const now of after) {
    const sameYear = (old: BudgetFact) => old.year === now.year || (old.year === beforeYear && now.year === afterYear);
    const old = before.find((b) => !used.has(b) && budgetKey(b) === budgetKey(now) && sameYear(b) && (b.amountWon === null) === (now.amountWon === null));
    if (!old) continue;
    used.add(old);
    pairs.push({ before: old, after: now });
  }
  return pairs;
}

function compareMilestones(before: Milestone[], after: Milestone[], doneWords: readonly string[]): ProgramChanges['milestones'] {
  const key = (m: Milestone) => milestoneKey(m, doneWords);
  const oldByKey = new Map(before.map((m) => [key(m), m]));
  const newKeys = new Set(after.map(key));
  const changes: ProgramChanges['milestones'] = { added: [], removed: before.filter((m) => !newKeys.has(key(m))), moved: [], completed: [] };
  for (const now of after) {
    const old = oldByKey.get(key(now));
    if (!old) {
      changes.added.push(now);
      continue;
    }
    if (JSON.stringify(old.when) !== JSON.stringify(now.when)) changes.moved.push({ before: old, after: now });
    if (old.status !== 'done' && now.status === 'done') changes.completed.push({ before: old, after: now });
  }
  return changes;
}

/** Whether anything changed. */
export function hasChanges(changes: ProgramChanges): boolean {
  const m = changes.milestones;
  const budgetChanged = changes.budgets.some(({ before, after }) => before.amountWon !== after.amountWon || before.percent !== after.percent);
  return budgetChanged || changes.budgetsAdded.length > 0 || m.added.length + m.removed.length + m.moved.length + m.completed.length > 0;
}
