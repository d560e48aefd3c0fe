import { computeDigest, type Digest } from '../digest/computeDigest';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Milestone } from '../model/milestone';

/**
 * The weekly digest of the loaded reports for `asOf`: milestones from the newest report of each
 * office only, so a milestone a newer report moved is announced at its new date, and a program the
 * newest report dropped is not announced at all. Entries name their report when several are loaded.
 *
 * @example
 * digestFor(kb, '2022-11-01').thisMonth.map((e) => e.milestone.label);
 */
export function digestFor(kb: Knowledge, asOf: string): Digest {
  const { library } = kb;
  return computeDigest(library.announced, asOf, library.documents.length > 1 ? library.names : undefined);
}

/**
 * The milestones the digest announces: those of the default view written in the newest report of
 * their office (built once per load).
 *
 * @example
 * announcedMilestones(view, newestOfEachOffice).length;
 */
export function announcedMilestones(view: Pick<Knowledge, 'milestones'>, newest: ReadonlySet<string>): Milestone[] {
  return view.milestones.filter((m) => newest.has(m.source.docId));
}
