import type { Knowledge } from '../knowledge/Knowledge';
import type { DocumentMeta } from '../model/document';
import { newestReport } from './reportOf';

/** How many earlier reports a fact the newest one leaves out is looked for in. */
const LOOK_BACK = 2;

/**
 * The reports before the newest one of a view's office, newest first, at most two: where a fact the
 * newest report leaves out is looked for.
 *
 * @example
 * olderReports(kb).map((d) => d.reportDate); // ['2022-09', '2021-09']
 */
export function olderReports(view: Knowledge): DocumentMeta[] {
  const newest = newestReport(view);
  return view.library.documents.filter((d) => d.office === newest.office && d.id !== newest.id && d.reportDate <= newest.reportDate).slice(0, LOOK_BACK);
}
