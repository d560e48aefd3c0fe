import type { Knowledge } from '../knowledge/Knowledge';
import type { DocumentMeta } from '../model/document';
import { newestReport } from './reportOf';

/** How many earlier reports a fact the newest one leaves out is looked for in. */
const LOOK_BACK = 2;

/**
 * The reports before the newest one of a view's office, newest first, at most two, that hold a kind
 * of fact about a program which the newer reports do not (`Library.addingFacts`): where a fact the
 * newest report leaves out is looked for.
 *
 * @example
 * olderReports(kb).map((d) => d.reportDate); // ['2022-09', '2021-09']
 */
export function olderReports(view: Knowledge): DocumentMeta[] {
  const newest = newestReport(view);
  const before = view.library.documents.filter((d) => d.office === newest.office && d.id !== newest.id && d.reportDate <= newest.reportDate);
  // A report whose facts the newer ones all give again has none to add.
  return before.slice(0, LOOK_BACK).filter((d) => view.library.addingFacts.has(d.id));
}
