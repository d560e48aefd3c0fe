import { periodEnd } from '../dates/periodEnd';
import type { Milestone } from '../model/milestone';

/**
 * A milestone's status on a given day: `due` when the report planned it (or had it under way) and
 * its whole period is over by then, which the report cannot confirm happened.
 */
export type StatusOn = 'done' | 'ongoing' | 'planned' | 'due';

/**
 * Where a milestone stands on `asOf` (`YYYY-MM-DD`, the caller's clock), not on the report's date:
 * not begun yet → planned; its period over → done if the report says it was done, else due; in
 * between → ongoing. Undated milestones keep the report's own status.
 *
 * @example
 * statusOn(seoulCubeOpening, '2022-08-29'); // 'planned' ('26.5.)
 * statusOn(designContract, '2023-01-10');   // 'due' (planned for '22.10., the report cannot say more)
 */
export function statusOn(milestone: Milestone, asOf: string): StatusOn {
  const { when } = milestone;
  if (!when) return milestone.status;
  if (when.start && when.start.date > asOf) return 'planned';
  const last = when.end ?? null;
  if (last && periodEnd(last) < asOf) return milestone.status === 'done' ? 'done' : 'due';
  if (!when.start) return milestone.status === 'done' ? 'ongoing' : milestone.status;
  return 'ongoing';
}
