import type { AskedPeriod } from '../dates/askedPeriod';
import { intervalSpan } from '../dates/intervalSpan';
import type { Milestone } from '../model/milestone';

/**
 * Whether a milestone falls in the period asked: its span overlaps it (`'22.9~12월` is in
 * November), or, for `edge`, its span ends (or begins) in it. Undated milestones never do.
 *
 * @example
 * inPeriod(internshipMilestone, november2022); // true ('22.9~12.)
 */
export function inPeriod(milestone: Milestone, period: Pick<AskedPeriod, 'from' | 'to'>, edge: 'end' | 'start' | null = null): boolean {
  const span = milestone.when && intervalSpan(milestone.when);
  if (!span) return false;
  if (edge === 'end') return span.to >= period.from && span.to <= period.to;
  if (edge === 'start') return span.from >= period.from && span.from <= period.to;
  return span.from <= period.to && span.to >= period.from;
}
